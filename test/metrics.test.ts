// GET /metrics as Prometheus scrapes it, parsed by a real exposition-format parser (prom2javascript):
// every family entente promises (request durations by route and status, Neo4j statements by name,
// the draft pool, ranking recomputes, the graph version, rate-limit and load-shedding refusals) with
// the labels and values the requests made here imply; off by default; on a port of its own with
// METRICS_PORT, closed with the app; exempt from the rate limit. The Grafana dashboard in docs/ parses
// and plots only families that exist.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getMetricsFromIterator } from 'prom2javascript'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { ROOT } from '../src/local-neo4j.js'
import { unavailableCauses } from '../bench/unavailable-causes.js'
import { testConfig } from './helpers/config.js'
import { seedArticle, wipe } from './helpers/graph.js'

type Family = { type: string; help: string; data: Array<{ labels: Record<string, string>; value?: number; count?: number; sum?: number }> }

// The client writes a gauge with no sample yet (the event-loop lag before its first reading) as
// "Nan", which Prometheus reads (Go's ParseFloat ignores case) and prom2javascript refuses: such lines
// are dropped before parsing, and only they.
const parse = async (text: string) =>
  (await getMetricsFromIterator(
    text
      .split('\n')
      .filter((l) => !/ Nan$/.test(l))
      [Symbol.iterator](),
  )) as unknown as Record<string, Family>

const app = await buildApp(testConfig({ METRICS_ENABLED: true }))
t.teardown(() => app.close())
await wipe(app)
await seedArticle(app)

t.test('every family, with the labels and values these requests imply', async (t) => {
  t.equal((await app.inject('/actors/prk')).statusCode, 200)
  t.equal((await app.inject('/actors/made-up')).statusCode, 404)
  for (let i = 0; i < 6; i++) t.equal((await app.inject('/influence/ranking?limit=1')).statusCode, 200)
  await t.rejects(app.graph.read('actor-by-id', {}), 'a statement that fails (a parameter missing)')
  const res = await app.inject('/metrics')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8')
  t.equal(app.metricsAddress(), null, 'on the API port: no listener of its own')
  const m = await parse(res.body)

  const http = m.http_request_duration_seconds
  t.equal(http.type, 'histogram')
  const series = (route: string, status: string) => http.data.find((d) => d.labels.route === route && d.labels.status_code === status)
  t.equal(series('/actors/:id', '200')?.count, 1, 'GET /actors/:id 200, once')
  t.equal(series('/actors/:id', '404')?.count, 1, 'and 404, once')
  t.equal(series('/influence/ranking', '200')?.count, 6, 'GET /influence/ranking 200, six times')
  t.ok(
    http.data.every((d) => d.labels.route !== '/metrics'),
    'scrapes are not timed',
  )

  const st = m.entente_neo4j_statement_duration_seconds
  t.equal(st.type, 'histogram')
  const statement = (name: string, outcome: string) => st.data.find((d) => d.labels.statement === name && d.labels.outcome === outcome)
  t.equal(statement('influence-ranking', 'ok')?.count, 6, 'the ranking read, by name, once per answered request')
  t.ok((statement('graph-version', 'ok')?.count ?? 0) >= 1, 'the graph cache’s version read')
  t.equal(statement('actor-by-id', 'error')?.count, 1, 'the failed statement, as an error')
  t.ok((statement('influence-ranking', 'ok')?.sum ?? -1) > 0, 'durations in seconds')

  t.equal(m.entente_draft_pool_queued.type, 'gauge')
  t.equal(m.entente_draft_pool_queued.data[0].value, 0, 'no draft waiting')
  t.equal(m.entente_draft_pool_active.data[0].value, 0, 'no draft running')

  t.equal(m.entente_ranking_recompute_seconds.type, 'histogram')
  t.equal(m.entente_ranking_recompute_seconds.data[0].count, 1, 'the seed above recomputed the ranking once')
  t.ok((m.entente_ranking_recompute_seconds.data[0].sum ?? 0) > 0)

  const [meta] = await app.graph.read('graph-version')
  t.equal(m.entente_graph_version.data[0].value, meta.version, 'the graph version, as Neo4j holds it')

  const refusals = Object.fromEntries(m.entente_refusals_total.data.map((d) => [d.labels.reason, d.value]))
  t.same(refusals, { rate_limit: 0, load_shedding: 0 }, 'nothing refused yet, and both series present')
  t.ok(m.process_cpu_user_seconds_total && m.nodejs_eventloop_lag_seconds, 'and the process’s default metrics')
})

t.test('a draft shows in the pool gauges while it runs', async (t) => {
  const text = 'Mongolia relies heavily on Russia for fuel. '.repeat(400)
  const pending = app.inject({ method: 'POST', url: '/drafts', payload: { text } })
  let seen = 0
  for (let i = 0; i < 200 && seen === 0; i++) {
    const m = await parse((await app.inject('/metrics')).body)
    seen = (m.entente_draft_pool_active.data[0].value ?? 0) + (m.entente_draft_pool_queued.data[0].value ?? 0)
    if (seen === 0) await new Promise((r) => setTimeout(r, 5))
  }
  t.equal((await pending).statusCode, 200)
  t.equal(seen, 1, 'one draft, active or queued')
})

