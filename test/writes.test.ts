// PUT and DELETE /sources/{id} against the real Neo4j (issue 21): a put puts the new relation on
// /paths with its quote; the same put again makes no version; If-Match and If-None-Match hold (412),
// two puts with the same If-Match give one 200 and one 412; the checker's findings are a 422 naming
// each path, with nothing stored; a retraction gives every /paths, /influence and /graph answer back
// byte for byte, and takes a corroborating source's part out of merged relations. Expected values
// are written by hand from the documents below and the article.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { ROOT } from '../src/local-neo4j.js'
import { counts, FIXTURES, seedArticle, wipe } from './helpers/graph.js'
import { testConfig } from './helpers/config.js'
import { FUEL_QUOTE as QUOTE, FUEL_TEXT as TEXT, fuelWire } from './helpers/fuel-wire.js'
import { bearer, createTestKey, revokeTestKey } from './helpers/keys.js'

// Path queries on a cold Neo4j plan for seconds on a busy machine: the reads compared here get time.
const app = await buildApp(testConfig({ NEO4J_QUERY_TIMEOUT_MS: 60_000 }))
t.teardown(() => app.close())
await wipe(app)
await seedArticle(app)
// Writes need a write key: a real one, made in this Neo4j.
const writeKey = await createTestKey(app.graph, 'write', 'writes test')
const WRITER = bearer(writeKey.key)

const ARTICLE_ID = 'tekedia-putin-kim-pyongyang'
const put = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'PUT',
    url: `/sources/${id}`,
    payload: body as object,
    headers: { 'content-type': 'application/json', ...WRITER, ...headers },
  })
const del = (id: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'DELETE', url: `/sources/${id}`, headers: { ...WRITER, ...headers } })
const graphVersion = async () => (await app.graph.read('graph-version'))[0].version as number

const NONE = { actorsAdded: [], relationsAdded: [], relationsChanged: [], relationsRemoved: [], corroborationChanged: [] }

/** Answers about the article's actors: after a put and its retraction, each body must be the same bytes. */
const READS = [
  '/paths?from=rus&to=prk',
  '/paths?from=Pyongyang&to=Ukraine',
  '/paths?from=rus&to=chn&maxHops=2&k=20',
  '/influence?from=rus&to=prk',
  '/influence?from=Beijing&to=Moscow',
  '/graph',
  '/graph?center=rus&depth=1',
  '/graph?center=rus&depth=2&format=graphml',
  '/actors/rus/relations?limit=200',
]
/** One at a time: the point is the bytes, not how many reads the machine takes at once. */
async function bodies(): Promise<string[]> {
  const out: string[] = []
  for (const url of READS) {
    const res = await app.inject(url)
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
    out.push(res.body)
  }
  return out
}

t.test('npm run seed writes through the same code: the article is version 1, its ETag "v1"', async (t) => {
  const res = await app.inject(`/sources/${ARTICLE_ID}`)
  t.equal(res.statusCode, 200)
  t.equal(res.headers.etag, '"v1"')
  t.equal(res.json().version, 1)
  t.equal((await app.inject({ url: `/sources/${ARTICLE_ID}`, headers: { 'if-none-match': '"v1"' } })).statusCode, 304)
  t.equal((await app.inject({ url: `/sources/${ARTICLE_ID}`, headers: { 'if-none-match': '"v2"' } })).statusCode, 200)
  const versions = (await app.inject(`/sources/${ARTICLE_ID}/versions`)).json().items
  t.equal(versions.length, 1)
  t.match(versions[0], { version: 1, knownUntil: null, actors: 16, claims: 60, relations: 62, contentHash: /^[0-9a-f]{64}$/ })
  t.equal((await app.inject('/sources/no-such-source/versions')).statusCode, 404)
})

