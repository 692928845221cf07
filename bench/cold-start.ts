// `npm run bench -- --cold-start`: what a load balancer does to a fresh instance (issue 26). A fresh
// embedded Neo4j (or --uri, which must hold nothing yet or the article) and the API started as the
// image runs it (bench/api-process.ts), which seeds the article and warms up; the moment /ready first
// answers 200, `connections` clients send `duration` seconds of a mix of /paths, /influence, /graph
// as SVG, the ranking and search, rate limit off (autocannon in a child, bench/cannon.ts). Reported:
// how long /ready took to say 200, then errors (non-2xx and transport), statuses, p50 and p99 of that
// first minute, the same for a second burst once warm, and where each burst's 503s came from: the
// service's own /metrics (METRICS_ENABLED), read before and after it, splits them into load shedding's
// refusals and the rest (the pool or a statement's time limit, through the executor), and counts
// requests, 503s and answers slower than 2.5 s by route.
// Nothing is asserted: the lead reads the figures (bench/README.md).
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, startLocalNeo4j, type LocalNeo4j } from '../src/local-neo4j.js'
import { startApi } from './api-process.js'
import { cannon } from './cannon.js'
import { unavailableCauses } from './unavailable-causes.js'

/** The burst: every kind of read a client sends first, on actors of the article. */
export const COLD_MIX = [
  '/paths?from=prk&to=ukr',
  '/paths?from=Pyongyang&to=Ukraine&rank=strongest&maxHops=4',
  '/paths?from=chn&to=rus',
  '/influence?from=chn&to=prk',
  '/influence?from=rus&to=prk',
  '/graph?center=prk&depth=2&format=svg',
  '/influence/ranking?limit=20',
  '/influence/ranking?kind=state&basis=stated',
  '/actors?q=korea',
  '/actors?q=Putin',
]

export interface ColdStartOptions {
  uri?: string
  port: number
  heapMb: number
  pagecacheMb: number
  connections: number
  duration: number
}

const round = (x: number | null, digits = 1) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits)

/* c8 ignore start -- the cold-start scenario: a minute of 64 clients against a freshly started API (npm run bench -- --cold-start), run alone on a quiet machine; its reading of /metrics is tested (bench/unavailable-causes.ts, test/metrics.test.ts) */
/** Polls /ready every 50 ms until it answers 200; resolves with the milliseconds that took and the 503s seen. */
async function untilReady(base: string, timeoutMs = 600_000): Promise<{ ms: number; notReady: number }> {
  const started = Date.now()
  let notReady = 0
  for (;;) {
    const res = await fetch(`${base}/ready`).catch(() => null)
    if (res?.status === 200) return { ms: Date.now() - started, notReady }
    notReady++
    if (Date.now() - started > timeoutMs) throw new Error(`/ready did not answer 200 within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** One burst of the mix: counts, statuses, latencies, and where its 503s came from. */
async function burst(base: string, opts: ColdStartOptions) {
  const before = await (await fetch(`${base}/metrics`)).text()
  const r = await cannon({ url: base, paths: COLD_MIX, connections: opts.connections, duration: opts.duration })
  const non2xx = Object.entries(r.statuses).reduce((n, [status, count]) => n + (status.startsWith('2') ? 0 : count), 0)
  return {
    requests: r.count,
    rps: round(r.rps),
    errors: non2xx + r.transportErrors,
    non2xx,
    transportErrors: r.transportErrors,
    statuses: r.statuses,
    latencyMs: { p50: round(r.p50), p99: round(r.p99), max: round(r.max) },
    ...unavailableCauses(before, await (await fetch(`${base}/metrics`)).text()),
  }
}

export async function coldStart(opts: ColdStartOptions, log: (line: string) => void) {
  const home = path.join(ROOT, '.data/bench-cold-neo4j')
  let db: LocalNeo4j = { uri: opts.uri ?? '', pid: 0, stop: async () => {} }
  if (!opts.uri) {
    rmSync(home, { recursive: true, force: true })
    db = await startLocalNeo4j({ port: opts.port, home, heapMb: opts.heapMb, pagecacheMb: opts.pagecacheMb, gc: 'parallel' })
  }
  const loadAverageAtStart = os.loadavg().map((x) => round(x, 2))
  try {
    // Listening is enough here: the warm-up is part of what is measured, /ready says when it is over.
    const api = await startApi(db.uri, { until: 'listening', env: { METRICS_ENABLED: 'true' } })
    try {
      const ready = await untilReady(api.base)
      log(`/ready said 200 ${ready.ms} ms after the API listened (${ready.notReady} answers before it)`)
      log(`${opts.connections} clients for ${opts.duration} s on ${COLD_MIX.length} URLs…`)
      // The cold minute, then the same burst again on the now warm instance: the comparison the issue
      // asks for ("takes load as it does warm"), taken in one run.
      const cold = await burst(api.base, opts)
      log('the same burst again, warm…')
      const warm = await burst(api.base, opts)
      return {
        scenario: 'cold-start',
        readyAfterMs: ready.ms,
        notReadyAnswers: ready.notReady,
        connections: opts.connections,
        durationS: opts.duration,
        urls: COLD_MIX,
        ...cold,
        warm,
        environment: { cpus: os.cpus().length, loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)) },
      }
    } finally {
      await api.stop()
    }
  } finally {
    await db.stop()
    if (!opts.uri) rmSync(home, { recursive: true, force: true })
  }
}