t.test('the graph version is absent, not 0, when Neo4j cannot say it; an extractor with no pool has none queued or active', async (t) => {
  const samples = (text: string) => text.split('\n').filter((l) => l.startsWith('entente_graph_version'))
  // Neo4j gone after a scrape that read the version: the next scrape has no sample (reset() gave 0).
  const down = await buildApp(testConfig({ METRICS_ENABLED: true }))
  t.teardown(() => down.close())
  const [meta] = await down.graph.read('graph-version')
  t.same(samples((await down.inject('/metrics')).body), [`entente_graph_version ${meta.version}`])
  await down.graph.driver.close()
  const after = (await down.inject('/metrics')).body
  t.ok(after.includes('# TYPE entente_graph_version gauge\n'), 'the family is still described')
  t.same(samples(after), [], 'but has no sample')

  // The build that writes openapi.yaml opens no database: nothing to ask.
  const bare = await buildApp(testConfig({ METRICS_ENABLED: true }), {}, { withDatabase: false })
  t.teardown(() => bare.close())
  // The Extractor interface (src/draft/extractor.ts) lets an extractor that runs no worker pool, and so
  // has no load(), stand in for the pool.
  bare.drafts = { name: 'stand-in', draft: async () => Promise.reject(new Error('not called')) }
  const res = await bare.inject('/metrics')
  t.equal(res.statusCode, 200)
  t.same(samples(res.body), [], 'no graph version without a database')
  const lines = res.body.split('\n')
  t.ok(lines.includes('entente_draft_pool_queued 0'), 'none queued')
  t.ok(lines.includes('entente_draft_pool_active 0'), 'none active')
})

t.test('off by default; METRICS_PORT moves it to a listener of its own, closed with the app; refusals counted', async (t) => {
  const off = await buildApp(testConfig())
  t.equal((await off.inject('/metrics')).statusCode, 404, 'no /metrics unless METRICS_ENABLED')
  await off.close()
  const own = await buildApp(
    testConfig({
      METRICS_ENABLED: true,
      METRICS_PORT: 0,
      PRESSURE_MAX_HEAP_USED_MB: 1,
      RATE_LIMIT_MAX: 2,
      PRESSURE_SAMPLE_INTERVAL_MS: 10,
    }),
  )
  await own.ready()
  const address = own.metricsAddress()
  t.ok(address && address.port > 0, 'listening')
  const url = `http://127.0.0.1:${address?.port}/metrics`
  t.equal((await own.inject('/metrics')).statusCode, 404, 'not on the API port')
  await new Promise((r) => setTimeout(r, 50))
  const shed = await own.inject('/actors')
  t.equal(shed.statusCode, 503, 'a heap over 1 MB sheds every request')
  t.equal(
    (await own.inject('/actors')).statusCode,
    429,
    'the third request (the 404 above counts) is past the budget of 2, refused before load shedding',
  )
  for (let i = 0; i < 3; i++) t.equal((await fetch(url)).status, 200, 'scrapes: neither rate-limited nor shed')
  const m = await parse(await (await fetch(url)).text())
  const refusals = Object.fromEntries(m.entente_refusals_total.data.map((d) => [d.labels.reason, d.value]))
  t.same(refusals, { rate_limit: 1, load_shedding: 1 }, 'the 429 and the 503, each counted once')
  t.equal((await fetch(url.replace('/metrics', '/other'))).status, 404, 'only /metrics there')
  await own.close()
  await t.rejects(fetch(url), 'the listener closed with the app')
})

