import t from 'tap'
import { seedFiles } from '../src/write/seed-files.js'
import { FIXTURES, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)

t.test('GET /health answers while the graph is empty', async (t) => {
  const res = await app.inject('/health')
  t.equal(res.statusCode, 200)
  t.same(res.json(), { status: 'ok' })
  t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/)
})

t.test('GET /ready is 503 problem+json before the graph is seeded', async (t) => {
  const res = await app.inject('/ready')
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.equal(res.headers['retry-after'], '5')
  const body = res.json()
  t.match(body, {
    type: 'https://entente.dev/problems/unavailable',
    title: 'Service Unavailable',
    status: 503,
    detail: 'The graph is not seeded yet.',
  })
  t.equal(body.instance, `urn:uuid:${res.headers['x-request-id']}`)
})

t.test('GET /ready is 200 once a source is seeded', async (t) => {
  await seedFiles(app.graph, [`${FIXTURES}/second-source/border-trade-note.json`])
  const res = await app.inject('/ready')
  t.equal(res.statusCode, 200)
  t.same(res.json(), { status: 'ready', sources: 1, graphVersion: 1 })
})

t.test('a caller-supplied X-Request-Id is kept; a malformed one is replaced', async (t) => {
  const kept = await app.inject({ url: '/health', headers: { 'x-request-id': 'dashboard-req-0001' } })
  t.equal(kept.headers['x-request-id'], 'dashboard-req-0001')
  const replaced = await app.inject({ url: '/health', headers: { 'x-request-id': 'bad id with spaces' } })
  t.not(replaced.headers['x-request-id'], 'bad id with spaces')
})

t.test('an unknown route is a 404 problem naming the route', async (t) => {
  const res = await app.inject('/nowhere?x=1')
  t.equal(res.statusCode, 404)
  t.match(res.json(), { status: 404, detail: 'No route GET /nowhere', type: 'https://entente.dev/problems/no-route' })
})
