// The contract from the consumer's side: the typed client generated from openapi.yaml, over real HTTP
// against a listening server. The generated types must also match the committed contract.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { createClient } from '../client/entente-client.js'
import { ROOT } from '../src/local-neo4j.js'
import { articleGraph, testApp } from './helpers/graph.js'

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