t.test('put, the same put, replace, stale If-Match, concurrent puts, retract, put again', async (t) => {
  const before = await bodies()
  const g0 = await graphVersion()
  t.equal((await app.inject('/paths?from=mng&to=rus')).statusCode, 404, 'no Mongolia before the put')
  t.equal((await put('fuel-wire', fuelWire(), { 'if-match': '"v1"' })).statusCode, 412, 'If-Match on a source that does not exist')

  const created = await put('fuel-wire', fuelWire(), { 'if-none-match': '*' })
  t.equal(created.statusCode, 201)
  t.equal(created.headers.etag, '"v1"')
  t.equal(created.headers.location, '/sources/fuel-wire')
  t.same(created.json(), {
    outcome: 'created',
    sourceId: 'fuel-wire',
    sourceVersion: 1,
    graphVersion: g0 + 1,
    ...NONE,
    actorsAdded: ['mng'],
    relationsAdded: ['mng-depends-on-rus-oil'],
  })
  const paths = await app.inject('/paths?from=Mongolia&to=Russia')
  t.equal(paths.statusCode, 200)
  t.ok(paths.body.includes(`"quote":"${QUOTE}"`), 'the new relation is on /paths with its quote')
  t.ok(paths.body.includes('"id":"mng-depends-on-rus-oil"'))

  const again = await put('fuel-wire', fuelWire())
  t.equal(again.statusCode, 200)
  t.equal(again.headers.etag, '"v1"')
  t.same(again.json(), { outcome: 'unchanged', sourceId: 'fuel-wire', sourceVersion: 1, graphVersion: null, ...NONE })
  t.equal(await graphVersion(), g0 + 1, 'the same put again: no new graph version')
  t.equal((await app.inject('/sources/fuel-wire/versions')).json().items.length, 1, 'and no new source version')

  t.equal((await put('fuel-wire', fuelWire(), { 'if-none-match': '*' })).statusCode, 412, 'create only, and it exists')
  t.equal((await put('fuel-wire', fuelWire(), { 'if-none-match': '"v0", "v1"' })).statusCode, 412, 'If-None-Match naming the version')
  t.equal((await put('fuel-wire', fuelWire('critical'), { 'if-match': 'W/"v1"' })).statusCode, 412, 'a weak tag never matches')

  const replaced = await put('fuel-wire', fuelWire('critical'), { 'if-match': '"v0", "v1"' })
  t.equal(replaced.statusCode, 200)
  t.equal(replaced.headers.etag, '"v2"')
  t.same(replaced.json(), {
    outcome: 'replaced',
    sourceId: 'fuel-wire',
    sourceVersion: 2,
    graphVersion: g0 + 2,
    ...NONE,
    relationsChanged: ['mng-depends-on-rus-oil'],
  })
  t.equal((await app.inject('/relations/mng-depends-on-rus-oil')).json().dependency.level, 'critical')

  const stale = await put('fuel-wire', fuelWire('low'), { 'if-match': '"v1"' })
  t.equal(stale.statusCode, 412)
  t.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(stale.json(), {
    status: 412,
    title: 'Precondition Failed',
    'invalid-params': [{ name: 'if-match', in: 'header', reason: 'the source\'s current version is "v2"' }],
  })
  t.equal((await app.inject('/relations/mng-depends-on-rus-oil')).json().dependency.level, 'critical', 'a 412 changes nothing')

  const racing = await Promise.all([
    put('fuel-wire', fuelWire('low'), { 'if-match': '"v2"' }),
    put('fuel-wire', fuelWire('moderate'), { 'if-match': '"v2"' }),
  ])
  t.same(racing.map((r) => r.statusCode).sort(), [200, 412], 'two puts with the same If-Match: one 200, one 412')
  const winner = racing.find((r) => r.statusCode === 200)
  t.equal(winner?.json().sourceVersion, 3)
  const level = (await app.inject('/relations/mng-depends-on-rus-oil')).json().dependency.level
  t.equal(level, racing[0].statusCode === 200 ? 'low' : 'moderate', "the winner's document is what the graph says")

  const source = await app.inject('/sources/fuel-wire')
  t.equal(source.headers.etag, '"v3"')
  t.match(source.json(), { id: 'fuel-wire', version: 3, text: TEXT, claimCount: 1 })

  const versions = (await app.inject('/sources/fuel-wire/versions')).json().items
  t.same(
    versions.map((v: { version: number; knownUntil: string | null }) => [v.version, v.knownUntil === null]),
    [
      [1, false],
      [2, false],
      [3, true],
    ],
  )
  t.ok(
    versions[0].knownFrom <= versions[0].knownUntil && versions[0].knownUntil === versions[1].knownFrom,
    'each version ends as the next begins',
  )
  t.match(versions[2], { actors: 1, claims: 1, relations: 1 })

  t.equal((await del('fuel-wire', { 'if-match': '"v2"' })).statusCode, 412, 'a stale If-Match on a retraction')
  const retracted = await del('fuel-wire', { 'if-match': '"v3"' })
  t.equal(retracted.statusCode, 200)
  t.equal(retracted.headers.etag, undefined)
  t.same(retracted.json(), {
    outcome: 'retracted',
    sourceId: 'fuel-wire',
    sourceVersion: null,
    graphVersion: g0 + 4,
    ...NONE,
    relationsRemoved: ['mng-depends-on-rus-oil'],
  })
  const after = await bodies()
  READS.forEach((url, i) => {
    t.equal(after[i], before[i], `${url}: the same bytes as before the put`)
  })
  t.equal((await app.inject('/actors/mng')).statusCode, 404, 'the actor only it mentioned is gone')
  t.equal((await app.inject('/paths?from=Mongolia&to=Russia')).statusCode, 404, 'and so are its names')
  t.equal((await app.inject('/sources/fuel-wire')).statusCode, 404)
  t.equal((await del('fuel-wire')).statusCode, 404, 'retracting it again: 404')
  const kept = (await app.inject('/sources/fuel-wire/versions')).json().items
  t.same(
    kept.map((v: { knownUntil: string | null }) => v.knownUntil === null),
    [false, false, false],
    'every version is kept, the last one ended',
  )

  const back = await put('fuel-wire', fuelWire())
  t.equal(back.statusCode, 201)
  t.equal(back.json().sourceVersion, 4, 'after a retraction the numbers go on')
  t.equal((await del('fuel-wire')).statusCode, 200)
})

