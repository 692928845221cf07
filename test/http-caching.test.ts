// ETags tied to the graph version, 304 on If-None-Match, Cache-Control, and CORS for dashboards.
import path from 'node:path'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { seedFiles } from '../src/write/seed-files.js'
import { testConfig } from './helpers/config.js'
import { articleGraph, FIXTURES, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

t.test('a read carries an ETag and Cache-Control; If-None-Match gets 304 with no body', async (t) => {
  const first = await app.inject('/actors/prk')
  t.equal(first.statusCode, 200)
  const etag = first.headers.etag as string
  t.match(etag, /^"g\d+-[A-Za-z0-9_-]{16}"$/)
  t.equal(first.headers['cache-control'], 'public, max-age=0, must-revalidate')
  const again = await app.inject({ url: '/actors/prk', headers: { 'if-none-match': etag } })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')
  const weak = await app.inject({ url: '/actors/prk', headers: { 'if-none-match': `"x", W/${etag}` } })
  t.equal(weak.statusCode, 304, 'weak and listed validators match too')
  const other = await app.inject('/actors/chn')
  t.not(other.headers.etag, etag, 'another resource, another ETag')
})

t.test('the ETag changes when a seed changes the graph', async (t) => {
  const before = (await app.inject('/actors/prk')).headers.etag
  await seedFiles(app.graph, [path.join(FIXTURES, 'second-source/border-trade-note.json')])
  const after = await app.inject({ url: '/actors/prk', headers: { 'if-none-match': before as string } })
  t.equal(after.statusCode, 200)
  t.not(after.headers.etag, before)
})

t.test('errors and service routes carry no graph ETag', async (t) => {
  const missing = await app.inject('/actors/atlantis')
  t.equal(missing.statusCode, 404)
  t.notOk(missing.headers.etag)
  t.equal(missing.headers['cache-control'], 'no-store')
  const health = await app.inject('/health')
  t.notOk(health.headers.etag)
})

t.test('CORS: any origin by default, a configured list otherwise', async (t) => {
  const open = await app.inject({ url: '/actors?limit=1', headers: { origin: 'https://dash.example' } })
  t.equal(open.headers['access-control-allow-origin'], '*')
  t.match(open.headers['access-control-expose-headers'], /etag/)
  const listed = await buildApp(testConfig({ CORS_ORIGINS: 'https://dash.example,https://other.example' }))
  t.teardown(() => listed.close())
  const ok = await listed.inject({ url: '/actors?limit=1', headers: { origin: 'https://other.example' } })
  t.equal(ok.headers['access-control-allow-origin'], 'https://other.example')
  const no = await listed.inject({ url: '/actors?limit=1', headers: { origin: 'https://evil.example' } })
  t.notOk(no.headers['access-control-allow-origin'])
  // The same read from three origins at once shares one answer, but each keeps its own CORS answer.
  const [dash, other, evil] = await Promise.all(
    ['https://dash.example', 'https://other.example', 'https://evil.example'].map((origin) =>
      listed.inject({ url: '/actors?limit=2', headers: { origin } }),
    ),
  )
  t.same(
    [dash, other, evil].map((r) => [r.statusCode, r.headers['access-control-allow-origin']]),
    [
      [200, 'https://dash.example'],
      [200, 'https://other.example'],
      [200, undefined],
    ],
  )
  t.ok(other.body === dash.body && evil.body === dash.body)
  t.equal(dash.headers.vary, 'Origin, Accept', 'a shared cache keeps one answer per origin and media type')
  t.equal(open.headers.vary, 'Accept', 'any origin: the same answer for every origin')
  const preflight = await listed.inject({
    method: 'OPTIONS',
    url: '/paths',
    headers: { origin: 'https://dash.example', 'access-control-request-method': 'GET' },
  })
  t.equal(preflight.statusCode, 204)
})

t.test('a database the server does not have: no ETag, and a 503 problem, not a 500', async (t) => {
  const lost = await buildApp(testConfig({ NEO4J_DATABASE: 'nosuchdb' }))
  t.teardown(() => lost.close())
  const res = await lost.inject('/actors')
  t.equal(res.statusCode, 503)
  t.notOk(res.headers.etag)
  t.match(res.json(), { status: 503, detail: 'The graph database is unavailable; retry shortly.' })
})

t.test('identical reads in flight at once share one answer; a later one, another Accept, or an error runs its own', async (t) => {
  const ran: string[] = []
  app.graph.observer = (name) => ran.push(name)
  t.teardown(() => {
    app.graph.observer = undefined
  })
  const url = '/paths?from=prk&to=ukr&maxHops=4'
  const single = await app.inject(url)
  t.equal(single.statusCode, 200)
  const alone = ran.filter((n) => n.startsWith('paths-find')).length
  t.ok(alone >= 1, 'one request runs the path statement')

  ran.length = 0
  const burst = await Promise.all(Array.from({ length: 6 }, () => app.inject(url)))
  t.same(
    burst.map((r) => r.statusCode),
    [200, 200, 200, 200, 200, 200],
  )
  t.ok(
    burst.every((r) => r.body === single.body),
    'every client gets the same paths, with their quotes',
  )
  t.match(JSON.parse(burst[5].body).paths[0].relations[0].claims[0].quote, /\w{3}/)
  t.ok(
    burst.every((r) => r.headers['content-type'] === single.headers['content-type'] && r.headers.etag === single.headers.etag),
    'and the same content type and ETag',
  )
  t.equal(new Set(burst.map((r) => r.headers['x-request-id'])).size, 6, 'each answer keeps its own request id')
  t.equal(ran.filter((n) => n.startsWith('paths-find')).length, alone, 'six clients at once cost the statements of one')

  ran.length = 0
  await app.inject(url)
  t.equal(ran.filter((n) => n.startsWith('paths-find')).length, alone, 'nothing kept: a later request runs afresh')

  ran.length = 0
  const [json, svg] = await Promise.all([
    app.inject('/graph?center=prk&depth=1'),
    app.inject({ url: '/graph?center=prk&depth=1', headers: { accept: 'image/svg+xml' } }),
  ])
  t.match(json.headers['content-type'], /^application\/json/)
  t.match(svg.headers['content-type'], /^image\/svg\+xml/)
  t.equal(ran.filter((n) => n === 'graph-subgraph').length, 2, 'another Accept is another answer, run on its own')

  ran.length = 0
  const missing = '/paths?from=prk&to=atlantis'
  t.equal((await app.inject(missing)).statusCode, 404)
  // The graph version is read at most once per TTL, whoever asks: left out of the count.
  const resolving = () => ran.filter((n) => n !== 'graph-version').length
  const perError = resolving()
  t.ok(perError >= 1)
  ran.length = 0
  const errors = await Promise.all(Array.from({ length: 3 }, () => app.inject(missing)))
  t.same(
    errors.map((r) => [r.statusCode, r.headers['content-type'], JSON.parse(r.body).detail]),
    Array.from({ length: 3 }, () => [404, 'application/problem+json; charset=utf-8', JSON.parse(errors[0].body).detail]),
  )
  t.match(JSON.parse(errors[0].body).detail, /atlantis/)
  t.equal(resolving(), 3 * perError, 'an error is not shared: each client ran its own statements')
})
