// The executor's streaming read (Graph.readEach, what the stored ranking's refresh reads with): on the
// article graph in the real Neo4j it hands over exactly the rows read returns, in the same order and
// converted the same way, maps a Neo4j error the same way, passes an error of its own caller through
// unchanged, and tells the statement observer like every other statement.
import { Neo4jError } from 'neo4j-driver'
import t from 'tap'
import { Graph, type Row } from '../src/db/graph.js'
import { HttpError } from '../src/lib/http-errors.js'
import { articleGraph, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

/** Every row readEach hands over, in order. */
async function streamed(graph: Graph, name: Parameters<Graph['read']>[0], params: Record<string, unknown> = {}) {
  const rows: Row[] = []
  await graph.readEach(name, params, (row) => rows.push(row))
  return rows
}

t.test('the rows read returns, one by one: the same values in the same order', async (t) => {
  const cases: Array<[Parameters<Graph['read']>[0], Record<string, unknown>]> = [
    ['influence-dependency-edges', { minConfidence: 0 }],
    ['influence-dependency-edges', { minConfidence: 1.1 }],
    ['influence-actor-ids', {}],
    ['graph-version', {}],
  ]
  for (const [name, params] of cases) {
    const read = await app.graph.read(name, params)
    t.same(await streamed(app.graph, name, params), read, `${name} ${JSON.stringify(params)}: ${read.length} rows`)
  }
  t.same(await app.graph.read('influence-dependency-edges', { minConfidence: 1.1 }), [], 'an empty result is handed over as none')
  // What the refresh relies on, on the article: edges with claim ids as string arrays, integers as numbers.
  const edges = await streamed(app.graph, 'influence-dependency-edges', { minConfidence: 0 })
  t.ok(edges.length > 5, `the article has depends-on relations (${edges.length})`)
  t.ok(
    edges.every(
      (e) => Array.isArray(e.claims) && (e.claims as unknown[]).every((c) => typeof c === 'string') && typeof e.strength === 'number',
    ),
    'claims are arrays of ids, strengths numbers',
  )
  const [meta] = await streamed(app.graph, 'graph-version')
  t.type(meta.version, 'number', 'a Neo4j integer arrives as a number')
})

t.test("a Neo4j error maps as read's does: a missing database is the 503, our own mistake stays the Neo4jError", async (t) => {
  const missing = Graph.of(app.graph.driver, 'no-such-database', 10_000)
  const [viaRead, viaEach] = await Promise.all([
    missing.read('ready-status').catch((e: unknown) => e),
    streamed(missing, 'ready-status').catch((e: unknown) => e),
  ])
  t.type(viaEach, HttpError)
  t.match(viaEach, { statusCode: 503, message: 'The graph database is unavailable; retry shortly.', headers: { 'retry-after': '5' } })
  t.match(viaEach, { statusCode: (viaRead as HttpError).statusCode, message: (viaRead as HttpError).message })
  t.equal(((viaEach as HttpError).cause as Neo4jError).code, 'Neo.ClientError.Database.DatabaseNotFound')

  // A parameter the statement needs, left out: Neo4j refuses it, and that is a 500, not a retry.
  const [readErr, eachErr] = await Promise.all([
    app.graph.read('influence-dependency-edges', {}).catch((e: unknown) => e),
    streamed(app.graph, 'influence-dependency-edges', {}).catch((e: unknown) => e),
  ])
  t.type(eachErr, Neo4jError)
  t.equal((eachErr as Neo4jError).code, 'Neo.ClientError.Statement.ParameterMissing')
  t.equal((eachErr as Neo4jError).code, (readErr as Neo4jError).code, 'the same code as read')
})

t.test('an error thrown by the caller for one row rejects with it; no later row is handed over; the session is released', async (t) => {
  const all = await app.graph.read('influence-actor-ids')
  t.ok(all.length > 2, 'several rows, one batch of the driver')
  const boom = new Error('the caller refuses this row')
  let handed = 0
  const err = await app.graph
    .readEach('influence-actor-ids', {}, () => {
      handed++
      throw boom
    })
    .catch((e: unknown) => e)
  t.equal(err, boom, 'the very error, not mapped')
  t.equal(handed, 1, 'the rows after it were not handed over')
  t.same(await streamed(app.graph, 'influence-actor-ids'), all, 'the next streaming read answers in full')
})

t.test('the statement observer is told of a streaming read, ok or not', async (t) => {
  const graph = Graph.of(app.graph.driver, app.graph.database, 10_000)
  const told: Array<[string, boolean]> = []
  graph.observer = (name, seconds, ok) => {
    t.ok(seconds >= 0)
    told.push([name, ok])
  }
  await streamed(graph, 'influence-actor-ids')
  await streamed(graph, 'influence-dependency-edges').catch(() => undefined)
  t.same(told, [
    ['influence-actor-ids', true],
    ['influence-dependency-edges', false],
  ])
})
