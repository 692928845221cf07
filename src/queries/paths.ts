// GET /paths: bounded path search between two actors. Two round trips: both references resolved at
// once (resolvePair: unknown and ambiguous names are refused at once, before any path statement is
// planned), then one statement for every length (cypher/paths-find.cypher), each met in the middle from
// both ends, with the evidence of every hop.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { MAX_HOPS } from '../model/hops.js'
import { type PathsParams, PathsQuery } from '../schemas/analysis.js'
import { type Path, shapePath } from './evidence.js'
import { asOfWindow, atKnown, knownAtParams } from './filters.js'
import { resolvePair } from './resolve-actor.js'
import { untorn } from './torn-read.js'

/** The asOf window as ISO days, never null (see cypher/paths-find.cypher); anyTime without asOf. */
function everWindow(asOf: string | undefined) {
  const { asOfStart, asOfEnd } = asOfWindow(asOf)
  return { anyTime: asOf === undefined, asOfStart: asOfStart ?? '', asOfEnd: asOfEnd ?? '' }
}

/** from = to: the one path of 0 hops, the actor itself; no relation, so its score is the empty product, 1. */
async function stayingPut(graph: Graph, id: string): Promise<Path> {
  const [row] = await graph.read('actor-by-id', { id })
  // An actor retracted since is named with knownAt only (resolveActor), from the history's record.
  const { name, kind } = (row?.actor ?? (await graph.read('known-actor-by-id', { id }))[0]) as Path['actors'][number]
  return { hops: 0, score: 1, actors: [{ id, name, kind }], relations: [] }
}

/** A request's parameters for the path statement, from the validated query and the resolved ids. */
const pathParams = (q: Omit<PathsParams, 'from' | 'to' | 'maxHops'>, from: string, to: string) => ({
  from,
  to,
  strongest: q.rank === 'strongest',
  k: int(q.k),
  allTypes: q.types === undefined,
  types: q.types ?? [],
  anyDirection: q.direction === 'any',
  minConfidence: q.minConfidence,
  bases: q.basis,
  ...everWindow(q.asOf),
})

/** How long planning one path statement may take at start: seconds on a cold, busy JVM. */
const PLANNING_TIMEOUT_MS = 120_000

/**
 * Runs every length's path statement once, one after another, for two ids no actor has, so Neo4j
 * plans each before a client asks: planning takes seconds on a cold, busy JVM, and counts against a
 * request's 5 s timeout (bench/README.md). The plan depends on the statement and the parameters' types,
 * not their values; these are a default request's. Each outcome is reported, none thrown.
 */
export async function planPathStatements(graph: Graph): Promise<Array<PromiseSettledResult<Row[]>>> {
  const params = pathParams(PathsQuery.parse({ from: '-', to: '-' }), '', '')
  const outcomes: Array<PromiseSettledResult<Row[]>> = []
  for (let hops = 1; hops <= MAX_HOPS; hops++) {
    outcomes.push(
      await graph.read(`paths-find@${hops}`, params, PLANNING_TIMEOUT_MS).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      ),
    )
  }
  return outcomes
}

/** The paths between two actors. Read again when a write tore it (torn-read.ts). */
export const findPaths = (graph: Graph, q: PathsParams) => untorn(() => findPathsOnce(graph, q))

/** rank=shortest: the first k simple paths by (hops asc, score desc); rank=strongest: by (score desc, hops asc). */
async function findPathsOnce(graph: Graph, q: PathsParams) {
  const [from, to] = await resolvePair(graph, [q.from, 'from'], [q.to, 'to'], q.knownAt)
  if (from === to) return { from, to, paths: [await stayingPut(graph, from)] }
  const [row] = await graph.read(atKnown(`paths-find@${q.maxHops}`, q.knownAt), { ...pathParams(q, from, to), ...knownAtParams(q.knownAt) })
  // Known at an instant, an end the graph did not have then has no row: no path.
  return { from, to, paths: row === undefined ? [] : (row.paths as Row[]).map(shapePath) }
}
