// API keys on requests, against the real Neo4j: a route that needs `write` and one that needs `admin`
// (test-only routes on an app from buildApp: the real write routes are built elsewhere), every refusal
// (401 with its challenge, 403 with the scope), revocation taking effect on the next request, the
// constant-time comparison, AUTH_READS=key, the request budget per key, the contract, and no key ever
// in a log line or an error body.
import crypto from 'node:crypto'
import { syncBuiltinESMExports } from 'node:module'
import t from 'tap'
import { z } from 'zod'
import { allows, generateKey, hashKey, isScope, keyId, matchesHash, SCOPES } from '../src/auth/keys.js'
import { createKey, listKeys, nameProblem, revokeKey, verifyKey } from '../src/auth/store.js'
import { type App, buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import type { AppConfig } from '../src/app.js'
import { testConfig } from './helpers/config.js'
import { seedArticle, testApp, wipe } from './helpers/graph.js'
import { bearer, createTestKey, revokeTestKey } from './helpers/keys.js'

const setup = await testApp()
await wipe(setup)
await seedArticle(setup)
await setup.close()

const PROBLEM = /^application\/problem\+json/
const CHALLENGE = 'Bearer realm="entente"'
const INVALID = 'Bearer realm="entente", error="invalid_token"'

/** An app of the real factory with two test-only routes: PUT /test/write (scope write) and GET /test/admin (admin). */
async function authApp(overrides: Partial<AppConfig> = {}, fastifyOptions = {}): Promise<App> {
  const app = await buildApp(testConfig(overrides), fastifyOptions)
  const Who = z.object({ id: z.string(), name: z.string(), scope: z.string() })
  app.put('/test/write', { config: { auth: 'write' }, schema: { response: { 200: Who } } }, async (request) => request.apiKey ?? undefined)
  app.get('/test/admin', { config: { auth: 'admin' }, schema: { response: { 200: Who } } }, async (request) => request.apiKey ?? undefined)
  return app
}

const app = await authApp()
t.teardown(() => app.close())
const keys = {
  read: await createTestKey(app.graph, 'read'),
  write: await createTestKey(app.graph, 'write', 'the write team'),
  admin: await createTestKey(app.graph, 'admin'),
}

t.test('keys as values: format, hash, constant-time match, scopes, names', async (t) => {
  const made = generateKey()
  t.match(made.key, /^ent_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/, 'ent_<16 hex id>_<32 random bytes, base64url>')
  t.equal(keyId(made.key), made.id)
  t.not(generateKey().key, made.key, 'random')
  t.equal(made.hash, crypto.createHash('sha256').update(made.key).digest('hex'), 'the SHA-256 of the whole key, hex')
  t.equal(hashKey(made.key), made.hash)
  t.ok(matchesHash(made.key, made.hash))
  t.notOk(matchesHash(`${made.key.slice(0, -1)}A` === made.key ? `${made.key.slice(0, -1)}B` : `${made.key.slice(0, -1)}A`, made.hash))
  t.notOk(matchesHash(made.key, 'abcd'), 'a stored hash of the wrong length matches nothing')
  for (const bad of ['', 'ent_', `${made.key}x`, made.key.replace('ent_', 'ENT_'), `ent_${'g'.repeat(16)}_${'a'.repeat(43)}`]) {
    t.equal(keyId(bad), null, `not a key: ${JSON.stringify(bad.slice(0, 24))}`)
  }
  // read < write < admin, each including the ones before it
  const expected: Record<string, boolean> = {
    'read/read': true,
    'read/write': false,
    'read/admin': false,
    'write/read': true,
    'write/write': true,
    'write/admin': false,
    'admin/read': true,
    'admin/write': true,
    'admin/admin': true,
  }
  for (const held of SCOPES)
    for (const needed of SCOPES) t.equal(allows(held, needed), expected[`${held}/${needed}`], `${held} on ${needed}`)
  t.ok(isScope('admin'))
  t.notOk(isScope('root'))
  t.equal(nameProblem('ci'), null)
  t.equal(nameProblem('  '), 'the name is empty')
  t.equal(nameProblem('x'.repeat(101)), 'the name is longer than 100 characters')
  t.equal(nameProblem('a\nb'), 'the name holds a control character')
  await t.rejects(createKey(app.graph, '', 'read'), /the name is empty/)
})

t.test('the store keeps only a hash, lists without it, revokes once', async (t) => {
  const made = await createKey(app.graph, 'stored', 'write')
  t.match(made, { name: 'stored', scope: 'write', createdAt: /^\d{4}-\d\d-\d\dT/ })
  const session = app.graph.driver.session({ database: app.graph.database })
  const node = (await session.run('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p', { id: made.id })).records[0].get('p')
  await session.close()
  t.same(Object.keys(node).sort(), ['createdAt', 'hash', 'id', 'name', 'scope'], 'no key, no secret; revokedAt only once revoked')
  t.equal(node.hash, hashKey(made.key))
  t.notMatch(JSON.stringify(node), made.key.slice(21), 'the secret is nowhere in the node')
  const listed = (await listKeys(app.graph)).find((k) => k.id === made.id)
  t.same(listed, { id: made.id, name: 'stored', scope: 'write', createdAt: made.createdAt, revokedAt: null })
  t.same(await verifyKey(app.graph, made.key), { id: made.id, name: 'stored', scope: 'write' })
  t.equal(await verifyKey(app.graph, generateKey().key), null, 'unknown id')
  t.equal(await verifyKey(app.graph, `ent_${made.id}_${generateKey().key.slice(21)}`), null, 'known id, wrong secret')
  const revoked = await revokeKey(app.graph, made.id)
  t.match(revoked, { status: 'revoked', key: { id: made.id, name: 'stored', revokedAt: /^\d{4}-/ } })
  t.equal(await verifyKey(app.graph, made.key), null, 'revoked')
  t.match(await revokeKey(app.graph, made.id), { status: 'already-revoked' })
  t.same(await revokeKey(app.graph, '0000000000000000'), { status: 'unknown' })
  await t.rejects(revokeTestKey(app.graph, '0000000000000000'), /no key 0000000000000000/)
})

t.test('a route that needs write: 401 without a key or with a bad one, 403 with read, 200 with write or admin', async (t) => {
  const put = (headers: Record<string, string> = {}) => app.inject({ method: 'PUT', url: '/test/write', headers })
  const none = await put()
  t.equal(none.statusCode, 401)
  t.equal(none.headers['www-authenticate'], CHALLENGE, 'a bare challenge: no key was sent')
  t.match(none.headers['content-type'], PROBLEM)
  t.match(none.json(), {
    type: 'https://entente.dev/problems/unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail: 'This needs an API key with scope write: send Authorization: Bearer <key> (npm run keys -- create).',
  })
  for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer not-a-key', keys.write.key, `Token ${keys.write.key}`]) {
    const res = await put({ authorization: header })
    t.equal(res.statusCode, 401, `malformed: ${header.slice(0, 12)}`)
    t.equal(res.headers['www-authenticate'], INVALID)
    t.match(res.json().detail, /holds no valid API key/)
  }
  const unknown = await put(bearer(generateKey().key))
  t.equal(unknown.statusCode, 401, 'a well-formed key that was never made')
  t.equal(unknown.headers['www-authenticate'], INVALID)

  const read = await put(bearer(keys.read.key))
  t.equal(read.statusCode, 403)
  t.equal(read.headers['www-authenticate'], 'Bearer realm="entente", error="insufficient_scope", scope="write"')
  t.match(read.headers['content-type'], PROBLEM)
  t.match(read.json(), {
    type: 'https://entente.dev/problems/forbidden',
    title: 'Forbidden',
    status: 403,
    detail: /scope write; the key sent has scope read/,
  })

  const write = await put(bearer(keys.write.key))
  t.equal(write.statusCode, 200)
  t.same(write.json(), { id: keys.write.id, name: 'the write team', scope: 'write' }, 'request.apiKey: id, name, scope')
  t.equal((await put({ authorization: `bearer ${keys.write.key}` })).statusCode, 200, 'the scheme is case-insensitive')
  t.equal((await put(bearer(keys.admin.key))).statusCode, 200, 'admin includes write')
})

