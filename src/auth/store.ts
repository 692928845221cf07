// The API keys in Neo4j, beside the graph: `(:ApiKey {id, name, scope, hash, createdAt, revokedAt})`.
// Made, listed, revoked (npm run keys) and checked (plugins/auth.ts) here and nowhere else. Nothing is
// cached: every request that sends a key reads its node, so a key revoked is refused by the next request
// (one lookup by the unique id, schema-api-key-id).
import type { Graph } from '../db/graph.js'
import type { ApiKeyIdentity, KeyScope } from '../lib/route-policy.js'
import { generateKey, keyId, matchesHash } from './keys.js'

/** A stored key as `npm run keys -- list` shows it: never its hash. */
export interface KeyRecord extends ApiKeyIdentity {
  createdAt: string
  revokedAt: string | null
}

export interface CreatedKey extends ApiKeyIdentity {
  /** The whole key: shown once, to whoever created it. Not stored, not recoverable. */
  key: string
  createdAt: string
}

/** The longest key name: a label for people, not a document. */
export const MAX_NAME_LENGTH = 100

/** Why a name is refused, or null when it is fine: 1-100 characters, no control characters. */
export function nameProblem(name: string): string | null {
  if (name.trim() === '') return 'the name is empty'
  if (name.length > MAX_NAME_LENGTH) return `the name is longer than ${MAX_NAME_LENGTH} characters`
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name holds a control character'
  return null
}

/** Makes and stores a key; the answer holds the key itself, which is never seen again. */
export async function createKey(graph: Graph, name: string, scope: KeyScope): Promise<CreatedKey> {
  const problem = nameProblem(name)
  if (problem !== null) throw new Error(problem)
  const made = generateKey()
  const [row] = await graph.write('api-key-create', { id: made.id, name, scope, hash: made.hash })
  const stored = row.key as Omit<CreatedKey, 'key'>
  return { ...stored, key: made.key }
}

export async function listKeys(graph: Graph): Promise<KeyRecord[]> {
  return (await graph.read('api-keys-list')).map((row) => row.key as KeyRecord)
}

export type RevokeOutcome =
  | { status: 'revoked' | 'already-revoked'; key: { id: string; name: string; revokedAt: string } }
  | { status: 'unknown' }

/** Revokes a key: from the next request on it is refused. Revoking it again changes nothing. */
export async function revokeKey(graph: Graph, id: string): Promise<RevokeOutcome> {
  const [row] = await graph.write('api-key-revoke', { id })
  if (!row) return { status: 'unknown' }
  return { status: row.alreadyRevoked ? 'already-revoked' : 'revoked', key: row.key as { id: string; name: string; revokedAt: string } }
}

/**
 * Who a key belongs to, or null for anything that is not a live key: malformed, unknown, revoked, or
 * a secret that does not match. The hashes are compared in constant time (keys.ts). A Neo4j failure
 * is thrown (the request gets 503), never taken for a refusal.
 */
export async function verifyKey(graph: Graph, key: string): Promise<ApiKeyIdentity | null> {
  const id = keyId(key)
  if (id === null) return null
  const [row] = await graph.read('api-key-by-id', { id })
  if (!row) return null
  const stored = row.key as ApiKeyIdentity & { hash: string; revoked: boolean }
  if (!matchesHash(key, stored.hash) || stored.revoked) return null
  return { id: stored.id, name: stored.name, scope: stored.scope }
}
