// GET /paths: bounded path search between two actors, run in Neo4j (SHORTEST for fewest hops, a
// bounded enumeration for strongest), with the evidence of every hop in the same round trip.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { badRequest } from '../lib/http-errors.js'
import { intervalOf } from '../model/partial-date.js'
import type { RelationType } from '../model/vocabulary.js'
import { shapePath } from './evidence.js'
import { resolveActor } from './resolve-actor.js'

export interface PathQuery {
  from: string
  to: string
  maxHops: number
  k: number
  types?: RelationType[]
  direction: 'outgoing' | 'any'
  minConfidence: number
  asOf?: string
  rank: 'shortest' | 'strongest'
}

/** Filters shared by paths and influence: the validity window of asOf, or no time filter. */
export function asOfWindow(asOf: string | undefined) {
  const window = asOf === undefined ? null : intervalOf(asOf)
  return { asOfStart: window?.start ?? null, asOfEnd: window?.end ?? null }
}

/**
 * The k simple paths with the fewest hops, ties broken by score. SHORTEST 1 finds the shortest length
 * d (a shortest walk is always simple); then the paths of exactly d hops, d + 1 hops … are enumerated,
 * each length ordered by score, until k are found. Asking SHORTEST for k walks instead would let
 * walks that revisit an actor crowd simple paths out.
 */
async function shortest(graph: Graph, q: PathQuery, params: Record<string, unknown>): Promise<Row[]> {
  const [first] = await graph.read(`paths-shortest-length@${q.maxHops}`, params)
  const rows: Row[] = []
  for (let hops = (first?.hops as number | undefined) ?? q.maxHops + 1; hops <= q.maxHops && rows.length < q.k; hops++) {
    rows.push(...(await graph.read(`paths-of-length@${hops}`, { ...params, k: int(q.k - rows.length) })))
  }
  return rows
}

export async function findPaths(graph: Graph, q: PathQuery) {
  const from = await resolveActor(graph, q.from, 'from')
  const to = await resolveActor(graph, q.to, 'to')
  if (from === to) throw badRequest('from and to name the same actor.', [{ name: 'to', in: 'query', reason: 'must differ from from' }])
  const params = {
    from,
    to,
    types: q.types ?? null,
    anyDirection: q.direction === 'any',
    minConfidence: q.minConfidence,
    ...asOfWindow(q.asOf),
  }
  const rows = q.rank === 'strongest' ? await graph.read(`paths-strongest@${q.maxHops}`, { ...params, k: int(q.k) }) : await shortest(graph, q, params)
  return { from, to, paths: rows.map(shapePath) }
}