t.test('a route that needs admin: write is not enough, admin is', async (t) => {
  const get = (headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: '/test/admin', headers })
  t.equal((await get()).statusCode, 401)
  const write = await get(bearer(keys.write.key))
  t.equal(write.statusCode, 403)
  t.equal(write.headers['www-authenticate'], 'Bearer realm="entente", error="insufficient_scope", scope="admin"')
  t.equal((await get(bearer(keys.read.key))).statusCode, 403)
  const admin = await get(bearer(keys.admin.key))
  t.equal(admin.statusCode, 200)
  t.equal(admin.json().scope, 'admin')
})

t.test('a revoked key is refused by the very next request', async (t) => {
  const k = await createTestKey(app.graph, 'admin', 'soon revoked')
  const get = () => app.inject({ method: 'GET', url: '/test/admin', headers: bearer(k.key) })
  t.equal((await get()).statusCode, 200)
  await revokeTestKey(app.graph, k.id)
  const after = await get()
  t.equal(after.statusCode, 401)
  t.equal(after.headers['www-authenticate'], INVALID)
  t.equal((await app.inject({ url: '/actors/prk', headers: bearer(k.key) })).statusCode, 401, 'on an open read too')
})

t.test('the stored hash is compared with crypto.timingSafeEqual', async (t) => {
  const original = crypto.timingSafeEqual
  const calls: number[] = []
  crypto.timingSafeEqual = (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
    calls.push(a.byteLength)
    return original(a, b)
  }
  syncBuiltinESMExports()
  t.teardown(() => {
    crypto.timingSafeEqual = original
    syncBuiltinESMExports()
  })
  t.equal((await app.inject({ method: 'PUT', url: '/test/write', headers: bearer(keys.write.key) })).statusCode, 200)
  t.same(calls, [32], 'once, on two 32-byte digests')
  const wrongSecret = `ent_${keys.write.id}_${generateKey().key.slice(21)}`
  t.equal((await app.inject({ method: 'PUT', url: '/test/write', headers: bearer(wrongSecret) })).statusCode, 401)
  t.same(calls, [32, 32], 'a wrong secret for a known id goes through the same comparison')
})

