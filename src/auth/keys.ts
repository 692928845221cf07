// API keys as values, free of HTTP and Neo4j: how a key is made, read back, hashed and compared, and
// what a scope allows. A key is `ent_<id>_<secret>`: the id (16 hex digits) names the stored key and
// may be shown (lists, the audit trail, logs); the secret (32 random bytes, base64url) is shown once,
// when the key is made, and never stored: only the SHA-256 of the whole key is.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { KeyScope } from '../lib/route-policy.js'

export const SCOPES = ['read', 'write', 'admin'] as const satisfies readonly KeyScope[]

/** Whether a key of scope `held` may do what needs `needed`: each scope includes the ones before it. */
export const allows = (held: KeyScope, needed: KeyScope) => SCOPES.indexOf(held) >= SCOPES.indexOf(needed)

export const isScope = (value: string): value is KeyScope => (SCOPES as readonly string[]).includes(value)

const KEY = /^ent_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/

export interface NewKey {
  id: string
  /** The whole key, `ent_<id>_<secret>`: shown once, never stored. */
  key: string
  /** SHA-256 of the key, hex: what is stored. */
  hash: string
}

/** A fresh key: 64 random bits of id, 256 random bits of secret. */
export function generateKey(): NewKey {
  const id = randomBytes(8).toString('hex')
  const key = `ent_${id}_${randomBytes(32).toString('base64url')}`
  return { id, key, hash: hashKey(key) }
}

/** The id of a well-formed key, or null: anything else is no key of ours, and costs no lookup. */
export function keyId(key: string): string | null {
  return KEY.exec(key)?.[1] ?? null
}

/**
 * SHA-256 of the key, hex. A fast hash is enough here, unlike for passwords: a key carries 256 random
 * bits, so no dictionary or brute force can find a key from its hash, and a slow hash (bcrypt, scrypt)
 * would only add its cost to every request that sends a key.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

/**
 * Whether `key` hashes to `storedHash`, compared in constant time: how long the comparison takes says
 * nothing of how many leading bytes matched. Both sides are SHA-256 digests, so always 32 bytes long.
 */
export function matchesHash(key: string, storedHash: string): boolean {
  const stored = Buffer.from(storedHash, 'hex')
  const given = createHash('sha256').update(key).digest()
  return stored.length === given.length && timingSafeEqual(stored, given)
}
