// Synthetic seed objects -> the rows the synthetic-* statements take. Field for field they carry what
// toParams in src/write/seed-files.ts derives (a relation from its contribution as merge-relations.ts
// derives it, actor identifiers and keys as actor-params.ts gives them, relationIds and relationKeys), so a synthetic graph stores exactly what `npm run seed` would store for
// the same seed files; test/synthetic.test.ts loads both ways and compares. Nodes are referred to by
// elementId, which the load statements return: the indexes are built after the load.
import type { Params } from '../../src/db/graph.js'
import { intervalOf } from '../../src/model/partial-date.js'
import { DEFAULT_LEVEL_WEIGHTS, HEDGE_CONFIDENCE } from '../../src/model/vocabulary.js'
import { actorParams } from '../../src/seed/actor-params.js'
import { contributionOf, keyFieldsOf, mergeContributions, relationKey } from '../../src/seed/merge-relations.js'
import type { SeedActor, Step, SyntheticGraph } from './generate.js'
import { syntheticHash } from './generate.js'

/** elementId of a loaded actor or source, by id. */
export type NodeOf = (id: string) => string

export function sourceRows(graph: SyntheticGraph): Params[] {
  return graph.sources.map(({ source, text }) => {
    const { textFile: _file, reportsOn, ...meta } = source
    return {
      ...meta,
      reportsOnEvent: reportsOn.event,
      reportsOnDate: reportsOn.date as string,
      text,
      contentHash: syntheticHash(graph.options, source.id),
      // Filled in by synthetic-source-relations once the source's relations are built (none: empty).
      relationKeys: [],
      relationIds: [],
    }
  })
}

export function actorRow(a: SeedActor & { sourceId: string }, node: NodeOf): Params {
  // What the seed loader stores (src/seed/actor-params.ts): identifiers, the country table's names and
  // the keys that resolve the actor.
  const { description, ...p } = actorParams(a)
  return {
    ...p,
    description: description ?? null,
    // As seed-actors computes it: id|name|alias|…|table name|…|, lower-cased.
    searchText: `${a.id}|${a.name}|${[...a.aliases, ...p.tableNames].map((x) => `${x}|`).join('')}`.toLowerCase(),
    source: node(a.sourceId),
  }
}

export function roleRows(a: SeedActor & { sourceId: string }, node: NodeOf): Params[] {
  return a.roles.map((r) => ({ person: node(a.id), title: r.title, of: node(r.of), sourceId: a.sourceId }))
}

const days = (date: string | undefined) => (date === undefined ? null : intervalOf(date))

/** The rows of a batch of steps, in the list layouts documented in synthetic-claims and synthetic-relations. */
export function stepRows(steps: Step[], node: NodeOf, publishedAt: (sourceId: string) => string | undefined) {
  const claims: unknown[][] = []
  const relations: unknown[][] = []
  const deals: Params[] = []
  const contrasts: Params[] = []
  for (const { sourceId, claims: stepClaims, relations: stepRelations, deals: stepDeals } of steps) {
    const source = node(sourceId)
    const confidence = new Map(stepClaims.map((c) => [c.id, HEDGE_CONFIDENCE[c.hedge]]))
    const whenOf = new Map(stepClaims.map((c) => [c.id, c.when]))
    const relationIdsOf = new Map<string, string[]>()
    const relationKeysOf = new Map<string, string[]>()
    for (const r of stepRelations) {
      const key = relationKey(keyFieldsOf(r))
      for (const c of r.claims) {
        relationIdsOf.set(c, [...(relationIdsOf.get(c) ?? []), r.id])
        relationKeysOf.set(c, [...new Set([...(relationKeysOf.get(c) ?? []), key])])
      }
    }
    for (const c of stepClaims) {
      const when = days(c.when)
      claims.push([
        c.id,
        source,
        c.statement,
        c.quote,
        c.assertedBy,
        c.hedge,
        c.about,
        c.about.map(node),
        c.assertedBy === 'author' || c.assertedBy === 'reports' ? null : node(c.assertedBy),
        when && [c.when, when.start, when.end],
        c.contrastsWith,
        // Every generated claim backs at least one relation of its step.
        relationIdsOf.get(c.id),
        relationKeysOf.get(c.id),
      ])
      for (const to of c.contrastsWith) contrasts.push({ from: c.id, to })
    }
    for (const r of stepRelations) {
      // One contribution per relation: a synthetic relation's key is its own (generate.ts), so the
      // merge of src/seed/merge-relations.ts derives the relation from this source's statement alone.
      const merged = mergeContributions([
        contributionOf(r, {
          sourceId,
          publishedAt: publishedAt(sourceId),
          confidenceOf: (id) => confidence.get(id) as number,
          whenOf: (id) => whenOf.get(id),
          weights: DEFAULT_LEVEL_WEIGHTS,
        }),
      ])
      // Only what is set, as the seed's SET rel = props leaves out what is null.
      relations.push([node(merged.from), node(merged.to), Object.fromEntries(Object.entries(merged.props).filter(([, v]) => v !== null))])
    }
    for (const d of stepDeals) {
      deals.push({
        id: d.id,
        source,
        label: d.label,
        claimIds: d.claims,
        relationIds: stepRelations.filter((r) => r.deal === d.id).map((r) => r.id),
      })
    }
  }
  return { claims, relations, deals, contrasts }
}
