// GET /paths: bounded path search between two actors, run in Neo4j (SHORTEST for the fewest hops, then
// the paths of each length, longer ones met in the middle), with the evidence of every hop in the
// same round trip.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { badRequest } from '../lib/http-errors.js'
import { intervalOf } from '../model/partial-date.js'
import type { Basis, RelationType } from '../model/vocabulary.js'
import { shapePath } from './evidence.js'
import { resolvePair } from './resolve-actor.js'

export interface PathQuery {
  from: string
  to: string
  maxHops: number
  k: number
  types?: RelationType[]
  direction: 'outgoing' | 'any'
  minConfidence: number
  asOf?: string
  basis: Basis[]
  rank: 'shortest' | 'strongest'
}

/** Filters shared by paths and influence: the validity window of asOf, or no time filter. */
export function asOfWindow(asOf: string | undefined) {
  const window = asOf === undefined ? null : intervalOf(asOf)
  return { asOfStart: window?.start ?? null, asOfEnd: window?.end ?? null }
}

/**
 * The k simple paths with the fewest hops, ties broken by score. SHORTEST 1 finds the shortest length
 * d (a shortest walk is always simple; no path at all ends it here); then the best paths of exactly d
 * hops, d + 1 hops … are read one length after the other, until k are found. One length at a time, not
 * all at once: a longer length costs far more than a shorter one (every walk of it, around hubs
 * millions), and is usually not needed. Asking SHORTEST for k walks instead would let walks that
 * revisit an actor crowd simple paths out.
 */
async function shortest(graph: Graph, q: PathQuery, params: Record<string, unknown>): Promise<Row[]> {
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
const ofLength = (hops: number) => (hops <= 2 ? `paths-of-length@${hops}` : `paths-of-length-split@${hops - 2}`)

/**
 * The k simple paths with the highest score, ties broken by fewer hops. Up to two hops one enumeration
 * of them all is cheap (paths-strongest). Beyond, the best k of each length are read, each length met
 * in the middle, and merged: the best k overall are among them.
 */
async function strongest(graph: Graph, q: PathQuery, params: Record<string, unknown>): Promise<Row[]> {
  if (q.maxHops <= 2) return graph.read(`paths-strongest@${q.maxHops}`, { ...params, k: int(q.k) })
  const lengths = Array.from({ length: q.maxHops }, (_, i) => i + 1)
  const rows = (await Promise.all(lengths.map((hops) => graph.read(ofLength(hops), { ...params, k: int(q.k) })))).flat()
  return rows.sort((a, b) => (b.score as number) - (a.score as number) || (a.hops as number) - (b.hops as number)).slice(0, q.k)
}

export async function findPaths(graph: Graph, q: PathQuery) {
  const [from, to] = await resolvePair(graph, [q.from, 'from'], [q.to, 'to'])
  if (from === to) throw badRequest('from and to name the same actor.', [{ name: 'to', in: 'query', reason: 'must differ from from' }])
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
