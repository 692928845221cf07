// Neo4j stopped during a put: the put answers 503 problem+json, and once Neo4j is back on the same
// data nothing of it is stored (its one transaction never committed). An embedded Neo4j of this
// file's own, as in faults.test.ts, so the suite's keeps running.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { startLocalNeo4j, type LocalNeo4j } from '../src/local-neo4j.js'
import { SEED_DIR, seedFiles } from '../src/write/seed-files.js'
import { bigSource } from './helpers/big-source.js'
import { QUICK_JVM, testConfig } from './helpers/config.js'
import { freePort } from './helpers/free-port.js'
import { counts } from './helpers/graph.js'
import { bearer, createTestKey } from './helpers/keys.js'

t.test('Neo4j stops during a large put: 503, and nothing of it is stored', async (t) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'entente-write-outage-'))
  const port = await freePort()
  let db: LocalNeo4j = await startLocalNeo4j({ port, home, heapMb: 512, jvmArgs: QUICK_JVM })
  t.teardown(async () => {
    await db.stop()
    rmSync(home, { recursive: true, force: true })
  })
  const app = await buildApp(testConfig({ NEO4J_URI: db.uri, NEO4J_QUERY_TIMEOUT_MS: 60_000 }))
  t.teardown(() => app.close())
  await seedFiles(app.graph, [path.join(SEED_DIR, 'tekedia-putin-kim-pyongyang.json')])
  const writer = bearer((await createTestKey(app.graph, 'write')).key)
  const before = await counts(app)
  const put = app.inject({
    method: 'PUT',
    url: '/sources/big-ledger',
    payload: bigSource(),
    headers: { 'content-type': 'application/json', ...writer },
  })
  // Test-only Cypher: wait until Neo4j runs the put's transaction.
  const started = Date.now()
  for (;;) {
    const session = app.graph.driver.session({ database: app.graph.database })
    const res = await session.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery').finally(() => session.close())
    const queries = res.records.map((r) => String(r.get('currentQuery')))
    if (queries.some((q) => /Claim|RELATION|Actor/.test(q) && !q.includes('SHOW TRANSACTIONS'))) break
    if (Date.now() - started > 120_000) throw new Error('the put never showed as a running transaction')
    await new Promise((r) => setTimeout(r, 20))
  }
  await db.stop()
  const refused = await put
  t.equal(refused.statusCode, 503)
  t.match(refused.headers['content-type'], /^application\/problem\+json/)
  t.match(refused.json(), { status: 503, title: 'Service Unavailable' })
  db = await startLocalNeo4j({ port, home, heapMb: 512, jvmArgs: QUICK_JVM })
  let after: Awaited<ReturnType<typeof counts>> | null = null
  for (let i = 0; i < 100 && after === null; i++) {
    after = await counts(app).catch(() => null)
    if (after === null) await new Promise((r) => setTimeout(r, 200))
  }
  t.same(after, before, 'the graph is the one before the put')
  t.equal((await app.inject('/sources/big-ledger')).statusCode, 404)
})