t.test('a corroborating source: corroboration rises on put and drops on retraction', async (t) => {
  const file = path.join(FIXTURES, 'second-source/border-trade-note.json')
  const doc = JSON.parse(readFileSync(file, 'utf8'))
  const { textFile, ...source } = doc.source
  const inline = { ...doc, source: { ...source, text: readFileSync(path.join(path.dirname(file), textFile), 'utf8') } }
  // By hand: the note's fertiliser dependency (depends-on, prk → chn, trade, undated) has the key of
  // the article's prk-depends-on-chn-trade, and its Dandong trade (trades-with, symmetric) that of
  // prk-trades-with-chn; the article, published first, names both.
  const merged = ['prk-depends-on-chn-trade', 'prk-trades-with-chn']
  const created = await put('border-trade-note', inline)
  t.equal(created.statusCode, 201)
  t.match(created.json(), {
    outcome: 'created',
    actorsAdded: ['dandong-customs', 'sinuiju-customs', 'yalu-institute'],
    relationsAdded: [],
    relationsChanged: merged,
    relationsRemoved: [],
    corroborationChanged: merged.map((relationId) => ({ relationId, before: 1, after: 2 })),
  })
  t.match((await app.inject('/relations/prk-depends-on-chn-trade')).json(), {
    corroboration: 2,
    sources: [ARTICLE_ID, 'border-trade-note'],
  })
  const gone = await del('border-trade-note')
  t.match(gone.json(), {
    outcome: 'retracted',
    relationsChanged: merged,
    relationsRemoved: [],
    corroborationChanged: merged.map((relationId) => ({ relationId, before: 2, after: 1 })),
  })
  for (const id of merged) t.match((await app.inject(`/relations/${id}`)).json(), { corroboration: 1, sources: [ARTICLE_ID] })
  t.equal((await app.inject('/actors/yalu-institute')).statusCode, 404)
})

