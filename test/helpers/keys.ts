// API keys for tests, made and revoked through the auth room (src/auth/store.ts) in the suite's real
// Neo4j: `const { key } = await createTestKey(app.graph, 'write')`, then `authorization: \`Bearer ${key}\``.
import { createKey, revokeKey } from '../../src/auth/store.js'
import type { Graph } from '../../src/db/graph.js'
import type { KeyScope } from '../../src/lib/route-policy.js'

/** A live key of this scope: its id (what the audit trail and request.apiKey name) and the key itself. */
export async function createTestKey(graph: Graph, scope: KeyScope, name = `test ${scope} key`): Promise<{ id: string; key: string }> {
  const made = await createKey(graph, name, scope)
  return { id: made.id, key: made.key }
}

/** Revokes the key with this id: from the next request on it gets 401. */
export async function revokeTestKey(graph: Graph, id: string): Promise<void> {
  const outcome = await revokeKey(graph, id)
  if (outcome.status === 'unknown') throw new Error(`no key ${id}`)
}

/** The Authorization header of a key. */
export const bearer = (key: string) => ({ authorization: `Bearer ${key}` })
