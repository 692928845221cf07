// The one place Neo4j values become JSON, and the one place Neo4j errors become HTTP errors: checked
// on values and errors the real database returns, provoked for real (a syntax error, a type error, a
// constraint violation, a transaction timeout, a deadlock, a database that does not exist, a server
// that is not there). The two codes one embedded community server cannot be made to send are built
// by hand in a test of their own, which says so.
import neo4j, { Neo4jError } from 'neo4j-driver'
import t from 'tap'
import { mapNeo4jError } from '../src/db/neo4j-errors.js'
import { toJson } from '../src/db/to-json.js'
import { Graph } from '../src/db/graph.js'
import { HttpError } from '../src/lib/http-errors.js'
import { ensureSchema } from '../src/write/seed-files.js'
import { testConfig } from './helpers/config.js'
import { counts, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)
await ensureSchema(app.graph)

const session = () => app.graph.driver.session({ database: app.graph.database })

/** Test-only Cypher: runs one statement and returns the first record, or rejects with Neo4j's error. */
async function returned(cypher: string, params: Record<string, unknown> = {}, timeout?: number) {
  const s = session()
  try {
    return (await s.run(cypher, params, timeout ? { timeout } : {})).records[0]?.toObject()
  } finally {
    await s.close()
  }
}

const UNAVAILABLE = 'The graph database is unavailable; retry shortly.'
const TIMED_OUT = 'The query took longer than the time allowed; narrow it (fewer hops, a smaller k) or retry.'
const BUSY = 'The graph database is busy; retry shortly.'

t.test('integers, temporals, lists and maps from Neo4j become plain JSON', async (t) => {
  const row = await returned(
    "RETURN 42 AS n, [1, 2] AS list, {a: 1, b: 'x'} AS map, date('2024-06-19') AS d, " +
      "datetime('2024-06-19T03:00:00Z') AS dt, localdatetime('2024-06-19T03:00') AS ldt, localtime('03:00') AS lt, " +
      "time('03:00Z') AS tm, null AS nothing, 1.5 AS f, true AS b",
  )
  t.same(toJson(row), {
    n: 42,
    list: [1, 2],
    map: { a: 1, b: 'x' },
    d: '2024-06-19',
    dt: '2024-06-19T03:00:00Z',
    ldt: '2024-06-19T03:00:00',
    lt: '03:00:00',
    tm: '03:00:00Z',
    nothing: null,
    f: 1.5,
    b: true,
  })
  t.equal(toJson(undefined), null)
})

t.test('nodes and relationships Neo4j returns become their properties, a path a map of its fields', async (t) => {
  // Created and returned inside a transaction that is rolled back: real elements, nothing kept.
  const s = session()
  const tx = s.beginTransaction()
  const res = await tx.run(
    "CREATE p = (a:Probe {id: 'a', n: 3, tags: ['x', 'y']})-[r:LINKS {since: date('2024-06-19'), w: 2, share: 0.5}]->(b:Probe {id: 'b'}) " +
      'RETURN a, r, b, [r] AS rels, p',
  )
  await tx.rollback()
  await s.close()
  const row = res.records[0].toObject()
  t.ok(neo4j.isNode(row.a) && neo4j.isRelationship(row.r) && neo4j.isPath(row.p), 'the driver returned a real node, relationship and path')
  const a = { id: 'a', n: 3, tags: ['x', 'y'] }
  const r = { since: '2024-06-19', w: 2, share: 0.5 }
  const b = { id: 'b' }
  t.same(toJson(row), {
    a,
    r,
    b,
    rels: [r],
    // No statement of ours returns a path; should one, its ends and segments come out as properties too.
    p: { start: a, end: b, segments: [{ start: a, relationship: r, end: b }], length: 1 },
  })
  t.same(await counts(app), { nodes: 0, relationships: 0 }, 'the rolled-back probe left nothing')
})

t.test('a driver that returns BigInts: they become numbers', async (t) => {
  const driver = neo4j.driver(testConfig().NEO4J_URI, undefined, { useBigInt: true })
  t.teardown(() => driver.close())
  const s = driver.session({ database: app.graph.database })
  const row = (await s.run('RETURN 7 AS n, [1, 2] AS list')).records[0].toObject()
  await s.close()
  t.equal(typeof row.n, 'bigint', 'the driver returned a bigint')
  t.same(toJson(row), { n: 7, list: [1, 2] })
})

