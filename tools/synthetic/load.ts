// Loads a synthetic graph into an empty Neo4j through the driver, in batched UNWIND write
// transactions, several in flight at once: sources, actors with their keys, roles, then claims and
// relations. Nodes are found by the elementIds the creating statements return, so no index is needed
// while loading; the constraints and indexes (schema-*.cypher, as every seed applies them) are
// created afterwards, when Neo4j builds each in one pass instead of updating it row by row. Ends like
// a seed: contrasts between claims, a new graph version and the stored ranking recomputed.
// The `concurrent` method sends the claims, relations and deals instead as large auto-commit statements
// that Neo4j splits into inner transactions run side by side (CALL IN CONCURRENT TRANSACTIONS), one
// statement at a time while Node builds the next one's rows; rows whose inner transaction failed (a
// deadlock) are sent again, one transaction at a time.
import { int, type Graph } from '../../src/db/graph.js'
import { HEDGE_CONFIDENCE } from '../../src/model/vocabulary.js'
import { refreshRanking } from '../../src/write/ranking.js'
import { ensureSchema } from '../../src/write/seed-files.js'
import { keyFieldsOf, relationKey } from '../../src/seed/merge-relations.js'
import { withSynthetic } from './catalog.js'
import type { Step, SyntheticGraph } from './generate.js'
import { inParallel, inSequence } from './parallel.js'
import { actorRow, roleRows, sourceRows, stepRows } from './rows.js'

export interface LoadOptions {
  /** Relations (or actors) per write transaction. */
  batchSize: number
  /** Write transactions in flight at once: sent by the client (unwind), or run by Neo4j (concurrent). */
  concurrency: number
  /** How claims, relations and deals travel: batched UNWIND transactions, or CONCURRENT TRANSACTIONS. */
  method?: 'unwind' | 'concurrent'
  /** Called when a phase starts (done 0) and after every committed batch. */
  progress?: (phase: 'actors' | 'relations', done: number, total: number) => void
}

export interface LoadReport {
  actors: number
  relations: number
  claims: number
  /** Seconds for the data, for the schema built after it, and for the ranking. */
  loadSeconds: number
  schemaSeconds: number
  rankingSeconds: number
  /** concurrent: rows whose inner transaction failed and were sent again. */
  retriedRows?: number
}

/** concurrent: inner transactions each statement gives each of Neo4j's concurrent slots. */
export const TRANSACTIONS_PER_SLOT = 4

export class NotEmptyError extends Error {}

type ConcurrentStatement = 'synthetic-claims-concurrent' | 'synthetic-relations-concurrent' | 'synthetic-deals-concurrent'

/** The relations a source states, as seed-source stores them on it. */
interface SourceRelations {
  id: string
  relationIds: string[]
  relationKeys: string[]
}

