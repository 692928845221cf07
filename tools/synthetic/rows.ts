// Synthetic seed objects -> the rows the synthetic-* statements take. Field for field they carry what
// toParams in src/seed/load-seed.ts derives (weight from share or level, confidence from the hedges,
// validity days, relationIds), so a synthetic graph stores exactly what `npm run seed` would store for
// the same seed files; test/synthetic.test.ts loads both ways and compares. Nodes are referred to by
// elementId, which the load statements return: the indexes are built after the load.
import type { Params } from '../../src/db/graph.js'
import { knownFrom } from '../../src/model/known-from.js'
import { intervalOf } from '../../src/model/partial-date.js'
import { DEFAULT_LEVEL_WEIGHTS, HEDGE_CONFIDENCE } from '../../src/model/vocabulary.js'
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
    }
  })
}

export function actorRow(a: SeedActor & { sourceId: string }, node: NodeOf): Params {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    description: a.description ?? null,
    // As seed-actors computes it: id|name|alias|…|, lower-cased.
    searchText: `${a.id}|${a.name}|${a.aliases.map((x) => `${x}|`).join('')}`.toLowerCase(),
    keys: [...new Set([a.id, a.name, ...a.aliases].map((k) => k.toLowerCase()))],
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
    for (const r of stepRelations) for (const c of r.claims) relationIdsOf.set(c, [...(relationIdsOf.get(c) ?? []), r.id])
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
      ])
      for (const to of c.contrastsWith) contrasts.push({ from: c.id, to })
    }
    for (const r of stepRelations) {
      const d = r.dependency
      const known = knownFrom(r, (id) => whenOf.get(id), publishedAt(sourceId)) ?? undefined
      const from = days(known)
      const to = days(r.validTo)
      // Only what is set, as a seed leaves out what a file does not say.
      const rare = Object.entries({
        validFrom: r.validFrom,
        validTo: r.validTo,
        validStart: from?.start,
        validEnd: to?.end,
        knownFrom: known,
        note: r.note,
        dateBasis: r.dateBasis,
        periodNote: r.periodNote,
        commodity: r.commodity,
        dependencyKind: d?.kind,
        share: d?.share,
        bound: d?.bound,
        level: d?.level,
        deal: r.deal,
      }).filter(([, v]) => v !== undefined)
      relations.push([
        node(r.from),
        node(r.to),
        r.id,
        r.type,
        sourceId,
        r.claims,
        r.weight ?? d?.share ?? (d?.level ? DEFAULT_LEVEL_WEIGHTS[d.level] : null),
        Math.max(...r.claims.map((c) => confidence.get(c) as number)),
        rare.length === 0 ? null : Object.fromEntries(rare),
        r.basis,
      ])
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