t.test('the cold-start bench reads from /metrics where the 503s of a burst came from: load shedding, or the rest, by route', async (t) => {
  // A heap over 1 MB sheds every request but /health: 503s of load shedding, counted as such, in the
  // real exposition, and timed like every answer.
  const shedding = await buildApp(testConfig({ METRICS_ENABLED: true, PRESSURE_MAX_HEAP_USED_MB: 1, PRESSURE_SAMPLE_INTERVAL_MS: 10 }))
  t.teardown(() => shedding.close())
  await shedding.ready()
  await new Promise((r) => setTimeout(r, 50))
  t.equal((await shedding.inject('/actors/prk')).statusCode, 503, 'before the burst')
  const before = (await shedding.inject('/metrics')).body
  for (const url of ['/actors/prk', '/actors/kor', '/ready']) t.equal((await shedding.inject(url)).statusCode, 503, url)
  t.equal((await shedding.inject('/health')).statusCode, 200)
  const shed = unavailableCauses(before, (await shedding.inject('/metrics')).body)
  t.same(shed.unavailable, { loadShedding: 3, other: 0, failedStatements: {} })
  t.same(
    shed.byRoute,
    {
      '/actors/:id': { requests: 2, unavailable: 2, slowerThan2500Ms: 0 },
      '/ready': { requests: 1, unavailable: 1, slowerThan2500Ms: 0 },
      '/health': { requests: 1, unavailable: 0, slowerThan2500Ms: 0 },
    },
    'only what came after the first reading',
  )

  // The executor's 503s (the pool ran dry), written out by hand as the exposition has them: during
  // the burst, three of /paths (one of them after 3 s) and one of /graph, and one request shed.
  const exposition = (n: number) =>
    [
      'entente_refusals_total{reason="rate_limit"} 0',
      `entente_refusals_total{reason="load_shedding"} ${n}`,
      `http_request_duration_seconds_bucket{le="2.5",method="GET",route="/paths",status_code="200"} ${7 * n}`,
      `http_request_duration_seconds_bucket{le="2.5",method="GET",route="/paths",status_code="503"} ${2 * n}`,
      `http_request_duration_seconds_count{method="GET",route="/paths",status_code="200"} ${7 * n}`,
      `http_request_duration_seconds_count{method="GET",route="/paths",status_code="503"} ${3 * n}`,
      `http_request_duration_seconds_bucket{le="2.5",method="GET",route="/graph",status_code="503"} ${2 * n}`,
      `http_request_duration_seconds_count{method="GET",route="/graph",status_code="503"} ${2 * n}`,
      'http_request_duration_seconds_count{method="GET",route="/ready",status_code="503"} 40',
      `entente_neo4j_statement_duration_seconds_count{statement="paths-shortest",outcome="error"} ${2 * n}`,
      `entente_neo4j_statement_duration_seconds_count{statement="paths-shortest",outcome="ok"} ${7 * n}`,
      'entente_neo4j_statement_duration_seconds_count{statement="graph-version",outcome="error"} 1',
    ].join('\n')
  t.same(unavailableCauses(exposition(1), exposition(2)), {
    unavailable: { loadShedding: 1, other: 4, failedStatements: { 'paths-shortest': 2 } },
    byRoute: {
      '/paths': { requests: 10, unavailable: 3, slowerThan2500Ms: 1 },
      '/graph': { requests: 2, unavailable: 2, slowerThan2500Ms: 0 },
    },
  })
})

t.test('METRICS_ENABLED and METRICS_PORT are validated', async (t) => {
  t.throws(() => loadConfig({ METRICS_ENABLED: 'yes' }), /Invalid METRICS_ENABLED="yes": expected true or false/)
  t.throws(() => loadConfig({ METRICS_PORT: '70000' }), /Invalid METRICS_PORT="70000"/)
  t.match(loadConfig({ METRICS_ENABLED: 'true', METRICS_PORT: '9464' }), { METRICS_ENABLED: true, METRICS_PORT: 9464 })
  t.match(loadConfig({}), { METRICS_ENABLED: false, METRICS_PORT: undefined })
})

t.test('the Grafana dashboard parses and plots only metrics that exist', async (t) => {
  const dashboard = JSON.parse(readFileSync(path.join(ROOT, 'docs/grafana-dashboard.json'), 'utf8'))
  const families = Object.keys(await parse((await app.inject('/metrics')).body))
  const exprs: string[] = dashboard.panels.flatMap((p: any) => (p.targets ?? []).map((x: any) => x.expr).filter(Boolean))
  t.ok(exprs.length >= 6, `${exprs.length} Prometheus panels`)
  const used = new Set(
    exprs.flatMap((e) =>
      (e.match(/\b(entente_\w+|http_request_duration_seconds\w*)/g) ?? []).map((n) => n.replace(/_(bucket|count|sum)$/, '')),
    ),
  )
  for (const name of [
    'http_request_duration_seconds',
    'entente_neo4j_statement_duration_seconds',
    'entente_draft_pool_queued',
    'entente_draft_pool_active',
    'entente_ranking_recompute_seconds',
    'entente_graph_version',
    'entente_refusals_total',
  ])
    t.ok(used.has(name), `a panel plots ${name}`)
  for (const name of used) t.ok(families.includes(name), `${name} exists in /metrics`)
  const timeline = dashboard.panels.find((p: any) =>
    (p.targets ?? []).some((x: any) => String(x.url ?? '').includes('/influence/timeline')),
  )
  t.ok(timeline, 'a panel reads /influence/timeline')
  const vars = Object.fromEntries(dashboard.templating.list.map((v: any) => [v.name, v.current?.value ?? v.query]))
  const url = new URL(timeline.targets[0].url.replace(/\$\{(\w+)\}/g, (_: string, name: string) => vars[name]))
  t.equal(url.origin, 'http://127.0.0.1:3000', 'the API address, a dashboard variable')
  const res = await app.inject(`${url.pathname}${url.search}`)
  t.equal(res.statusCode, 200, 'its URL answers')
  t.ok(res.json().points.length > 0)
})
