// GET /metrics: operational metrics in the Prometheus exposition format, off unless METRICS_ENABLED.
// fastify-metrics (over @prometheus-io/client, prom-client's successor) times every request by route
// and status and adds the process's default metrics; this plugin adds entente's own families, all in
// one registry of this app (two apps in one process, as in the tests, never share a series):
//   entente_neo4j_statement_duration_seconds{statement,outcome}  every statement through the executor
//   entente_draft_pool_queued, entente_draft_pool_active          the POST /drafts worker pool
//   entente_ranking_recompute_seconds                             each recompute of the stored ranking
//   entente_graph_version                                         the graph's version, read at scrape time
//   entente_refusals_total{reason}                                429s of the rate limits, 503s of load shedding
// With `port` set the metrics are served by a listener of their own on that port (and not by the API),
// started when the app is ready and closed with it. /metrics is exempt from the rate limit, load
// shedding and the graph cache (its route config), and not in the contract.
import client, { type Registry } from '@prometheus-io/client'
import fastifyMetrics from 'fastify-metrics'
import fp from 'fastify-plugin'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Graph } from '../db/graph.js'
import type { Extractor } from '../draft/extractor.js'
import { rankingObservers } from '../write/ranking.js'
import type {} from '../lib/route-policy.js'

export interface MetricsOptions {
  /** Where /metrics is served: null on the API's own port, a number on a listener of its own (0: any free port). */
  port: number | null
  host: string
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The separate metrics listener's address, once listening; null when /metrics is on the API's port. */
    metricsAddress: () => AddressInfo | null
  }
}

const SECONDS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/** The families entente adds, in `registry`; `graph` and `drafts` are read at scrape time. */
function instruments(registry: Registry, graph: () => Graph | undefined, drafts: () => Extractor) {
  const registers = [registry]
  const statements = new client.Histogram({
    name: 'entente_neo4j_statement_duration_seconds',
    help: 'Neo4j statements run through the executor, by statement name (cypher/<name>.cypher) and outcome',
    labelNames: ['statement', 'outcome'],
    buckets: SECONDS,
    registers,
  })
  new client.Gauge({
    name: 'entente_draft_pool_queued',
    help: 'drafts (POST /drafts) waiting in the worker pool for a thread',
    registers,
    collect() {
      this.set(drafts().load?.().queued ?? 0)
    },
  })
  new client.Gauge({
    name: 'entente_draft_pool_active',
    help: 'drafts a worker thread is working on',
    registers,
    collect() {
      this.set(drafts().load?.().active ?? 0)
    },
  })
  const ranking = new client.Histogram({
    name: 'entente_ranking_recompute_seconds',
    help: 'time to recompute and store the influence ranking after the graph changed',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  })
  new client.Gauge({
    name: 'entente_graph_version',
    help: 'the graph version (it changes whenever a seed or a write changes the graph); absent when Neo4j cannot say',
    registers,
    async collect() {
      const rows = await graph()
        ?.read('graph-version')
        .catch(() => [])
      const version = rows?.[0]?.version
      if (typeof version === 'number') this.set(version)
      // Not reset(): that leaves a gauge without labels at 0, a version the graph never had.
      else this.remove()
    },
  })
  const refusals = new client.Counter({
    name: 'entente_refusals_total',
    help: 'requests refused before any work: rate_limit (429, the app-wide or a route budget), load_shedding (503, the process overloaded)',
    labelNames: ['reason'],
    registers,
  })
  for (const reason of ['rate_limit', 'load_shedding']) refusals.inc({ reason }, 0)
  return {
    statement: (name: string, seconds: number, ok: boolean) =>
      statements.observe({ statement: name, outcome: ok ? 'ok' : 'error' }, seconds),
    ranking: (seconds: number) => ranking.observe(seconds),
    refusals,
  }
}

export default fp(
  async (app, opts: MetricsOptions) => {
    const registry = new client.Registry()
    const config = { graphCache: false, rateLimitExempt: true, loadSheddingExempt: true }
    // A CommonJS module: under Node's ESM its default import is module.exports, the plugin its .default.
    await app.register(fastifyMetrics.default, {
      endpoint: null,
      defaultMetrics: { enabled: true, register: registry },
      routeMetrics: {
        enabled: { histogram: true, summary: false },
        // The summary is off, but the plugin still builds it: in this app's registry, not the global one.
        overrides: { histogram: { registers: [registry], buckets: SECONDS }, summary: { registers: [registry] } },
        routeBlacklist: ['/metrics'],
      },
    })
    const m = instruments(
      registry,
      () => (app.hasDecorator('graph') ? app.graph : undefined),
      () => app.drafts,
    )
    app.addHook('onReady', async () => {
      if (app.hasDecorator('graph')) app.graph.observer = m.statement
    })
    rankingObservers.add(m.ranking)
    app.addHook('onClose', async () => {
      rankingObservers.delete(m.ranking)
    })
    // Refusals, where they are thrown: the rate limits' 429 and load shedding's 503 (its cause names the pressure).
    app.addHook('onError', async (_request, _reply, err) => {
      const e = err as Error & { statusCode?: number; cause?: { pressure?: string } }
      if (e.statusCode === 429) m.refusals.inc({ reason: 'rate_limit' })
      else if (e.statusCode === 503 && e.cause?.pressure !== undefined) m.refusals.inc({ reason: 'load_shedding' })
    })

    let server: Server | null = null
    app.decorate('metricsAddress', () => (server?.address() as AddressInfo | null | undefined) ?? null)
    if (opts.port === null) {
      app.get('/metrics', { config, schema: { hide: true } }, async (_request, reply) =>
        reply.type(registry.contentType).send(await registry.metrics()),
      )
      return
    }
    const port = opts.port
    const listener = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: the metrics are at GET /metrics\n')
        return
      }
      registry.metrics().then((body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body))
    })
    server = listener
    app.addHook('onReady', () => new Promise<void>((resolve, reject) => listener.once('error', reject).listen(port, opts.host, resolve)))
    app.addHook('onClose', () => new Promise<void>((resolve) => listener.close(() => resolve())))
  },
  // No declared dependencies: registered before the others (app.ts), it reads the graph and the draft
  // pool only when scraped or ready.
  { name: 'metrics' },
)