t.test('bad documents: 422 naming each failing path, and nothing stored', async (t) => {
  const before = await counts(app)
  const noEvidence = fuelWire()
  noEvidence.relations[0].claims = []
  const a = await put('fuel-wire', noEvidence)
  t.equal(a.statusCode, 422)
  t.equal(a.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(a.json(), { status: 422, title: 'Unprocessable Content', detail: 'The document breaks 1 seed rule; nothing was written.' })
  t.same(a.json()['invalid-params'], [{ name: 'relations[0].claims', in: 'body', reason: 'no relation without evidence' }])

  const wrong = fuelWire()
  wrong.source.id = 'another-id'
  wrong.claims[0].quote = 'Mongolia buys all its oil from Russia'
  wrong.relations[0].to = 'atlantis'
  const b = await put('fuel-wire', wrong)
  t.equal(b.statusCode, 422)
  t.same(b.json()['invalid-params'], [
    { name: 'source.id', in: 'body', reason: 'must be the id in the path ("fuel-wire")' },
    { name: 'claims[0].quote', in: 'body', reason: 'quote does not occur verbatim in the source text' },
    { name: 'relations[0].to', in: 'body', reason: 'unknown actor "atlantis"' },
  ])
  // A document that is right in every other way still may not name another source than its URL.
  const elsewhere = fuelWire()
  elsewhere.source.id = 'fuel-wire-copy'
  const only = await put('fuel-wire', elsewhere)
  t.equal(only.statusCode, 422)
  t.match(only.json(), { status: 422, detail: 'The document breaks 1 seed rule; nothing was written.' })
  t.same(only.json()['invalid-params'], [{ name: 'source.id', in: 'body', reason: 'must be the id in the path ("fuel-wire")' }])
  t.equal((await app.inject('/sources/fuel-wire')).statusCode, 404, 'not stored under the URL')
  t.equal((await app.inject('/sources/fuel-wire-copy')).statusCode, 404, 'nor under the id it names')
  const c = await put('fuel-wire', { ...fuelWire(), source: { ...fuelWire().source, text: undefined, textFile: 'fuel.txt' } })
  t.same(c.json()['invalid-params'], [{ name: 'source.textFile', in: 'body', reason: 'a document checked alone carries its text inline' }])
  const d = await put('fuel-wire', [])
  t.equal(d.statusCode, 422, 'not even an object')
  t.same(await counts(app), before, 'nothing stored')

  const theirs = fuelWire()
  theirs.claims[0].id = 'prk-trade-80-percent-china'
  theirs.relations[0].claims = ['prk-trade-80-percent-china']
  const e = await put('fuel-wire', theirs)
  t.equal(e.statusCode, 422)
  t.same(e.json()['invalid-params'], [
    { name: 'claims', in: 'body', reason: `claim id "prk-trade-80-percent-china" belongs to another source` },
  ])
  t.same(await counts(app), before, 'nothing stored')
})

t.test('the request itself: 400 naming the id, 415 for another type, 413 past WRITE_BODY_LIMIT_BYTES', async (t) => {
  const bad = await put('Not_An_Id', fuelWire())
  t.equal(bad.statusCode, 400)
  t.match(bad.json()['invalid-params'], [{ name: 'id', in: 'path' }])
  const text = await app.inject({
    method: 'PUT',
    url: '/sources/fuel-wire',
    payload: 'hello',
    headers: { 'content-type': 'text/plain', ...WRITER },
  })
  t.equal(text.statusCode, 415)
  t.equal(text.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(text.json(), {
    status: 415,
    title: 'Unsupported Media Type',
    detail: 'Send the document as JSON: Content-Type: application/json.',
  })
  const untyped = await app.inject({ method: 'PUT', url: '/sources/fuel-wire', headers: WRITER })
  t.equal(untyped.statusCode, 415, 'no Content-Type at all')
  t.match(untyped.json(), { status: 415, detail: 'Send the document as JSON: Content-Type: application/json.' })
  const small = await buildApp(testConfig({ WRITE_BODY_LIMIT_BYTES: 1024 }))
  t.teardown(() => small.close())
  const big = fuelWire()
  big.source.text = TEXT + 'x'.repeat(2000)
  const tooLarge = await small.inject({
    method: 'PUT',
    url: '/sources/fuel-wire',
    payload: big,
    headers: { 'content-type': 'application/json', ...WRITER },
  })
  t.equal(tooLarge.statusCode, 413)
  t.equal(tooLarge.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal(
    (
      await small.inject({
        method: 'PUT',
        url: '/sources/fuel-wire',
        payload: fuelWire(),
        headers: { 'content-type': 'application/json', ...WRITER },
      })
    ).statusCode,
    201,
    'under the limit',
  )
  t.equal((await small.inject({ method: 'DELETE', url: '/sources/fuel-wire', headers: WRITER })).statusCode, 200)
})

t.test('between a write and its ranking refresh, reads carry no ETag; after it, the new version ETag', async (t) => {
  const session = app.graph.driver.session({ database: app.graph.database })
  // Test-only Cypher: the state a write leaves between its commit and the ranking's publish.
  await session.run("MATCH (m:GraphMeta {id: 'graph'}) SET m.version = m.version + 1").finally(() => session.close())
  const during = await app.inject('/actors/prk')
  t.equal(during.statusCode, 200)
  t.equal(during.headers.etag, undefined, 'no ETag while the ranking is stale')
  const ranking = (await app.inject('/influence/ranking?limit=1')).json()
  t.equal(ranking.graphVersion, (await graphVersion()) - 1, 'the ranking says which version it is of: the previous one')
  const { refreshRanking } = await import('../src/write/ranking.js')
  t.equal(await refreshRanking(app.graph), true)
  t.match((await app.inject('/actors/prk')).headers.etag, new RegExp(`^"g${await graphVersion()}-`))
  t.equal((await app.inject('/influence/ranking?limit=1')).json().graphVersion, await graphVersion())
})

t.test('the README block "Add an article through the API" runs as written: draft, put, ask, retract, ask as known', async (t) => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Add an article through the API'))
  const block = (/```sh\n([\s\S]*?)```/.exec(section) as RegExpExecArray)[1]
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  // The block runs in a scratch folder (it writes draft.json), so npm is pointed at the project; the keys
  // command makes a real key in the suite's Neo4j (NEO4J_URI), as it would in the server's.
  t.match(block, /^KEY=\$\(npm run -s keys -- create --name me --scope write\)/m)
  const script = block.replaceAll('npm run -s keys', `npm --prefix '${ROOT}' run -s keys`).replaceAll('localhost:3000', `127.0.0.1:${port}`)
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'entente-readme-'))
  const env = { ...process.env, NEO4J_URI: testConfig().NEO4J_URI, LOG_LEVEL: 'warn' }
  const { stdout } = await promisify(execFile)('bash', ['-e', '-c', script], { cwd, env, timeout: 120_000 })
  t.match(stdout, /^\{"outcome":"created","sourceId":"[a-z0-9-]+","sourceVersion":1,/, 'the put created version 1')
  t.match(stdout, /"quote":"Mongolia relies heavily on Russia for fuel"/, '/paths shows the new relation with its quote')
  t.match(stdout, /\{"outcome":"retracted","sourceId":"[a-z0-9-]+","sourceVersion":null,/, 'the retraction')
  const asKnown = stdout.slice(stdout.indexOf('{"outcome":"retracted"'))
  t.match(asKnown, /"quote":"Mongolia relies heavily on Russia for fuel"/, 'and knownAt its version 1 the path is still there')
  t.equal((await app.inject('/paths?from=Mongolia&to=Russia')).statusCode, 404, 'and Mongolia is gone again')
})

t.test('the write routes need a write key: none or a bad one 401, a read key 403, a revoked key 401 at once', async (t) => {
  const readKey = await createTestKey(app.graph, 'read', 'writes test reader')
  const spare = await createTestKey(app.graph, 'write', 'writes test spare')
  const refusals: Array<[string, Record<string, string>, number, RegExp]> = [
    ['no key', {}, 401, /^Bearer realm="entente"$/],
    ['an unknown key', bearer('ent_0123456789abcdef_not-a-real-secret-at-all'), 401, /error="invalid_token"/],
    ['a read key', bearer(readKey.key), 403, /error="insufficient_scope", scope="write"/],
  ]
  for (const [what, headers, status, challenge] of refusals) {
    const put = await app.inject({
      method: 'PUT',
      url: '/sources/fuel-wire',
      payload: fuelWire(),
      headers: { 'content-type': 'application/json', ...headers },
    })
    const del = await app.inject({ method: 'DELETE', url: `/sources/${ARTICLE_ID}`, headers })
    for (const [method, res] of [
      ['PUT', put],
      ['DELETE', del],
    ] as const) {
      t.equal(res.statusCode, status, `${method} with ${what}`)
      t.match(res.headers['www-authenticate'], challenge, what)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
    }
  }
  t.equal((await app.inject('/sources/fuel-wire')).statusCode, 404, 'no refused put was stored')
  t.equal((await app.inject(`/sources/${ARTICLE_ID}`)).statusCode, 200, 'no refused delete retracted the article')
  // A key revoked between two writes fails on the very next one.
  const first = await put('fuel-wire', fuelWire(), bearer(spare.key))
  t.equal(first.statusCode, 201)
  await revokeTestKey(app.graph, spare.id)
  const after = await del('fuel-wire', bearer(spare.key))
  t.equal(after.statusCode, 401)
  t.equal((await del('fuel-wire')).statusCode, 200, 'a live key retracts it')
})
