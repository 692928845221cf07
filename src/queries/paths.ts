// GET /paths: bounded path search between two actors, run in Neo4j (SHORTEST for fewest hops, a
// bounded enumeration for strongest), with the evidence of every hop in the same round trip.
import type { Graph } from '../db/graph.js'
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

export async function findPaths(graph: Graph, q: PathQuery) {
  const from = await resolveActor(graph, q.from, 'from')
  const to = await resolveActor(graph, q.to, 'to')
  if (from === to) throw badRequest('from and to name the same actor.', [{ name: 'to', in: 'query', reason: 'must differ from from' }])
  const rows = await graph.read(`paths-${q.rank}@${q.maxHops}`, {
    from,
    to,
    k: int(q.k),
    types: q.types && q.types.length > 0 ? q.types : null,
    anyDirection: q.direction === 'any',
    minConfidence: q.minConfidence,
    ...asOfWindow(q.asOf),
  })
  return { from, to, paths: rows.map(shapePath) }
}
