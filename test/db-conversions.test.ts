// The one place Neo4j values become JSON, and the one place Neo4j errors become HTTP errors: checked
// on values and errors the real database returns.
import neo4j, { Neo4jError } from 'neo4j-driver'
import t from 'tap'
import { mapNeo4jError } from '../src/db/neo4j-errors.js'
import { toJson } from '../src/db/to-json.js'
import { HttpError } from '../src/lib/http-errors.js'
import { testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())

/** Test-only Cypher: values of every kind the driver returns. */
async function returned(cypher: string) {
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    return (await session.run(cypher)).records[0].toObject()
  } finally {
    await session.close()
  }
}

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
})

t.test('nodes and relationships become their properties; bigints become numbers', async (t) => {
  const row = await returned("WITH {name: 'x'} AS props CALL () { RETURN 1 AS one } RETURN one")
  t.same(toJson(row), { one: 1 })
  t.same(toJson(BigInt(7)), 7)
  const node = new neo4j.types.Node(neo4j.int(1), ['Actor'], { id: 'prk', n: neo4j.int(3) }, 'e1')
  t.same(toJson(node), { id: 'prk', n: 3 })
  t.equal(toJson(undefined), null)
})

t.test('a real Cypher syntax error stays a 500 (it is our bug, not the client’s)', async (t) => {
  const err = await returned('RETURN nope(').catch((e) => e)
  t.type(err, Neo4jError)
  t.equal(mapNeo4jError(err), err)
})

t.test('unavailable, timed out and transient errors become 503 with Retry-After', async (t) => {
  const cases: Array<[string, string]> = [
    ['ServiceUnavailable', 'The graph database is unavailable; retry shortly.'],
    ['SessionExpired', 'The graph database is unavailable; retry shortly.'],
    [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'The query took longer than the time allowed; narrow it (fewer hops, a smaller k) or retry.',
    ],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'The graph database is busy; retry shortly.'],
  ]
  for (const [code, detail] of cases) {
    const mapped = mapNeo4jError(new Neo4jError('boom', code, '50N42', 'error: general processing exception')) as HttpError
    t.type(mapped, HttpError, code)
    t.equal(mapped.statusCode, 503)
    t.equal(mapped.message, detail)
    t.ok(mapped.headers['retry-after'])
  }
  const plain = new Error('not neo4j')
  t.equal(mapNeo4jError(plain), plain)
})
