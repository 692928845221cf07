// Reads while a write commits (src/queries/torn-read.ts). Neo4j reads at read-committed isolation: a
// relation, claim or actor a retraction deletes after a read matched it comes back without its
// properties, or missing from what the read collected. Seen in the 1M benchmark as 500s on /paths and
// /graph beside writes. Here: the real rows of the article's /paths, torn the way Neo4j tears them
// (a relation's properties gone, a claim gone, an actor's properties gone), are read again and then
// answered in full, and a read torn every time is a 503 problem with Retry-After, never a 500; the same
// for the list and detail reads (a page's relation, claim, actor or source, one by id); and puts and
// retractions beside reads of the relation they add and take away give no 500.
import t from 'tap'
import type { Row } from '../src/db/graph.js'
import { TornRead, untorn } from '../src/queries/torn-read.js'
import { testApp, articleGraph } from './helpers/graph.js'
import { FUEL_QUOTE, fuelWire } from './helpers/fuel-wire.js'
import { bearer, createTestKey } from './helpers/keys.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

const URL = '/paths?from=prk&to=ukr&k=3'
const whole = await app.inject(URL)
t.equal(whole.statusCode, 200)

/** The next `times` reads of the paths statement (or the one named) come back torn by tear (a copy of the real rows). */
function tearReads(times: number, tear: (rows: Row[]) => void, statement = 'paths-find@') {
  const read = app.graph.read.bind(app.graph)
  let left = times
  let reads = 0
  app.graph.read = (async (name: string, ...rest: unknown[]) => {
    const rows = await (read as (...a: unknown[]) => Promise<Row[]>)(name, ...rest)
    if (!name.startsWith(statement)) return rows
    reads++
    if (left-- <= 0) return rows
    const copy = structuredClone(rows)
    tear(copy)
    return copy
  }) as typeof app.graph.read
  return {
    reads: () => reads,
    restore: () => {
      app.graph.read = read
    },
  }
}

const firstPath = (rows: Row[]) => (rows[0].paths as Row[])[0]
const TEARS: Array<[string, (rows: Row[]) => void]> = [
  // A relationship deleted after the match: its map projection comes back with no properties.
  ['a relation', (rows) => ((firstPath(rows).relations as Row[])[0] = {})],
  // A claim deleted before the claims were collected: the relation cites a claim the row does not have.
  ['a claim', (rows) => (firstPath(rows).claims = [])],
  // An actor deleted under the read (a retraction takes actors no other source mentions).
  ['an actor', (rows) => ((firstPath(rows).actors as Row[])[1] = {})],
]

for (const [what, tear] of TEARS) {
  t.test(`${what} deleted under the read: read again, then the whole answer`, async (t) => {
    const torn = tearReads(1, tear)
    t.teardown(torn.restore)
    const res = await app.inject(URL)
    t.equal(res.statusCode, 200)
    t.equal(res.body, whole.body, 'the same bytes as the read no write tore')
    t.equal(torn.reads(), 2)
  })
}

t.test('torn three times in a row: 503 problem+json with Retry-After, not a 500', async (t) => {
  const torn = tearReads(3, TEARS[0][1])
  t.teardown(torn.restore)
  const res = await app.inject(URL)
  t.equal(res.statusCode, 503)
  t.equal(res.headers['retry-after'], '1')
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), {
    status: 503,
    detail: 'The graph changed while this answer was being read (a write committed meanwhile: a relation was deleted); retry.',
  })
  t.equal(torn.reads(), 3)
})

// The list and detail reads: a page whose item a write deleted, and a claim, an actor and a relation by id.
const CATALOG: Array<[string, string, (rows: Row[]) => void]> = [
  ['/actors/rus/relations?limit=5', 'actor-relations', (rows) => (rows[1].relation = {})],
  ['/claims?limit=5', 'claims-list', (rows) => (rows[0].claim = {})],
  ['/actors?limit=5', 'actors-list', (rows) => (rows[2].actor = {})],
  ['/sources', 'sources-list', (rows) => (rows[0].source = {})],
  ['/claims/putin-first-visit-since-2000', 'claim-by-id', (rows) => (rows[0].claim = {})],
  ['/actors/kim-jong-un', 'actor-by-id', (rows) => (rows[0].actor = {})],
  ['/relations/kim-jong-un-leads-prk', 'relation-by-id', (rows) => (rows[0].relation = {})],
]
for (const [url, statement, tear] of CATALOG) {
  t.test(`${url}: an item deleted under the read is read again`, async (t) => {
    const clean = await app.inject(url)
    t.equal(clean.statusCode, 200, clean.body)
    const torn = tearReads(1, tear, statement)
    t.teardown(torn.restore)
    const res = await app.inject(url)
    t.equal(res.statusCode, 200)
    t.equal(res.body, clean.body)
    t.ok(torn.reads() >= 2, 'read again')
  })
}

t.test('untorn: other errors are not read again', async (t) => {
  let calls = 0
  await t.rejects(
    untorn(async () => {
      calls++
      throw new Error('not torn')
    }),
    { message: 'not torn' },
  )
  t.equal(calls, 1)
  t.ok(new TornRead('x') instanceof Error)
})

t.test('puts and retractions beside reads of what they add and take away: no 500', async (t) => {
  const writer = bearer((await createTestKey(app.graph, 'write', 'torn read test')).key)
  const headers = { 'content-type': 'application/json', ...writer }
  let writing = true
  const statuses = new Map<number, number>()
  const reads = async () => {
    while (writing) {
      for (const url of ['/paths?from=mng&to=prk', '/graph?center=rus&depth=1', '/influence?from=rus&to=mng']) {
        const res = await app.inject(url)
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        // A read that overlaps a write's commit may find Mongolia without (or no longer with) its relation: no path, or whole paths.
        if (res.statusCode === 200 && url.startsWith('/paths')) {
          for (const path of res.json().paths) t.equal(path.relations[0].claims[0].quote, FUEL_QUOTE, 'the first hop carries its quote')
        }
      }
    }
  }
  const readers = [reads(), reads(), reads()]
  for (let i = 0; i < 15; i++) {
    t.equal((await app.inject({ method: 'PUT', url: '/sources/fuel-wire', payload: fuelWire(), headers })).statusCode, 201)
    t.equal((await app.inject({ method: 'DELETE', url: '/sources/fuel-wire', headers: writer })).statusCode, 200)
  }
  writing = false
  await Promise.all(readers)
  t.notOk(statuses.has(500), `answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`)
  t.ok((statuses.get(200) ?? 0) > 0)
})
