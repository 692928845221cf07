// Loads one source into the graph in one write transaction: PUT /sources/{id} and `npm run seed` both
// come here. The graph-wide lock comes first (seed-lock-graph), so the version check, the load and the
// version bump see no other write in between: two puts with the same If-Match get one 200, one 412.
// The source's contribution becomes exactly what its document says; the previous version's record is
// ended, not deleted (SourceVersion); the write is recorded (records.ts) in the same transaction.
import { createHash } from 'node:crypto'
import type { Statement } from '../db/cypher.js'
import type { Graph, Params, Row } from '../db/graph.js'
import type { ApiKeyIdentity } from '../lib/route-policy.js'
import { intervalOf } from '../model/partial-date.js'
import { DEFAULT_LEVEL_WEIGHTS, HEDGE_CONFIDENCE } from '../model/vocabulary.js'
import { actorParams } from '../seed/actor-params.js'
import { type Contribution, contributionOf, keyFieldsOf, relationKey, remerge, touchedKeys } from '../seed/merge-relations.js'
import { type LoadedSeed, SeedError } from '../seed/validate-seed.js'
import { checkPreconditions, type Preconditions, relationChanges, type StoredRelation } from './changes.js'
import { type Run, recordWrite, type WriteRecord } from './records.js'

/** Who writes, and under which conditions. */
export interface WriteContext extends Preconditions {
  method: 'PUT' | 'DELETE' | 'SEED'
  key: ApiKeyIdentity | null
  requestId: string | null
}

/** What a write changed: the answer of PUT and DELETE, and what the trail records. */
export type WriteResult = Omit<WriteRecord, 'method' | 'key' | 'requestId'>

/** Writes take longer than reads: a large source is thousands of rows. */
export const WRITE_TIMEOUT_MS = 60_000

/** The document as checked inside the write's transaction (PUT), or already checked (a seed run). */
export type Prepare = (run: Run) => Promise<LoadedSeed>

export async function loadSource(graph: Graph, input: LoadedSeed | Prepare, ctx: WriteContext): Promise<WriteResult> {
  return graph.writeTransaction(async (run) => {
    await run('seed-lock-graph')
    const item = typeof input === 'function' ? await input(run) : input
    const sourceId = item.seed.source.id
    const [state] = await run('write-source-state', { sourceId })
    const current = state.exists ? (state.version as number) : null
    checkPreconditions(current, ctx)
    const hash = contentHash(item)
    const record = { sourceId, key: ctx.key, requestId: ctx.requestId, method: ctx.method }
    if (state.contentHash === hash) {
      const result: WriteResult = { ...NOTHING, outcome: 'unchanged', sourceId, sourceVersion: current }
      await recordWrite(run, { ...record, ...result })
      return result
    }
    // After a retraction the numbers go on: a version's tag never names two contents.
    const version = Math.max(state.version as number, state.lastVersion as number) + 1
    const result = await load(run, item, hash, version)
    const [bumped] = await run('seed-bump-version')
    const done: WriteResult = {
      ...result,
      outcome: current === null ? 'created' : 'replaced',
      sourceId,
      sourceVersion: version,
      graphVersion: bumped.version as number,
    }
    await recordWrite(run, { ...record, ...done })
    return done
  }, WRITE_TIMEOUT_MS)
}

const NOTHING = {
  graphVersion: null,
  actorsAdded: [],
  relationsAdded: [],
  relationsChanged: [],
  relationsRemoved: [],
  corroborationChanged: [],
}

/**
 * What the source says, hashed: its document and its text, wherever the text came from (a file beside
 * a seed, or inline in a put), so the same source sent either way is the same version.
 */
function contentHash(item: LoadedSeed): string {
  const { textFile: _file, text: _inline, ...source } = item.seed.source
  return createHash('sha256')
    .update(JSON.stringify({ ...item.seed, source }))
    .update('\0')
    .update(item.text)
    .digest('hex')
}