t.test('open reads (AUTH_READS=open): no key is fine, a live key is taken, a wrong key is 401', async (t) => {
  t.equal(loadConfig({}).AUTH_READS, 'open', 'the default')
  const url = '/relations?from=Pyongyang&to=Beijing'
  t.equal((await app.inject({ url })).statusCode, 200)
  t.equal((await app.inject({ url, headers: bearer(keys.read.key) })).statusCode, 200)
  const wrong = await app.inject({ url, headers: bearer(generateKey().key) })
  t.equal(wrong.statusCode, 401, 'a client that sends a wrong key learns it')
  t.equal(wrong.headers['www-authenticate'], INVALID)
  const probe = await app.inject({ url: '/health', headers: bearer('whatever') })
  t.equal(probe.statusCode, 200, 'a probe does not read the header')
})

t.test('AUTH_READS=key: reads need a read key; probes, the contract, the docs and the explorer do not', async (t) => {
  t.equal(loadConfig({ AUTH_READS: 'key' }).AUTH_READS, 'key')
  t.throws(() => loadConfig({ AUTH_READS: 'closed' }), {
    message: 'Invalid AUTH_READS="closed": expected open (reads need no key) or key (reads need an API key of scope read)',
  })
  const closed = await authApp({ AUTH_READS: 'key' })
  t.teardown(() => closed.close())
  const url = '/relations?from=Pyongyang&to=Beijing'
  const none = await closed.inject({ url })
  t.equal(none.statusCode, 401)
  t.equal(none.headers['www-authenticate'], CHALLENGE)
  t.match(none.json().detail, /needs an API key with scope read/)
  const read = await closed.inject({ url, headers: bearer(keys.read.key) })
  t.equal(read.statusCode, 200)
  t.match(read.json().items[0], { from: 'prk', to: 'chn' })
  t.equal((await closed.inject({ url: '/actors/prk', headers: bearer(keys.write.key) })).statusCode, 200, 'write includes read')
  t.equal((await closed.inject({ method: 'PUT', url: '/test/write', headers: bearer(keys.read.key) })).statusCode, 403)
  for (const open of ['/health', '/ready', '/openapi.json', '/openapi.yaml', '/docs/', '/docs/json']) {
    t.equal((await closed.inject({ url: open })).statusCode, 200, `${open} without a key`)
  }
  // The explorer's page is open: it answers 200 when built, 503 when not, never 401.
  t.not((await closed.inject({ url: '/' })).statusCode, 401, 'the explorer page')
  t.not((await closed.inject({ url: '/explorer/app.js' })).statusCode, 401, 'its script')
  const preflight = await closed.inject({
    method: 'OPTIONS',
    url: '/test/write',
    headers: { origin: 'https://dash.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' },
  })
  t.equal(preflight.statusCode, 204, 'a CORS preflight carries no key and needs none')
  t.match(preflight.headers['access-control-allow-methods'], /PUT/)
  t.match(preflight.headers['access-control-allow-methods'], /DELETE/)
  t.match(preflight.headers['access-control-allow-headers'], /authorization/)
  // An OPTIONS that is no full preflight (no Origin), even with a wrong key, is answered like one: no key read, none needed.
  const bare = await closed.inject({ method: 'OPTIONS', url, headers: bearer(generateKey().key) })
  t.equal(bare.statusCode, 204, 'a bare OPTIONS with a wrong key: 204, not 401')
  t.equal(bare.headers['www-authenticate'], undefined)
  const cross = await closed.inject({ url, headers: { origin: 'https://dash.example' } })
  t.equal(cross.statusCode, 401)
  t.equal(cross.headers['access-control-allow-origin'], '*', 'a page on another origin can read the refusal')
  t.match(cross.headers['access-control-expose-headers'], /www-authenticate/, 'and its challenge')
})

