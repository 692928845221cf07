// `npm run seed:synthetic -- --method concurrent`: the same generated graph loaded through CALL IN
// CONCURRENT TRANSACTIONS and through batched UNWIND transactions stores the same graph (every node and
// relationship with each property's Cypher type, and the schema). Rows of an inner transaction that
// failed go again, alone; a row that fails alone too stops the load with Neo4j's error.
import { Neo4jError } from 'neo4j-driver'
import t from 'tap'
import { int } from '../src/db/graph.js'
import { withSynthetic } from '../tools/synthetic/catalog.js'
import { withFailedRowsAgain } from '../tools/synthetic/load.js'
import { inSequence } from '../tools/synthetic/parallel.js'
import { dump, schema } from './helpers/dump.js'
import { testApp, wipe } from './helpers/graph.js'
import { cli } from './helpers/synthetic-cli.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)

const GRAPH = ['--actors', '300', '--relations', '3000', '--seed', '7', '--actors-per-source', '1']

t.test('the concurrent load stores what the UNWIND load stores, to the property type', async (t) => {
  // 40 relations to an inner transaction, 3 at a time: a statement of 480 relations in 12 transactions.
  const concurrent = await cli([...GRAPH, '--json', '--method', 'concurrent', '--batch', '40', '--concurrency', '3'])
  t.equal(concurrent.code, 0, concurrent.err)
  const report = JSON.parse(concurrent.out)
  t.match(report, { actors: 300, relations: 3000, claims: Number, retriedRows: Number, loadSeconds: Number, schemaSeconds: Number })
  t.match(concurrent.err, /relations \[#{24}\] 3,000\/3,000/)
  const [viaConcurrent, concurrentSchema] = [await dump(app), await schema(app)]

  const unwind = await cli([...GRAPH, '--json', '--wipe'])
  t.equal(unwind.code, 0, unwind.err)
  const unwindReport = JSON.parse(unwind.out)
  t.equal(unwindReport.claims, report.claims, `${report.claims} claims both ways`)
  t.notOk('retriedRows' in unwindReport, 'the UNWIND load retries whole transactions, through the driver')
  const viaUnwind = await dump(app)
  const count = (lines: string[], part: string) => lines.filter((l) => l.includes(part)).length
  t.equal(count(viaConcurrent, '"type":"RELATION"'), 3000, 'the concurrent load: 3000 relations')
  t.equal(count(viaConcurrent, '"labels":["Claim"]'), report.claims, 'every claim')
  t.ok(count(viaConcurrent, '"type":"ABOUT"') >= report.claims, 'each claim about an actor at least')
  t.ok(count(viaConcurrent, '"labels":["Deal"]') > 0, 'deals')
  t.equal(viaConcurrent.length, viaUnwind.length, `${viaUnwind.length} nodes and relationships both ways`)
  t.same(viaConcurrent, viaUnwind, 'every node and relationship, every property with its type')
  t.same(concurrentSchema, await schema(app), 'the same constraints and indexes')

  // Without --json, the summary in words, with the rows sent again: none, one inner transaction at a time.
  const words = await cli(['--actors', '20', '--relations', '40', '--wipe', '--method', 'concurrent', '--concurrency', '1'])
  t.equal(words.code, 0, words.err)
  t.match(
    words.out,
    /^loaded 20 actors, 40 relations and \d+ claims in [\d.]+ s, indexed in [\d.]+ s \(\d+ relations\/s\); ranking in [\d.]+ s; 0 rows sent again after a failed inner transaction\n$/,
  )
})

t.test('rows of a failed inner transaction go again alone; rows that fail alone too stop the load', async (t) => {
  await wipe(app)
  const graph = withSynthetic(app.graph)
  const session = app.graph.driver.session({ database: app.graph.database })
  const source = (await session.run("CREATE (s:Source {id: 'src'}) RETURN elementId(s) AS node")).records[0].get('node')
  await session.close()
  const deal = (id: string, label: unknown) => ({ source: source, id, label, claimIds: [], relationIds: [] })
  const calls: Array<{ ids: string[]; slots: number }> = []
  const run = (list: Array<ReturnType<typeof deal>>, slots: number) => {
    calls.push({ ids: list.map((d) => d.id), slots })
    return graph.writeAutoCommit('synthetic-deals-concurrent', { deals: list, rows: int(1), concurrency: int(slots) })
  }
  t.equal(await withFailedRowsAgain(run, [deal('d1', 'one'), deal('d2', 'two')], 2), 0, 'nothing failed, nothing again')
  t.same(calls, [{ ids: ['d1', 'd2'], slots: 2 }])

  // A map is no property value: that row's transaction fails, twice; the rows beside it commit.
  calls.length = 0
  await t.rejects(withFailedRowsAgain(run, [deal('d3', 'three'), deal('bad', { a: 1 }), deal('d4', 'four')], 2), {
    message: /^1 of 1 rows sent again failed again: .*Property values can only be of primitive types or arrays thereof/,
  })
  t.same(calls, [
    { ids: ['d3', 'bad', 'd4'], slots: 2 },
    { ids: ['bad'], slots: 1 },
  ])
  const check = app.graph.driver.session({ database: app.graph.database })
  const stored = await check.run('MATCH (d:Deal)-[:FROM]->(:Source {id: $id}) RETURN d.id AS id ORDER BY id', { id: 'src' })
  await check.close()
  t.same(
    stored.records.map((r) => r.get('id')),
    ['d1', 'd2', 'd3', 'd4'],
    'the committed batches stay; the failed one left nothing',
  )

  // A deadlock cannot be made to order; what happens after one can: the statement reports the rows,
  // they go again alone and commit. (A function, not Neo4j: it answers as the statement answers.)
  const answers = [
    [
      { row: 2, error: 'deadlock' },
      { row: 0, error: 'deadlock' },
    ],
    [],
  ]
  const seen: Array<[string[], number]> = []
  const retried = await withFailedRowsAgain(
    async (list: string[], slots: number) => {
      seen.push([list, slots])
      return answers.shift() as Array<Record<string, unknown>>
    },
    ['a', 'b', 'c'],
    3,
  )
  t.equal(retried, 2)
  t.same(seen, [
    [['a', 'b', 'c'], 3],
    [['c', 'a'], 1],
  ])
})

t.test('auto-commit writes: a Neo4j error comes back as Neo4j gave it', async (t) => {
  const graph = withSynthetic(app.graph)
  const failed = await graph.writeAutoCommit('synthetic-deals-concurrent', { deals: [], rows: int(0), concurrency: int(1) }).catch((e) => e)
  t.type(failed, Neo4jError)
  t.match(failed, {
    code: 'Neo.ClientError.Statement.ArgumentError',
    message: /^OF \.\.\. ROWS: Invalid input\. '0' is not a valid value\. Must be a positive integer\./,
  })
})

t.test('in sequence: each job starts once the one before has ended, and the next is taken while one runs', async (t) => {
  const log: string[] = []
  const jobs = (function* () {
    for (const name of ['a', 'b', 'c']) {
      log.push(`take ${name}`)
      yield async () => {
        log.push(`start ${name}`)
        await new Promise((resolve) => setTimeout(resolve, 5))
        log.push(`end ${name}`)
      }
    }
  })()
  await inSequence(jobs)
  t.same(log, ['take a', 'start a', 'take b', 'end a', 'start b', 'take c', 'end b', 'start c', 'end c'])
  await t.rejects(
    inSequence([
      async () => {
        throw new Error('statement failed')
      },
    ]),
    { message: 'statement failed' },
  )
})

t.test('--method concurrent takes no bulk-import option', async (t) => {
  const refused = await cli(['--method', 'concurrent', '--home', '/tmp/x', '--import-heap', '512'])
  t.equal(refused.code, 2)
  t.match(
    refused.err,
    /^--home: only with --method import; --import-heap: only with --method import\nusage: seed:synthetic .*\[--method concurrent \| --method import/,
  )
})
