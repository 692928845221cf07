// Loads seed files into Neo4j: every file is validated first (a broken file stops the run before
// anything is written), then each source loads in one write transaction that replaces what that
// source contributed before. An unchanged file (same content hash) is skipped, so re-seeding is a no-op.
import { Neo4jError } from 'neo4j-driver'
import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { CATALOG, type Statement } from '../db/cypher.js'
import type { Graph, Params, Row } from '../db/graph.js'
import { intervalOf } from '../model/partial-date.js'
import { refreshRanking } from '../queries/ranking.js'
import { DEFAULT_LEVEL_WEIGHTS, HEDGE_CONFIDENCE } from '../model/vocabulary.js'
import { actorParams } from './actor-params.js'
import { type Contribution, contributionOf, keyFieldsOf, relationKey, remerge } from './merge-relations.js'
import type { SeedFile } from './seed-schema.js'
import { readSeedFile, SeedError, type LoadedSeed, type SeedIssue } from './validate-seed.js'

export const SEED_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../seed')

export interface SeedReport {
  file: string
  sourceId: string
  status: 'loaded' | 'unchanged'
  actors: number
  claims: number
  relations: number
}

/** Neo4j's answers to creating a constraint or index that another transaction has just created. */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
])

/**
 * IF NOT EXISTS is not atomic: two seeds on an empty database can both find a rule missing and both
 * create it, and the second then fails. The rule being there is all that was asked, so that error
 * is no error; any other is.
 */
export function ignoreExistingRule(err: unknown): void {
  if (!(err instanceof Neo4jError && ALREADY_THERE.has(err.code))) throw err
}

export async function ensureSchema(graph: Graph): Promise<void> {
  for (const name of CATALOG.names('schema-')) await graph.write(name).catch(ignoreExistingRule)
}

export async function seedFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f))
}

/** Validates every file, then loads each in its own transaction. Throws SeedError before writing if any file is invalid. */
export async function seedFiles(graph: Graph, files: string[]): Promise<SeedReport[]> {
  await ensureSchema(graph)
  const loaded = definersFirst(await validateAll(graph, files))
  const reports: SeedReport[] = []
  for (const item of loaded) reports.push(await loadOne(graph, item))
  // The stored ranking follows the graph: recomputed when this seed changed it, or when an earlier
  // seed died between its load and the ranking (the versions then differ).
  await refreshRanking(graph)
  return reports
}

/**
 * Load order: a file that names actors another file of the run defines loads after that file, so its
 * relations and claims find their actors (otherwise a relation to a not-yet-created actor would be
 * lost). Otherwise the given order; files that name each other's actors keep it too.
 */
export function definersFirst(items: LoadedSeed[]): LoadedSeed[] {
  const definer = new Map<string, number>()
  items.forEach((item, i) => {
    for (const a of item.seed.actors) if (!definer.has(a.id)) definer.set(a.id, i)
  })
  const needs = items.map((item, i) => {
    const own = new Set(item.seed.actors.map((a) => a.id))
    const others = namedActorIds(item.seed)
      .filter((id) => !own.has(id) && definer.has(id))
      .map((id) => definer.get(id) as number)
    return new Set(others.filter((j) => j !== i))
  })
  const order: number[] = []
  const done = new Set<number>()
  while (order.length < items.length) {
    const ready = items.findIndex((_, i) => !done.has(i) && [...needs[i]].every((j) => done.has(j)))
    // A cycle: take the first file left, in the given order.
    const next = ready === -1 ? items.findIndex((_, i) => !done.has(i)) : ready
    order.push(next)
    done.add(next)
  }
  return order.map((i) => items[i])
}