t.test('the request budget counts per key: two keys from one address have budgets of their own', async (t) => {
  const limited = await authApp({ RATE_LIMIT_MAX: 2, RATE_LIMIT_WINDOW_MS: 60_000 })
  t.teardown(() => limited.close())
  const a = await createTestKey(limited.graph, 'read', 'budget a')
  const b = await createTestKey(limited.graph, 'read', 'budget b')
  const get = (headers: Record<string, string> = {}) => limited.inject({ url: '/actors/prk', headers })
  t.same([(await get(bearer(a.key))).statusCode, (await get(bearer(a.key))).statusCode], [200, 200])
  const over = await get(bearer(a.key))
  t.equal(over.statusCode, 429, 'key a spent its budget')
  t.match(over.json().detail, /^More than 2 requests in 60 s with this key; retry in \d+ s\.$/)
  t.same([(await get(bearer(b.key))).statusCode, (await get(bearer(b.key))).statusCode], [200, 200], 'key b has its own')
  t.equal((await get(bearer(b.key))).statusCode, 429)
  // Without a key the address has its budget; a wrong key spends it too, and cannot buy a fresh one.
  t.equal((await get()).statusCode, 200, 'the address has its own budget')
  t.equal((await get(bearer(generateKey().key))).statusCode, 401, 'a wrong key is refused and counted against the address')
  const spent = await get(bearer(generateKey().key))
  t.equal(spent.statusCode, 429, 'another wrong key: the same address budget, now spent')
  t.match(spent.json().detail, /from this address/)
  t.equal((await get()).statusCode, 429)
})