t.test('our own mistakes stay errors (500): syntax, type and constraint errors are not mapped', async (t) => {
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['Neo.ClientError.Statement.SyntaxError', () => returned('RETURN nope(')],
    // a type Neo4j can only see at run time (a parameter of the wrong type is reported as a SyntaxError)
    ['Neo.ClientError.Statement.TypeError', () => returned("UNWIND [1, 'a'] AS x RETURN x * 2 AS y")],
    // The actor id is unique (ensureSchema): two actors with one id in one statement violate it.
    ['Neo.ClientError.Schema.ConstraintValidationFailed', () => returned("CREATE (:Actor {id: 'dup-probe'}), (:Actor {id: 'dup-probe'})")],
  ]
  for (const [code, run] of cases) {
    const err = (await run().then(
      () => null,
      (e: unknown) => e,
    )) as Neo4jError
    t.type(err, Neo4jError, code)
    t.equal(err.code, code)
    t.equal(mapNeo4jError(err), err, `${code} is passed through unchanged`)
  }
  t.same(await counts(app), { nodes: 0, relationships: 0 }, 'the refused write left nothing')
  const plain = new Error('not neo4j')
  t.equal(mapNeo4jError(plain), plain)
})

t.test('a transaction that outlives its timeout is a 503 "took longer" with Retry-After: 1', async (t) => {
  // Neo4j checks timeouts every 2 s: a count over two billion rows outlives 100 ms whatever the machine.
  const err = await returned('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n', {}, 100).catch((e) => e)
  t.type(err, Neo4jError)
  t.equal(err.code, 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')
  const mapped = mapNeo4jError(err) as HttpError
  t.type(mapped, HttpError)
  t.match(mapped, { statusCode: 503, message: TIMED_OUT, headers: { 'retry-after': '1' }, cause: err })
})

t.test('a deadlock between two transactions is a 503 "busy" with Retry-After: 1', async (t) => {
  await returned("CREATE (:Probe {id: 'left'}), (:Probe {id: 'right'})")
  t.teardown(() => returned('MATCH (p:Probe) DETACH DELETE p'))
  const s1 = session()
  const s2 = session()
  const tx1 = s1.beginTransaction()
  const tx2 = s2.beginTransaction()
  // The failed one is rolled back at once, which releases its lock and lets the other go on.
  const lock = (tx: typeof tx1, id: string) =>
    tx.run('MATCH (p:Probe {id: $id}) SET p.touched = true', { id }).catch(async (err: unknown) => {
      await tx.rollback().catch(() => {})
      throw err
    })
  // Each takes one lock, then waits for the other's: a cycle Neo4j breaks by failing one of them.
  await lock(tx1, 'left')
  await lock(tx2, 'right')
  const outcomes = await Promise.allSettled([lock(tx1, 'right'), lock(tx2, 'left')])
  for (const tx of [tx1, tx2]) if (tx.isOpen()) await tx.rollback()
  await s1.close()
  await s2.close()
  const errors = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []))
  t.ok(errors.length >= 1, 'one of the two transactions was failed')
  const err = errors[0]
  t.type(err, Neo4jError)
  t.equal(err.code, 'Neo.TransientError.Transaction.DeadlockDetected')
  t.match(mapNeo4jError(err), { statusCode: 503, message: BUSY, headers: { 'retry-after': '1' }, cause: err })
})

t.test('a database that does not exist, and a server that is not there: 503 "unavailable" with Retry-After: 5', async (t) => {
  const missing = await app.graph.driver
    .session({ database: 'no-such-database' })
    .run('RETURN 1')
    .catch((e) => e)
  t.equal(missing.code, 'Neo.ClientError.Database.DatabaseNotFound')
  t.match(mapNeo4jError(missing), { statusCode: 503, message: UNAVAILABLE, headers: { 'retry-after': '5' }, cause: missing })

  // Port 1 on this host: nothing listens there, the connection is refused.
  const nowhere = neo4j.driver('bolt://127.0.0.1:1', undefined, { connectionTimeout: 5000 })
  t.teardown(() => nowhere.close())
  const gone = await nowhere
    .session()
    .run('RETURN 1')
    .catch((e) => e)
  t.equal(gone.code, 'ServiceUnavailable')
  t.match(mapNeo4jError(gone), { statusCode: 503, message: UNAVAILABLE, headers: { 'retry-after': '5' }, cause: gone })

  // The executor maps on its way out: a named statement against the missing database is already the 503.
  const err = await Graph.of(app.graph.driver, 'no-such-database', 10_000)
    .read('ready-status')
    .catch((e) => e)
  t.type(err, HttpError)
  t.match(err, { statusCode: 503, message: UNAVAILABLE })
})

t.test('built by hand, as no single embedded server sends them: SessionExpired and DatabaseUnavailable', async (t) => {
  // SessionExpired comes from a cluster member going away mid-session; DatabaseUnavailable from a
  // database being stopped or started (STOP DATABASE is Enterprise-only). Their codes, as the driver
  // and server documentation give them, are mapped like an absent server.
  for (const code of ['SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']) {
    const mapped = mapNeo4jError(new Neo4jError('boom', code, '50N42', 'error: general processing exception'))
    t.match(mapped, { statusCode: 503, message: UNAVAILABLE, headers: { 'retry-after': '5' } }, code)
  }
})