/** The statements of one load, in order; returns the actors and relations it changed. */
async function load(run: Run, item: LoadedSeed, hash: string, version: number) {
  const { seed } = item
  const sourceId = seed.source.id
  // A JSON round trip drops undefined (optional fields left out), which the driver would refuse.
  const { before, contrasts, contributions, after } = JSON.parse(JSON.stringify(toParams(item, hash, version))) as LoadPlan
  const foreign = await run('seed-foreign-ids', {
    sourceId,
    claimIds: seed.claims.map((c) => c.id),
    relationIds: seed.relations.map((r) => r.id),
    dealIds: seed.deals.map((d) => d.id),
  })
  if (foreign.length > 0) {
    throw new SeedError(
      foreign.map((f: Row) => ({ file: item.file, path: `${f.kind}s`, message: `${f.kind} id "${f.id}" belongs to another source` })),
    )
  }
  // Before anything changes in this transaction: a full-text query leaves out the nodes it has touched.
  const namers = await run('seed-contrast-namers', { sourceId, claimIds: seed.claims.map((c) => c.id) })
  const ids = seed.actors.map((a) => a.id)
  const existing = new Set((await run('seed-existing-actor-ids', { ids })).map((r) => r.id as string))
  // Read before the source node is replaced: its relationKeys say which relations it touched last time.
  const touched = (await run('seed-relations-touched', { sourceId, keys: contributions.map(relationKey) })) as unknown as StoredRelation[]
  const merged = remerge(sourceId, touched, contributions)
  for (const [name, p] of before) await run(name, p)
  // This source's contrasts, and the links from other sources' claims that the clear cut.
  await run('seed-claim-contrasts', { pairs: [...contrasts, ...namers.map((r) => ({ from: r.from, to: r.to }))] })
  await run('seed-relations-delete', { keys: merged.deleteKeys })
  await run('seed-relations', { relations: merged.relations })
  for (const [name, p] of after) await run(name, p)
  await run('write-source-version', {
    sourceId,
    version,
    contentHash: hash,
    actors: seed.actors.length,
    claims: seed.claims.length,
    relations: seed.relations.length,
    document: JSON.stringify({ ...seed, source: { ...seed.source, textFile: undefined, text: item.text } }),
  })
  await run('known-record', { sourceId, keys: touchedKeys(merged) })
  return { actorsAdded: ids.filter((id) => !existing.has(id)).sort(), ...relationChanges(touched, merged.relations) }
}

interface LoadPlan {
  /** Statements before the relations are merged, in order, with their parameters. */
  before: Array<[Statement, Params]>
  /** Each claim's contrastsWith, as pairs of claim ids (seed-claim-contrasts, after the claims). */
  contrasts: Array<{ from: string; to: string }>
  /** What this source says about each of its relations (merge-relations.ts). */
  contributions: Contribution[]
  after: Array<[Statement, Params]>
}

/** The statements of one source's load, in order, with their parameters; relations merge in between. */
function toParams(item: LoadedSeed, hash: string, version: number): LoadPlan {
  const { seed, text } = item
  const sourceId = seed.source.id
  const weights = { ...DEFAULT_LEVEL_WEIGHTS, ...seed.weights }
  const confidence = new Map(seed.claims.map((c) => [c.id, HEDGE_CONFIDENCE[c.hedge]]))
  const whenOf = new Map(seed.claims.map((c) => [c.id, c.when]))
  const relationIdsOf = new Map<string, string[]>()
  for (const r of seed.relations) for (const c of r.claims) relationIdsOf.set(c, [...(relationIdsOf.get(c) ?? []), r.id])
  const { textFile, text: _inline, reportsOn, ...meta } = seed.source
  const source = {
    ...meta,
    reportsOnEvent: reportsOn.event,
    reportsOnDate: reportsOn.date ?? null,
    text,
    contentHash: hash,
    version,
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
    ],
    contrasts: pairs,
    contributions: relations,
    after: [['seed-deals', { sourceId, deals }]],
  }
}