function* chunks<T>(items: Iterable<T>, size: (batch: T[]) => number, limit: number): Generator<T[]> {
  let batch: T[] = []
  for (const item of items) {
    batch.push(item)
    if (size(batch) >= limit) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

export async function loadSynthetic(service: Graph, synthetic: SyntheticGraph, opts: LoadOptions): Promise<LoadReport> {
  const graph = withSynthetic(service)
  const [{ empty }] = await graph.read('synthetic-is-empty')
  if (!empty)
    throw new NotEmptyError(
      'the database is not empty: a synthetic graph loads only into an empty one (pass --wipe to delete everything first)',
    )
  const started = Date.now()
  const progress = opts.progress ?? (() => {})
  const concurrent = opts.method === 'concurrent'
  let retriedRows = 0
  const nodes = new Map<string, string>()
  const remember = (rows: Array<Record<string, unknown>>) => {
    for (const r of rows) nodes.set(r.id as string, r.node as string)
  }
  const node = (id: string) => nodes.get(id) as string
  remember(await graph.write('synthetic-sources', { sources: sourceRows(synthetic) }))

  const { actors } = synthetic
  let done = 0
  progress('actors', 0, actors.length)
  await inParallel(
    [...chunks(actors, (b) => b.length, opts.batchSize)].map((batch) => async () => {
      remember(await graph.write('synthetic-actors', { actors: batch.map((a) => actorRow(a, node)) }))
      done += batch.length
      progress('actors', done, actors.length)
    }),
    opts.concurrency,
  )
  await graph.write('synthetic-roles', { roles: actors.flatMap((a) => roleRows(a, node)) })

  let relations = 0
  let claims = 0
  const contrasts: Array<Record<string, unknown>> = []
  const total = synthetic.options.relations
  const fixed = { confidence: HEDGE_CONFIDENCE }
  const published = new Map(synthetic.sources.map(({ source }) => [source.id, source.publishedAt]))
  progress('relations', 0, total)
  // concurrent: a statement carries the relations of TRANSACTIONS_PER_SLOT transactions per slot.
  const perStatement = concurrent ? opts.batchSize * opts.concurrency * TRANSACTIONS_PER_SLOT : opts.batchSize
  const batches = chunks(synthetic.steps(), (b: Step[]) => b.reduce((n, s) => n + s.relations.length, 0), perStatement)
  /** Runs a CONCURRENT TRANSACTIONS statement over the items, with their failed rows sent again. */
  const concurrently = async (name: ConcurrentStatement, key: string, items: unknown[], extra: Record<string, unknown> = {}) => {
    retriedRows += await withFailedRowsAgain(
      (list, slots) =>
        graph.writeAutoCommit(name, {
          ...extra,
          [key]: list,
          rows: int(Math.max(1, Math.ceil(list.length / (slots * TRANSACTIONS_PER_SLOT)))),
          concurrency: int(slots),
        }),
      items,
      opts.concurrency,
    )
  }
  // What each source states (its relation ids and their keys, in order), stored on the source once its
  // steps are all built: a source's steps come one after another.
  let stating: SourceRelations | undefined
  const storeStated = (done: SourceRelations) => async () => {
    await graph.write('synthetic-source-relations', { sources: [done] })
  }
  const jobs = (function* () {
    for (const batch of batches) {
      // Built here, lazily: only the batches in flight are ever in memory.
      const rows = stepRows(batch, node, (id) => published.get(id))
      contrasts.push(...rows.contrasts)
      for (const step of batch) {
        if (stating?.id !== step.sourceId) {
          if (stating) yield storeStated(stating)
          stating = { id: step.sourceId, relationIds: [], relationKeys: [] }
        }
        for (const r of step.relations) {
          stating.relationIds.push(r.id)
          stating.relationKeys.push(relationKey(keyFieldsOf(r)))
        }
      }
      yield async () => {
        if (concurrent) {
          await concurrently('synthetic-claims-concurrent', 'claims', rows.claims, { confidence: fixed.confidence })
          await concurrently('synthetic-relations-concurrent', 'relations', rows.relations)
          await concurrently('synthetic-deals-concurrent', 'deals', rows.deals)
        } else {
          await graph.writeTransaction(async (run) => {
            await run('synthetic-claims', { claims: rows.claims, confidence: fixed.confidence })
            await run('synthetic-relations', { relations: rows.relations })
            await run('synthetic-deals', { deals: rows.deals })
          })
        }
        relations += rows.relations.length
        claims += rows.claims.length
        progress('relations', relations, total)
      }
    }
    if (stating) yield storeStated(stating)
  })()
  await (concurrent ? inSequence(jobs) : inParallel(jobs, opts.concurrency))
  const loaded = Date.now()

  await schemaAndVersion(service, contrasts)
  const indexed = Date.now()
  await refreshRanking(service)
  return {
    actors: actors.length,
    relations,
    claims,
    loadSeconds: (loaded - started) / 1000,
    schemaSeconds: (indexed - loaded) / 1000,
    rankingSeconds: (Date.now() - indexed) / 1000,
    ...(concurrent && { retriedRows }),
  }
}

/**
 * Runs a statement of CALL IN CONCURRENT TRANSACTIONS over the items with `slots` inner transactions
 * at a time; then the rows it reports failed (`row`: an index into the list it got), once more in one
 * statement with one transaction at a time, where nothing of the load runs beside them to deadlock
 * with. Returns how many rows went again; throws the first error of rows that failed even then.
 */
export async function withFailedRowsAgain<T>(
  run: (list: T[], slots: number) => Promise<Array<Record<string, unknown>>>,
  items: T[],
  slots: number,
): Promise<number> {
  const failed = await run(items, slots)
  if (failed.length === 0) return 0
  const again = failed.map((f) => items[f.row as number])
  const still = await run(again, 1)
  if (still.length > 0) throw new Error(`${still.length} of ${again.length} rows sent again failed again: ${still[0].error}`)
  return again.length
}

/**
 * What a first load does after its data, either way it loaded (this driver path or the bulk importer,
 * import.ts), as a seed does: the schema, its indexes online, the contrasts between claims (when not
 * loaded with the data) and a new graph version. The ranking comes after, timed on its own.
 */
export async function schemaAndVersion(service: Graph, contrasts: Array<Record<string, unknown>>): Promise<void> {
  const graph = withSynthetic(service)
  await ensureSchema(service)
  await graph.write('synthetic-await-indexes', { seconds: 3600 })
  // Contrasts join claims by id: the claim index exists from here on.
  // No other source names these claims: the statement's second part (re-linking them) has nothing to do.
  if (contrasts.length > 0) await graph.write('seed-claim-contrasts', { pairs: contrasts, claimIds: [] })
  await graph.write('seed-lock-graph')
  await graph.write('seed-bump-version')
}

/**
 * Deletes every relationship, then every node, `limit` at a time, each batch its own transaction: a
 * graph of a million relations is too large for one (Neo4j's transaction memory) and an auto-commit
 * CALL ... IN TRANSACTIONS outlives the server's transaction timeout.
 */
export async function wipe(service: Graph, limit = 100_000): Promise<void> {
  const graph = withSynthetic(service)
  for (const statement of ['synthetic-wipe-relationships', 'synthetic-wipe-nodes'] as const) {
    for (;;) {
      const [{ deleted }] = await graph.write(statement, { limit: int(limit) })
      if (deleted === 0) break
    }
  }
}