async function validateAll(graph: Graph, files: string[]): Promise<LoadedSeed[]> {
  // Actors defined by any file of this run may be named by any other; so may actors already stored.
  // The same holds for the claims a claim stands against (contrastsWith).
  const defined = new Set<string>()
  const claims = new Set<string>()
  const issues: SeedIssue[] = []
  const firstPass: Array<{ file: string; raw: LoadedSeed }> = []
  for (const file of files) {
    try {
      const raw = await readSeedFile(file, ANY_ID, ANY_ID)
      for (const a of raw.seed.actors) defined.add(a.id)
      for (const c of raw.seed.claims) claims.add(c.id)
      firstPass.push({ file, raw })
    } catch (err) {
      collectIssues(err, issues)
    }
  }
  if (issues.length > 0) throw new SeedError(issues)
  const named = firstPass.flatMap(({ raw }) => namedActorIds(raw.seed))
  const stored = await graph.read('seed-existing-actor-ids', { ids: [...new Set(named)] })
  for (const r of stored) defined.add(r.id as string)
  const contrasted = firstPass.flatMap(({ raw }) => raw.seed.claims.flatMap((c) => c.contrastsWith)).filter((id) => !claims.has(id))
  const storedClaims = await graph.read('seed-existing-claim-ids', { ids: [...new Set(contrasted)] })
  for (const r of storedClaims) claims.add(r.id as string)
  const loaded: LoadedSeed[] = []
  for (const { file } of firstPass) {
    try {
      loaded.push(await readSeedFile(file, defined, claims))
    } catch (err) {
      collectIssues(err, issues)
    }
  }
  if (issues.length > 0) throw new SeedError(issues)
  return loaded
}

/**
 * Adds a SeedError's issues to the list. readSeedFile reports every failure of reading, parsing and
 * checking a file as a SeedError, so anything else is a bug in the checker: it is rethrown as it is,
 * not turned into a TypeError about `issues` that would hide it.
 */
export function collectIssues(err: unknown, issues: SeedIssue[]): void {
  if (!(err instanceof SeedError)) throw err
  issues.push(...err.issues)
}

/** A set that contains every id: the first pass checks everything but cross-file actor and claim references. */
const ANY_ID: ReadonlySet<string> = new (class extends Set<string> {
  override has() {
    return true
  }
})()

function namedActorIds(seed: SeedFile): string[] {
  return [
    ...seed.claims.flatMap((c) => [...c.about, c.assertedBy]),
    ...seed.relations.flatMap((r) => [r.from, r.to]),
    ...seed.actors.flatMap((a) => a.roles.map((r) => r.of)),
  ]
}

function contentHash(item: LoadedSeed): string {
  return createHash('sha256').update(JSON.stringify(item.seed)).update('\0').update(item.text).digest('hex')
}

async function loadOne(graph: Graph, item: LoadedSeed): Promise<SeedReport> {
  const { seed } = item
  const hash = contentHash(item)
  // A JSON round trip drops undefined (optional fields left out), which the driver would refuse.
  const { before, contributions, after } = JSON.parse(JSON.stringify(toParams(item, hash))) as LoadPlan
  const sourceId = seed.source.id
  const report = {
    file: item.file,
    sourceId: seed.source.id,
    actors: seed.actors.length,
    claims: seed.claims.length,
    relations: seed.relations.length,
  }
  const status = await graph.writeTransaction(async (run) => {
    await run('seed-lock-graph')
    const [stored] = await run('seed-source-hash', { sourceId: seed.source.id })
    if (stored.contentHash === hash) return 'unchanged' as const
    const foreign = await run('seed-foreign-ids', {
      sourceId: seed.source.id,
      claimIds: seed.claims.map((c) => c.id),
      relationIds: seed.relations.map((r) => r.id),
      dealIds: seed.deals.map((d) => d.id),
    })
    if (foreign.length > 0) {
      throw new SeedError(
        foreign.map((f: Row) => ({ file: item.file, path: `${f.kind}s`, message: `${f.kind} id "${f.id}" belongs to another source` })),
      )
    }
    // Read before the source node is replaced: its relationKeys say which relations it touched last time.
    const touched = await run('seed-relations-touched', { sourceId, keys: contributions.map(relationKey) })
    const merged = remerge(sourceId, touched as Array<{ key: string; contributions: string[] }>, contributions)
    for (const [name, p] of before) await run(name, p)
    await run('seed-relations-delete', { keys: merged.deleteKeys })
    await run('seed-relations', { relations: merged.relations })
    for (const [name, p] of after) await run(name, p)
    return 'loaded' as const
  }, 60_000)
  return { ...report, status }
}

