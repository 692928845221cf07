// `npm run seed:synthetic -- --method import`: the same generated graph loaded by the driver (UNWIND)
// into the suite's Neo4j and by neo4j-admin database import into an embedded Neo4j of this file's own
// (port TEST_NEO4J_PORT + 3) stores the same graph: every node's labels and properties with their
// Cypher types, every relationship with its ends and properties, the schema, the graph version and
// the stored ranking; the API answers the same on both. Then the CSV writer's checks, the refusals
// and an importer that fails.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { type App, buildApp } from '../src/app.js'
import { ROOT, stopProcess } from '../src/local-neo4j.js'
import { ARRAY_DELIMITER, CsvFile, QUOTE } from '../tools/synthetic/csv.js'
import { writeCsvGraph } from '../tools/synthetic/csv-graph.js'
import { SyntheticGraph } from '../tools/synthetic/generate.js'
import { checkEmptyLists, ImportError, runImporter } from '../tools/synthetic/import.js'
import { TEST_NEO4J_PORT, testConfig, useQuickJvm } from './helpers/config.js'
import { dump, schema } from './helpers/dump.js'
import { cli } from './helpers/synthetic-cli.js'
import { testApp, wipe } from './helpers/graph.js'

// The importer and the embedded Neo4j it starts: the quick JIT (see useQuickJvm).
useQuickJvm()
const app = await testApp()
const PORT = TEST_NEO4J_PORT + 3
const scratch = path.join(ROOT, `.data/test-synthetic-import-${PORT}`)
const home = path.join(scratch, 'imported')
rmSync(scratch, { recursive: true, force: true })
mkdirSync(scratch, { recursive: true })
let imported: App | undefined
t.teardown(async () => {
  await imported?.close()
  await app.close()
  if (existsSync(`${home}.pid`)) await stopProcess(Number(readFileSync(`${home}.pid`, 'utf8')))
  rmSync(scratch, { recursive: true, force: true })
})
await wipe(app)

// One actor per source: the first source states no relation (actor 0 attaches none), so it has
// empty lists too, which the importer cannot store.
const GRAPH = ['--actors', '300', '--relations', '3000', '--seed', '7', '--actors-per-source', '1']

