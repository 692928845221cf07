// Loads seed files into Neo4j: every file is validated first (a broken file stops the run before
// anything is written), then each source loads in one write transaction that replaces what that
// source contributed before. An unchanged file (same content hash) is skipped, so re-seeding is a no-op.
import { Neo4jError } from 'neo4j-driver'
import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { CATALOG, type Statement } from '../db/cypher.js'
import type { Graph, Params, Row } from '../db/graph.js'
import { knownFrom } from '../model/known-from.js'
import { intervalOf } from '../model/partial-date.js'
import { refreshRanking } from '../queries/ranking.js'
import { DEFAULT_LEVEL_WEIGHTS, HEDGE_CONFIDENCE, SYMMETRIC_TYPES } from '../model/vocabulary.js'
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
  const loaded = await validateAll(graph, files)
  const reports: SeedReport[] = []
  for (const item of loaded) reports.push(await loadOne(graph, item))
  // The stored ranking follows the graph: recomputed when this seed changed it, or when an earlier
  // seed died between its load and the ranking (the versions then differ).
  await refreshRanking(graph)
  return reports
}

async function validateAll(graph: Graph, files: string[]): Promise<LoadedSeed[]> {
  // Actors defined by any file of this run may be named by any other; so may actors already stored.
  const defined = new Set<string>()
  const issues: SeedIssue[] = []
  const firstPass: Array<{ file: string; raw: LoadedSeed }> = []
  for (const file of files) {
    try {
      const raw = await readSeedFile(file, ANY_ACTOR)
      for (const a of raw.seed.actors) defined.add(a.id)
      firstPass.push({ file, raw })
    } catch (err) {
      collectIssues(err, issues)
    }
  }
  if (issues.length > 0) throw new SeedError(issues)
  const named = firstPass.flatMap(({ raw }) => namedActorIds(raw.seed))
  const stored = await graph.read('seed-existing-actor-ids', { ids: [...new Set(named)] })
  for (const r of stored) defined.add(r.id as string)
  const loaded: LoadedSeed[] = []
  for (const { file } of firstPass) {
    try {
      loaded.push(await readSeedFile(file, defined))
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

/** A set that contains every id: the first pass checks everything but cross-file actor references. */
const ANY_ACTOR: ReadonlySet<string> = new (class extends Set<string> {
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
  const params = JSON.parse(JSON.stringify(toParams(item, hash))) as Array<[Statement, Params]>
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
    for (const [name, p] of params) await run(name, p)
    return 'loaded' as const
  }, 60_000)
  return { ...report, status }
}

/** The statements of one source's load, in order, with their parameters. */
function toParams(item: LoadedSeed, hash: string): Array<[Statement, Params]> {
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
    searchText: `${c.statement}|${c.quote}`.toLowerCase(),
  }))
  const relations = seed.relations.map((r) => {
    const d = r.dependency
    const derived = d?.share ?? (d?.level ? weights[d.level] : undefined)
    const known = knownFrom(r, (id) => whenOf.get(id), seed.source.publishedAt)
    return {
      from: r.from,
      to: r.to,
      props: {
        id: r.id,
        type: r.type,
        sourceId,
        claimIds: r.claims,
        symmetric: SYMMETRIC_TYPES.includes(r.type),
        weight: r.weight ?? derived ?? null,
        confidence: Math.max(...r.claims.map((c) => confidence.get(c) as number)),
        validFrom: r.validFrom ?? null,
        validTo: r.validTo ?? null,
        validStart: known ? intervalOf(known).start : null,
        knownFrom: known,
        basis: r.basis,
        note: r.note ?? null,
        dateBasis: r.dateBasis ?? null,
        validEnd: r.validTo ? intervalOf(r.validTo).end : null,
        periodNote: r.periodNote ?? null,
        commodity: r.commodity ?? null,
        dependencyKind: d?.kind ?? null,
        share: d?.share ?? null,
        bound: d?.bound ?? null,
        level: d?.level ?? null,
        deal: r.deal ?? null,
      },
    }
  })
  const deals = seed.deals.map((d) => ({
    id: d.id,
    sourceId,
    label: d.label,
    claimIds: d.claims,
    relationIds: seed.relations.filter((r) => r.deal === d.id).map((r) => r.id),
  }))
  const roles = seed.actors.flatMap((a) => a.roles.map((r) => ({ actor: a.id, title: r.title, of: r.of })))
  const pairs = seed.claims.flatMap((c) => c.contrastsWith.map((to) => ({ from: c.id, to })))
  return [
    ['seed-clear-source', { sourceId }],
    ['seed-source', { source }],
    ['seed-actors', { sourceId, actors: seed.actors }],
    ['seed-roles', { sourceId, roles }],
    ['seed-claims', { sourceId, claims }],
    ['seed-claim-contrasts', { pairs }],
    ['seed-relations', { relations }],
    ['seed-deals', { sourceId, deals }],
    ['seed-bump-version', {}],
  ]
}
