// Turns what a user typed (an id, a name or an alias, any case: "Pyongyang") into one actor id.
// Unknown → 404 naming it; more than one match → 400 listing the candidates.
import type { Graph } from '../db/graph.js'
import { HttpError, notFound } from '../lib/http-errors.js'

export async function resolveActor(graph: Graph, ref: string, param: string): Promise<string> {
  const rows = await graph.read('actor-resolve', { key: ref.trim().toLowerCase() })
  if (rows.length === 1) return rows[0].id as string
  if (rows.length === 0) throw notFound(`No actor matches ${param}="${ref}" (by id, name or alias).`, { param, value: ref })
  const candidates = rows.map((r) => ({ id: r.id as string, name: r.name as string }))
  throw new HttpError(400, 'Bad Request', `${param}="${ref}" is ambiguous: it names ${candidates.length} actors; use an id.`, {
    'invalid-params': [{ name: param, in: 'query', reason: 'ambiguous: matches several actors' }],
    candidates,
  })
}