interface LoadPlan {
  /** Statements before the relations are merged, in order, with their parameters. */
  before: Array<[Statement, Params]>
  /** What this source says about each of its relations (merge-relations.ts). */
  contributions: Contribution[]
  after: Array<[Statement, Params]>
}

/** The statements of one source's load, in order, with their parameters; relations merge in between. */
function toParams(item: LoadedSeed, hash: string): LoadPlan {
  const { seed, text } = item
  const sourceId = seed.source.id
  const weights = { ...DEFAULT_LEVEL_WEIGHTS, ...seed.weights }
  const confidence = new Map(seed.claims.map((c) => [c.id, HEDGE_CONFIDENCE[c.hedge]]))
  const whenOf = new Map(seed.claims.map((c) => [c.id, c.when]))
  const relationIdsOf = new Map<string, string[]>()
  for (const r of seed.relations) for (const c of r.claims) relationIdsOf.set(c, [...(relationIdsOf.get(c) ?? []), r.id])
  const { textFile, reportsOn, ...meta } = seed.source
  const source = {
    ...meta,
    reportsOnEvent: reportsOn.event,
    reportsOnDate: reportsOn.date ?? null,
    text,
    contentHash: hash,
  }
  const claims = seed.claims.map((c) => ({
    id: c.id,
    sourceId,
    statement: c.statement,
    quote: c.quote,
    assertedBy: c.assertedBy,
    hedge: c.hedge,
    confidence: HEDGE_CONFIDENCE[c.hedge],
    about: c.about,
    when: c.when ?? null,
    whenStart: c.when ? intervalOf(c.when).start : null,
    whenEnd: c.when ? intervalOf(c.when).end : null,
    contrastsWith: c.contrastsWith,
    relationIds: relationIdsOf.get(c.id) ?? [],
    relationKeys: [...new Set(seed.relations.filter((r) => r.claims.includes(c.id)).map((r) => relationKey(keyFieldsOf(r))))],
    searchText: `${c.statement}|${c.quote}`.toLowerCase(),
  }))
  const relations = seed.relations.map((r) =>
    contributionOf(r, {
      sourceId,
      publishedAt: seed.source.publishedAt,
      confidenceOf: (id) => confidence.get(id) as number,
      whenOf: (id) => whenOf.get(id),
      weights,
    }),
  )
  const deals = seed.deals.map((d) => ({
    id: d.id,
    sourceId,
    label: d.label,
    claimIds: d.claims,
    relationIds: seed.relations.filter((r) => r.deal === d.id).map((r) => r.id),
  }))
  const roles = seed.actors.flatMap((a) => a.roles.map((r) => ({ actor: a.id, title: r.title, of: r.of })))
  const pairs = seed.claims.flatMap((c) => c.contrastsWith.map((to) => ({ from: c.id, to })))
  return {
    before: [
      ['seed-clear-source', { sourceId }],
      [
        'seed-source',
        { source: { ...source, relationKeys: [...new Set(relations.map(relationKey))], relationIds: relations.map((r) => r.id) } },
      ],
      ['seed-actors', { sourceId, actors: seed.actors.map(actorParams) }],
      ['seed-roles', { sourceId, roles }],
      ['seed-claims', { sourceId, claims }],
      ['seed-claim-contrasts', { pairs, claimIds: seed.claims.map((c) => c.id) }],
    ],
    contributions: relations,
    after: [
      ['seed-deals', { sourceId, deals }],
      ['seed-bump-version', {}],
    ],
  }
}