t.test('the contract: the bearer scheme, and on each operation that needs a key its scope, 401 and 403', async (t) => {
  const doc = app.swagger() as unknown as {
    components: { securitySchemes: Record<string, unknown> }
    security: unknown[]
    paths: Record<string, Record<string, { security?: unknown; 'x-required-scope'?: string; description?: string; responses: object }>>
  }
  t.same(doc.components.securitySchemes.bearerAuth, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'ent_<id>_<secret>',
    description:
      doc.components.securitySchemes.bearerAuth && (doc.components.securitySchemes.bearerAuth as { description: string }).description,
  })
  t.same(doc.security, [], 'reads are open by default')
  const put = doc.paths['/test/write'].put
  t.same(put.security, [{ bearerAuth: [] }])
  t.equal(put['x-required-scope'], 'write')
  t.match(put.description, /Needs an API key with scope `write`/)
  t.hasOwnProps(put.responses, ['401', '403'])
  t.equal(doc.paths['/test/admin'].get['x-required-scope'], 'admin')
  const paths = doc.paths['/paths'].get
  t.equal(paths.security, undefined, 'an open read names no scheme')
  t.notOk('401' in paths.responses, 'and documents no 401')

  const closed = await authApp({ AUTH_READS: 'key' })
  t.teardown(() => closed.close())
  await closed.ready()
  const closedDoc = closed.swagger() as unknown as typeof doc
  t.same(closedDoc.paths['/paths'].get.security, [{ bearerAuth: [] }], 'AUTH_READS=key: reads name the scheme')
  t.equal(closedDoc.paths['/paths'].get['x-required-scope'], 'read')
  t.equal(closedDoc.paths['/paths'].get.description?.match(/Needs an API key/g)?.length, 1, 'said once, though HEAD shares the schema')
  t.equal(closedDoc.paths['/health'].get.security, undefined, 'the probes do not')
})

t.test('a key never reaches a log line, at any level, nor an error body', async (t) => {
  const lines: string[] = []
  const logged = await authApp({ LOG_LEVEL: 'trace' }, { logger: { stream: { write: (line: string) => lines.push(line) } } })
  t.teardown(() => logged.close())
  const live = await createTestKey(logged.graph, 'admin', 'logged')
  const revoked = await createTestKey(logged.graph, 'admin', 'logged, revoked')
  await revokeTestKey(logged.graph, revoked.id)
  const wrongSecret = `ent_${live.id}_${generateKey().key.slice(21)}`
  const secrets = [live.key, revoked.key, wrongSecret]
  const bodies: string[] = []
  const start = lines.length
  for (const key of secrets) {
    for (const [method, url] of [
      ['PUT', '/test/write'],
      ['GET', '/test/admin'],
      ['GET', '/relations?from=prk&to=chn'],
      ['GET', '/nowhere'],
      ['GET', '/health'],
    ] as const) {
      for (const authorization of [`Bearer ${key}`, key]) {
        const res = await logged.inject({ method, url, headers: { authorization } })
        bodies.push(res.body, JSON.stringify(res.headers))
      }
    }
  }
  const log = lines.slice(start).join('')
  t.ok(lines.length - start > 60, `${lines.length - start} lines logged at level trace`)
  t.match(log, /"level":20/, 'debug lines among them')
  for (const key of secrets) {
    const secret = key.slice(21)
    t.notMatch(log, secret, 'no secret part in any log line')
    t.notMatch(bodies.join('\n'), secret, 'nor in any body or header of an answer')
  }
  t.match(log, /"msg":"unauthorized: invalid authorization header"/, 'refusals are logged (debug), without the key')
})

t.test('a key lookup that Neo4j cannot answer is a 503, not a 401', async (t) => {
  // A database this Neo4j does not have: the driver connects, every read fails (DatabaseNotFound).
  const broken = await authApp({ NEO4J_DATABASE: 'nosuchdatabase' })
  t.teardown(() => broken.close())
  const res = await broken.inject({ method: 'PUT', url: '/test/write', headers: bearer(keys.write.key) })
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], PROBLEM)
  t.equal(res.headers['www-authenticate'], undefined)
})