t.test('the bulk import stores the graph the UNWIND load stores, to the property type, and the API answers the same', async (t) => {
  // The two loads side by side, each into its own database: the driver's is mostly Node and the
  // suite's Neo4j, the importer's mostly Java processes of its own.
  const [unwind, viaImport] = await Promise.all([
    cli([...GRAPH, '--json']),
    cli([...GRAPH, '--json', '--method', 'import', '--home', home, '--port', String(PORT), '--keep']),
  ])
  t.equal(unwind.code, 0, unwind.err)
  const viaUnwind = JSON.parse(unwind.out)
  t.equal(viaImport.code, 0, viaImport.err)
  const report = JSON.parse(viaImport.out)
  t.match(report, {
    actors: 300,
    relations: 3000,
    claims: viaUnwind.claims,
    csvSeconds: Number,
    importSeconds: Number,
    schemaSeconds: Number,
    rankingSeconds: Number,
    relationsPerSecond: Number,
    uri: `bolt://127.0.0.1:${PORT}`,
  })
  t.ok(Math.abs(report.loadSeconds - report.csvSeconds - report.importSeconds) < 0.01, 'load = CSV + import')
  t.match(viaImport.err, /csv {7}\[#{24}\] 3,000\/3,000/)
  t.equal(readFileSync(`${home}.pid`, 'utf8'), String(report.pid), 'pid kept beside the home, for npm run neo4j:stop')
  t.notOk(existsSync(path.join(home, 'import')), 'the CSV files are gone once imported')

  imported = await buildApp(testConfig({ NEO4J_URI: report.uri }))
  const [expected, actual] = await Promise.all([dump(app), dump(imported)])
  const count = (lines: string[], part: string) => lines.filter((l) => l.includes(part)).length
  t.equal(count(expected, '"type":"RELATION"'), 3000, 'the UNWIND load: 3000 relations')
  t.equal(count(expected, '"labels":["Actor"]'), 300, '300 actors')
  t.equal(count(expected, '"labels":["Source"]'), 300, 'a source per actor')
  t.equal(count(expected, '["relationIds","LIST<NOTHING> NOT NULL",[]]'), 1, 'the source that states no relation')
  t.ok(count(expected, '["contrastsWith","LIST<NOTHING> NOT NULL",[]]') > 0, 'empty lists stored as such')
  t.ok(count(expected, '["corroboration","FLOAT NOT NULL",1]') === 3000, 'a JS number is a float')
  t.ok(count(expected, '["symmetric","BOOLEAN NOT NULL",true]') > 0, 'booleans')
  t.equal(count(expected, '"labels":["GraphMeta"]'), 1, 'the graph meta node')
  t.ok(count(expected, '"labels":["Rank"]') >= 300, 'the stored ranking')
  t.equal(actual.length, expected.length, `${expected.length} nodes and relationships both ways`)
  t.same(actual, expected, 'every node and relationship, every property with its type')
  t.same(await schema(imported), await schema(app), 'the same constraints and indexes, all online')
  t.ok((await schema(imported)).some((s) => s.includes('"name":"actor_search_text"') && s.includes('"state":"ONLINE"')))

  const g = new SyntheticGraph({ actors: 300, relations: 3000, seed: 7, actorsPerSource: 1 })
  const steps = [...g.steps()]
  const dependency = steps[40].relations[0]
  // Paths of equal rank come in the order the store gives them: compared as sets, of pairs with fewer
  // than k (so all of them are returned), at least one pair with several.
  const pairs = [
    [250, 251],
    [200, 280],
    [150, 299],
    [260, 120],
    [230, 2],
  ].map(([i, j]) => [g.actors[i].id, g.actors[j].id])
  let several = 0
  for (const [from, to] of pairs) {
    for (const rank of ['shortest', 'strongest']) {
      const url = `/paths?from=${from}&to=${to}&maxHops=3&k=20&rank=${rank}`
      const [a, b] = await Promise.all([app.inject(url), imported.inject(url)])
      const set = (res: typeof a) => (res.json().paths as unknown[]).map((p) => JSON.stringify(p)).sort()
      if (set(a).length >= 20) continue
      if (set(a).length > 1) several++
      t.same(set(b), set(a), `${url}: the same ${set(a).length} paths`)
    }
  }
  t.ok(several > 0, `${several} requests with several paths compared`)
  const urls = [
    `/influence?from=${dependency.to}&to=${dependency.from}`,
    `/influence?from=${g.actors[0].id}&to=${g.actors[299].id}`,
    '/influence/ranking?limit=20',
    '/influence/ranking?kind=state&limit=5',
    `/actors?q=${encodeURIComponent(g.actors[42].name.slice(0, 5))}`,
  ]
  for (const url of urls) {
    const [a, b] = await Promise.all([app.inject(url), imported.inject(url)])
    t.equal(a.statusCode, 200, url)
    t.same(b.json(), a.json(), `${url}: the same answer`)
  }
})

t.test('bad arguments: exit 2 with the field named', async (t) => {
  const cases: Array<[string[], RegExp]> = [
    [['--method', 'bulk'], /^--method: .*\nusage: seed:synthetic/],
    [['--method', 'import'], /^--home: required with --method import: the Neo4j home to import into\n/],
    [['--home', home], /^--home: only with --method import\n/],
    [['--keep', '--pagecache', '64'], /^--keep: only with --method import; --pagecache: only with --method import\n/],
    [['--method', 'import', '--home', home, '--port', '0'], /^--port: /],
  ]
  for (const [args, said] of cases) {
    const { code, err } = await cli(args)
    t.equal(code, 2, args.join(' '))
    t.match(err, said)
  }
})

t.test('a home that holds a database is refused without --wipe', async (t) => {
  const refused = await cli([...GRAPH, '--method', 'import', '--home', home, '--port', String(PORT + 1)])
  t.equal(refused.code, 1)
  t.match(
    refused.err,
    /^refused: .*imported already holds a database: the bulk import writes only into a new Neo4j home \(pass --wipe to overwrite it\)\n$/,
  )
})

t.test('an importer that fails: its exit code and last lines, exit 1, the CSV files kept', async (t) => {
  // A home whose data/databases is a file: the importer cannot create the database there.
  const broken = path.join(scratch, 'broken')
  mkdirSync(path.join(broken, 'data'), { recursive: true })
  writeFileSync(path.join(broken, 'data/databases'), 'not a folder')
  const failed = await cli(['--actors', '20', '--relations', '40', '--method', 'import', '--home', broken, '--port', String(PORT + 1)])
  t.equal(failed.code, 1)
  t.match(
    failed.err,
    /synthetic seed failed: neo4j-admin database import exited with code [1-9]\d*; its last lines \(all in .*broken\/import\/import\.log\):\n./,
  )
  t.ok(existsSync(path.join(broken, 'import/Claim.csv')), 'the CSV files stay, to look at')

  // A corrupt CSV file: a double that is not a number.
  const dir = path.join(scratch, 'corrupt')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'Actor.csv')
  writeFileSync(file, `:ID(Actor),id,score:double\n${QUOTE}a${QUOTE},${QUOTE}a${QUOTE},high\n`)
  const csv = {
    nodes: [['Actor', file]] as Array<[string, string]>,
    relationships: [],
    dir,
    actors: 1,
    relations: 0,
    claims: 0,
    emptyLists: new Map(),
  }
  mkdirSync(path.join(scratch, 'corrupt-home'))
  const error = await runImporter(path.join(scratch, 'corrupt-home'), csv, {
    heapMb: 256,
    offHeapMb: 64,
    threads: 2,
    overwrite: false,
  }).catch((e) => e)
  t.type(error, ImportError)
  t.match(
    error.message,
    /^neo4j-admin database import exited with code [1-9]\d*; its last lines \(all in .*corrupt\/import\.log\):\n[\s\S]*raw field value: high\n.*Not a number: "high"/,
  )
})

t.test('the CSV writer: types checked, strings quoted, absent and empty kept apart', async (t) => {
  const dir = path.join(scratch, 'csv')
  mkdirSync(dir, { recursive: true })
  // Chunks of 4 KB: the rows below fill many, faster than the disk takes them, so the writer waits.
  const file = new CsvFile(
    path.join(dir, 'x.csv'),
    [
      { name: 'id', id: 'X' },
      { name: 's', type: 'string' },
      { name: 'd', type: 'double' },
      { name: 'b', type: 'boolean' },
      { name: 'l', type: 'string[]' },
      { start: 'X' },
      { end: 'X' },
    ],
    4096,
  )
  // A relationship's ends come apart from its properties.
  file.write({ id: 'a', s: 'say "hi", there', d: 1.5, b: true, l: ['x', 'y, z'] }, 'a', 'b')
  file.write({ id: 'b', s: '', d: null, l: [] }, 'b', 'a')
  file.write({ id: 'c', b: false, l: ['only'] }, 'c', 'a')
  const refused: Array<[Record<string, unknown>, RegExp]> = [
    [{ id: 'x', d: '1' }, /x\.csv: d should be double, got "1"/],
    [{ id: 'x', b: 'yes' }, /b should be boolean, got "yes"/],
    [{ id: 'x', l: 'x' }, /l should be string\[\], got "x"/],
    [{ id: 'x', l: [`a${ARRAY_DELIMITER}b`] }, /l should be string\[\]/],
    [{ id: 'x', l: [`a${QUOTE}b`] }, /l should be string\[\]/],
    [{ id: 'x', l: ['a\rb'] }, /l should be string\[\]/],
    [{ id: 'x', l: [1] }, /l should be string\[\], got \[1\]/],
    [{ id: 'x', s: 'two\nlines' }, /s should be string, got "two\\nlines"/],
    [{ id: 'x', s: `a${QUOTE}b` }, /s should be string, got "a\\u001eb"/],
    [{ id: 'x', s: 1 }, /s should be string, got 1/],
    [{ id: 7 }, /id should be string, got 7/],
    [{ id: 'x', zz: 1 }, /no column for zz/],
    [{ s: 'x' }, /id is required/],
  ]
  for (const [row, said] of refused) t.throws(() => file.write(row, 'a', 'b'), { message: said }, JSON.stringify(row))
  t.throws(() => file.write({ id: 'x' }, 'a'), { message: /:end is required/ })
  t.doesNotThrow(() => file.write({ id: 'y', zz: null, s: undefined }, 'a', 'b'), 'an absent property needs no column')
  for (let i = 0; i < 3000; i++) {
    file.write({ id: `n${i}`, s: 'x'.repeat(100) }, 'a', 'b')
    if (file.full) await file.flush()
  }
  await file.close()
  await file.close()
  const lines = readFileSync(path.join(dir, 'x.csv'), 'utf8').split('\n')
  const q = (s: string) => `${QUOTE}${s}${QUOTE}`
  t.same(lines.slice(0, 6), [
    'id:ID(X),s:string,d:double,b:boolean,l:string[],:START_ID(X),:END_ID(X)',
    // Quoted by U+001E, nothing escaped: a " is an ordinary character.
    `${q('a')},${q('say "hi", there')},1.5,true,${q(`x${ARRAY_DELIMITER}y, z`)},${q('a')},${q('b')}`,
    `${q('b')},${q('')},,,,${q('b')},${q('a')}`,
    `${q('c')},,,false,${q('only')},${q('c')},${q('a')}`,
    `${q('y')},,,,,${q('a')},${q('b')}`,
    `${q('n0')},${q('x'.repeat(100))},,,,${q('a')},${q('b')}`,
  ])
  t.equal(lines.length, 3000 + 6, 'every row, flushed in chunks')
  t.same([...file.emptyLists], [['l', 1]], 'the empty list counted, to be set after the import')
  // A file whose folder is missing: its close fails, and so does a flush after it, with the same error.
  const lost = new CsvFile(path.join(dir, 'missing/x.csv'), [{ name: 'id', id: 'X' }], 16)
  lost.write({ id: 'a' })
  await t.rejects(lost.close(), { code: 'ENOENT' })
  await t.rejects(lost.flush(), { code: 'ENOENT' })

  // A file that cannot be written: the error comes out of the writer, the other files closed.
  const blocked = path.join(scratch, 'blocked')
  mkdirSync(path.join(blocked, 'Actor.csv'), { recursive: true })
  await t.rejects(writeCsvGraph(new SyntheticGraph({ actors: 5, relations: 5, seed: 1 }), blocked), { code: 'EISDIR' })

  t.throws(() => checkEmptyLists(new Map([['Deal.claimIds', 1]])), { message: /nothing sets afterwards: Deal\.claimIds/ })

  // A relation with an empty list (the generator makes none): counted under its type, refused before the import.
  class OneRelationWithoutClaims extends SyntheticGraph {
    override *steps() {
      let first = true
      for (const step of super.steps()) {
        yield first ? { ...step, relations: step.relations.map((r, i) => (i === 0 ? { ...r, claims: [] } : r)) } : step
        first = false
      }
    }
  }
  const csv = await writeCsvGraph(new OneRelationWithoutClaims({ actors: 5, relations: 5, seed: 1 }), path.join(scratch, 'no-claims'))
  t.equal(csv.emptyLists.get('RELATION.claimIds'), 1)
  t.throws(() => checkEmptyLists(csv.emptyLists), { message: /nothing sets afterwards: RELATION\.claimIds$/ })
  t.doesNotThrow(() => checkEmptyLists(new Map([['Claim.contrastsWith', 9]])))
})

t.test('without --keep: the summary in words, the embedded Neo4j stopped', async (t) => {
  const small = path.join(scratch, 'small')
  const args = ['--actors', '30', '--relations', '60', '--method', 'import', '--home', small]
  const done = await cli([
    ...args,
    '--port',
    String(PORT + 1),
    '--heap',
    '512',
    '--pagecache',
    '64',
    '--import-heap',
    '512',
    '--off-heap',
    '256',
    '--import-threads',
    '1',
  ])
  t.equal(done.code, 0, done.err)
  t.match(
    done.out,
    /^imported 30 actors, 60 relations and \d+ claims in [\d.]+ s \(CSV [\d.]+ s \+ import [\d.]+ s\), indexed in [\d.]+ s \(\d+ relations\/s\); ranking in [\d.]+ s\nembedded Neo4j stopped; start it on this home with NEO4J_LOCAL_DIR=.*small npm run neo4j:start\n$/,
  )
  t.notOk(existsSync(`${small}.pid`))

  // Again over that database with --wipe (the importer overwrites it), on the port of NEO4J_LOCAL_PORT when no --port is given.
  const claims = (done.out.match(/ and (\d+) claims/) as RegExpMatchArray)[1]
  const again = await cli(
    [...args, '--wipe', '--heap', '512', '--pagecache', '64', '--import-heap', '512', '--off-heap', '256', '--import-threads', '1'],
    {
      NEO4J_LOCAL_PORT: String(PORT + 1),
    },
  )
  t.equal(again.code, 0, again.err)
  t.match(again.out, new RegExp(`^imported 30 actors, 60 relations and ${claims} claims in `))
  t.notOk(existsSync(`${small}.pid`))
})
