// Turns what a user typed (an id, a name or an alias, any case: "Pyongyang") into one actor id.
// Unknown → 404 naming it; more than one match → 400 listing the candidates.
import type { Graph } from '../db/graph.js'
import { int } from '../db/graph.js'
import { HttpError, notFound } from '../lib/http-errors.js'

/** Most candidates an ambiguous name lists; the query reads one more to know there are more. */
export const MAX_CANDIDATES = 20

/**
 * knownAt set: a reference no actor of today's graph answers to may still name, by its id or its name,
 * one the history recorded (retracted since), so that the graph as it was known can be asked about it.
 */
export async function resolveActor(graph: Graph, ref: string, param: string, knownAt?: string): Promise<string> {
  const params = { key: ref.trim().toLowerCase(), limit: int(MAX_CANDIDATES + 1) }
  let rows = await graph.read('actor-resolve', params)
  if (rows.length === 0 && knownAt !== undefined) rows = await graph.read('known-actor-resolve', { ...params, ref })
  if (rows.length === 1) return rows[0].id as string
  if (rows.length === 0) throw notFound(`No actor matches ${param}="${ref}" (by id, name or alias).`, { param, value: ref })
  const candidates = rows.slice(0, MAX_CANDIDATES).map((r) => ({ id: r.id as string, name: r.name as string }))
  const count = rows.length > MAX_CANDIDATES ? `more than ${MAX_CANDIDATES}` : String(candidates.length)
  throw new HttpError(400, `${param}="${ref}" is ambiguous: it names ${count} actors; use an id.`, {
    'invalid-params': [{ name: param, in: 'query', reason: 'ambiguous: matches several actors' }],
    candidates,
  })
}

/**
 * Resolves both ends of a pair at once (one round trip of latency instead of two). When both fail,
 * the error names the first, as resolving them one after the other would.
 */
export async function resolvePair(
  graph: Graph,
  from: [ref: string, param: string],
  to: [ref: string, param: string],
  knownAt?: string,
): Promise<[string, string]> {
  const [a, b] = await Promise.allSettled([resolveActor(graph, ...from, knownAt), resolveActor(graph, ...to, knownAt)])
  if (a.status === 'rejected') throw a.reason
  if (b.status === 'rejected') throw b.reason
  return [a.value, b.value]
}
