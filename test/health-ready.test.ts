import t from 'tap'
import { buildApp } from '../src/app.js'
import { seedFiles } from '../src/write/seed-files.js'
import { testConfig } from './helpers/config.js'
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

t.test('GET /ready is 503 while the warm-up plans the path statements, and 200 once it is over', async (t) => {
  const fresh = await testApp()
  t.teardown(() => fresh.close())
  t.equal(fresh.isWarm(), true, 'an app nobody warms up (a test, a tool) is warm')
  const warming = fresh.warmUp()
  t.equal(fresh.warmUp(), warming, 'one warm-up, however often it is asked for')
  t.equal(fresh.isWarm(), false)
  // Asked before the warm-up is over (it takes six round trips to Neo4j; this answer takes none).
  const during = await fresh.inject('/ready')
  t.equal(during.statusCode, 503)
  t.equal(during.headers['retry-after'], '1')
  t.match(during.json(), { status: 503, detail: 'Warming up: Neo4j is planning the path statements.' })
  const outcomes = await warming
  t.same(
    outcomes.map((o) => o.status),
    Array(6).fill('fulfilled'),
    'each of the six path statements planned',
  )
  const after = await fresh.inject('/ready')
  t.equal(after.statusCode, 200)
  t.same(after.json(), { status: 'ready', sources: 1, graphVersion: 1 })
})

t.test('a pool exhausted by transactions held open: 503 with Retry-After after a second, not 5 s of waiting', async (t) => {
  const small = await buildApp(testConfig({ NEO4J_POOL_SIZE: 2 }))
  t.teardown(() => small.close())
  // Two transactions, each with a statement run and not yet committed, hold both of the pool's connections.
  const held = await Promise.all(
    [0, 1].map(async () => {
      const session = small.graph.driver.session({ database: small.graph.database })
      const tx = await session.beginTransaction()
      await tx.run('RETURN 1')
      return { session, tx }
    }),
  )
  const started = Date.now()
  const busy = await small.inject('/influence/ranking?limit=1')
  const waited = Date.now() - started
  t.equal(busy.statusCode, 503)
  t.equal(busy.headers['retry-after'], '1')
  t.match(busy.json(), { status: 503, detail: 'The graph database is busy; retry shortly.' })
  // Not a timing target (the benchmark measures speed): only that it did not wait the old 5 s.
  t.ok(waited < 4000, `answered after ${waited} ms, well under the 5 s the driver used to wait`)
  for (const { session, tx } of held) {
    await tx.rollback()
    await session.close()
  }
  t.equal((await small.inject('/influence/ranking?limit=1')).statusCode, 200, 'served again once a connection is free')
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
