// GET /paths: bounded path search between two actors, run in Neo4j (SHORTEST for the fewest hops, then
// the paths of each length, longer ones met in the middle), with the evidence of every hop in the
// same round trip.
import type { Statement } from '../db/cypher.js'
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import type { PathsParams } from '../schemas/analysis.js'
import { type Path, shapePath } from './evidence.js'
import { asOfWindow } from './filters.js'
import { resolvePair } from './resolve-actor.js'

/**
 * The k simple paths with the fewest hops, ties broken by score. SHORTEST 1 finds the shortest length
 * d (a shortest walk is always simple; no path at all ends it here); then the best paths of exactly d
 * hops, d + 1 hops … are read one length after the other, until k are found. One length at a time, not
 * all at once: a longer length costs far more than a shorter one (every walk of it, around hubs
 * millions), and is usually not needed. Asking SHORTEST for k walks instead would let walks that
 * revisit an actor crowd simple paths out.
 */
async function shortest(graph: Graph, q: PathsParams, params: Record<string, unknown>): Promise<Row[]> {
  const [first] = await graph.read(`paths-shortest-length@${q.maxHops}`, params)
  const rows: Row[] = []
  for (let hops = (first?.hops as number | undefined) ?? q.maxHops + 1; hops <= q.maxHops && rows.length < q.k; hops++) {
    rows.push(...(await graph.read(ofLength(hops), { ...params, k: int(q.k - rows.length) })))
  }
  return rows
}

/**
 * The statement for the paths of exactly `hops` hops. Walking out of one end visits every walk of the
 * full length (millions at four hops past a hub); from three hops on, two hops out of from and the
 * rest back from to are joined where they meet (paths-of-length-split), with the same result.
 */
const ofLength = (hops: number): Statement => (hops <= 2 ? `paths-of-length@${hops}` : `paths-of-length-split@${hops - 2}`)

/**
 * The k simple paths with the highest score, ties broken by fewer hops. Up to two hops one enumeration
 * of them all is cheap (paths-strongest). Beyond, the best k of each length are read, each length met
 * in the middle, and merged: the best k overall are among them.
 */
async function strongest(graph: Graph, q: PathsParams, params: Record<string, unknown>): Promise<Row[]> {
  if (q.maxHops <= 2) return graph.read(`paths-strongest@${q.maxHops}`, { ...params, k: int(q.k) })
  const lengths = Array.from({ length: q.maxHops }, (_, i) => i + 1)
  const rows = (await Promise.all(lengths.map((hops) => graph.read(ofLength(hops), { ...params, k: int(q.k) })))).flat()
  return rows.sort((a, b) => (b.score as number) - (a.score as number) || (a.hops as number) - (b.hops as number)).slice(0, q.k)
}

/** from = to: the one path of 0 hops, the actor itself; no relation, so its score is the empty product, 1. */
async function stayingPut(graph: Graph, id: string): Promise<Path> {
  const [row] = await graph.read('actor-by-id', { id })
  const { name, kind } = row.actor as Path['actors'][number]
  return { hops: 0, score: 1, actors: [{ id, name, kind }], relations: [] }
}

export async function findPaths(graph: Graph, q: PathsParams) {
  const [from, to] = await resolvePair(graph, [q.from, 'from'], [q.to, 'to'])
  if (from === to) return { from, to, paths: [await stayingPut(graph, from)] }
  const params = {
    from,
    to,
    types: q.types ?? null,
    anyDirection: q.direction === 'any',
    minConfidence: q.minConfidence,
    bases: q.basis,
    ...asOfWindow(q.asOf),
  }
  const rows = q.rank === 'strongest' ? await strongest(graph, q, params) : await shortest(graph, q, params)
  return { from, to, paths: rows.map(shapePath) }
}
