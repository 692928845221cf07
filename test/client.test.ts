// The contract from the consumer's side: the typed client generated from openapi.yaml, over real HTTP
// against a listening server. The generated types must also match the committed contract.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { createClient } from '../client/entente-client.js'
import { ROOT } from '../src/local-neo4j.js'
import { articleGraph, testApp } from './helpers/graph.js'
import { createTestKey } from './helpers/keys.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)
await app.listen({ port: 0, host: '127.0.0.1' })
const client = createClient({ baseUrl: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` })

t.test('client/openapi.d.ts is what openapi-typescript generates from openapi.yaml', async (t) => {
  const generated = execFileSync(path.join(ROOT, 'node_modules/.bin/openapi-typescript'), ['openapi.yaml'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  t.equal(generated, readFileSync(path.join(ROOT, 'client/openapi.d.ts'), 'utf8'))
})

t.test('paths from North Korea to Ukraine, typed end to end', async (t) => {
  const res = await client.get('/paths', { query: { from: 'Pyongyang', to: 'Ukraine', maxHops: 3, types: ['supplies', 'invades'] } })
  t.equal(res.ok, true)
  if (!res.ok) return
  t.equal(res.data.from, 'prk')
  const hop = res.data.paths[0].relations[0]
  t.equal(hop.type, 'supplies')
  t.ok(hop.claims[0].quote.length > 0)
  t.match(res.etag, /^"g\d+-/)
})

t.test('path parameters, ETag revalidation and problems', async (t) => {
  const actor = await client.get('/actors/{id}', { path: { id: 'chn' } })
  t.equal(actor.ok && actor.data.name, 'China')
  const again = await client.get('/actors/{id}', { path: { id: 'chn' }, ifNoneMatch: actor.ok ? (actor.etag as string) : '' })
  t.same({ ok: again.ok, status: again.status }, { ok: false, status: 304 })
  t.equal(!again.ok && again.problem, null, 'a 304 has no problem body')
  const missing = await client.get('/influence', { query: { from: 'Beijing', to: 'Atlantis' } })
  t.equal(missing.ok, false)
  t.match(!missing.ok && missing.problem, { status: 404, param: 'to' })
  const ranking = await client.get('/influence/ranking', { query: { kind: 'state', limit: 2, cursor: undefined } })
  t.equal(ranking.ok && ranking.data.items.length, 2)
})

t.test('the write calls: put a source, put it again, a stale If-Match, retract it', async (t) => {
  const text = 'Mongolia relies heavily on Russia for its oil, officials said.'
  const document = {
    format: 'entente-seed/1' as const,
    source: { id: 'client-fuel', title: 'Fuel', publisher: 'Wire', reportsOn: { event: 'oil' }, language: 'en', text },
    weights: {},
    deals: [],
    actors: [{ id: 'mng', name: 'Mongolia', kind: 'state' as const, aliases: [], roles: [] }],
    claims: [
      {
        id: 'client-mng-oil',
        statement: 'Mongolia relies heavily on Russia for its oil.',
        quote: 'Mongolia relies heavily on Russia for its oil',
        assertedBy: 'reports',
        hedge: 'asserted' as const,
        about: ['mng', 'rus'],
        contrastsWith: [],
      },
    ],
    relations: [
      {
        id: 'client-mng-depends-on-rus-oil',
        type: 'depends-on' as const,
        from: 'mng',
        to: 'rus',
        claims: ['client-mng-oil'],
        dependency: { kind: 'oil' as const, level: 'high' as const },
        basis: 'stated' as const,
      },
    ],
  }
  const keyed = createClient({
    baseUrl: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`,
    apiKey: (await createTestKey(app.graph, 'write')).key,
  })
  const created = await keyed.putSource('client-fuel', document, { ifNoneMatch: '*' })
  t.match(created, { ok: true, status: 201, etag: '"v1"', data: { outcome: 'created', relationsAdded: ['client-mng-depends-on-rus-oil'] } })
  t.match(await keyed.putSource('client-fuel', document), { ok: true, status: 200, data: { outcome: 'unchanged', sourceVersion: 1 } })
  t.match(await keyed.deleteSource('client-fuel', { ifMatch: '"v0"' }), { ok: false, status: 412, problem: { status: 412 } })
  t.match(await keyed.deleteSource('client-fuel', { ifMatch: '"v1"' }), { ok: true, status: 200, data: { outcome: 'retracted' } })
  t.match(await keyed.deleteSource('client-fuel'), { ok: false, status: 404 })
})
