// Loads seed files into Neo4j (`npm run seed`, `npm start`): every file is validated first (a broken
// file stops the run before anything is written), then each source loads through the write room's
// loadSource, the code PUT /sources/{id} runs, in one write transaction that replaces what that source
// contributed before. An unchanged file (same content hash) changes nothing, so re-seeding is a no-op.
import { Neo4jError } from 'neo4j-driver'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { CATALOG } from '../db/cypher.js'
import type { Graph } from '../db/graph.js'
import type { SeedFile } from '../seed/seed-schema.js'
import { readSeedFile, SeedError, type LoadedSeed, type SeedIssue } from '../seed/validate-seed.js'
import { loadSource, WRITE_TIMEOUT_MS } from './load-source.js'
import { refreshRanking } from './ranking.js'

export { SEED_DIR } from '../seed/seed-dir.js'

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
  // A load queries the full-text indexes (seed-contrast-namers, seed-foreign-ids): online first.
  await graph.write('await-fulltext-indexes')
}

export async function seedFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f))
}

/** Validates every file, then loads each in its own transaction. Throws SeedError before writing if any file is invalid. */
/**
 * The schema, and the history of what was written before writes kept one (cypher/known-backfill.cypher,
 * docs/model.md "The graph as it was known"): every seed and every start on a graph that has sources.
 */
export async function beginHistory(graph: Graph): Promise<void> {
  await ensureSchema(graph)
  // A write's time, not a read's: on a cold, busy JVM planning this statement alone can take seconds.
  await graph.writeTransaction((run) => run('known-backfill'), WRITE_TIMEOUT_MS)
}

export async function seedFiles(graph: Graph, files: string[]): Promise<SeedReport[]> {
  await beginHistory(graph)
  const loaded = definersFirst(await validateAll(graph, files))
  const reports: SeedReport[] = []
  for (const item of loaded) {
    const { seed } = item
    const result = await loadSource(graph, item, { method: 'SEED', key: null, requestId: null })
    reports.push({
      file: item.file,
      sourceId: seed.source.id,
      status: result.outcome === 'unchanged' ? 'unchanged' : 'loaded',
      actors: seed.actors.length,
      claims: seed.claims.length,
      relations: seed.relations.length,
    })
  }
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

export function namedActorIds(seed: SeedFile): string[] {
  return [
    ...seed.claims.flatMap((c) => [...c.about, c.assertedBy]),
    ...seed.relations.flatMap((r) => [r.from, r.to]),
    ...seed.actors.flatMap((a) => a.roles.map((r) => r.of)),
  ]
}
