// `npm run load`: the API under sustained load. Starts the embedded Neo4j (or uses NEO4J_URI), seeds
// the article, starts the API in this process on a free port of 127.0.0.1 with the request budget
// off, and drives it with autocannon from a child process (so the load generator does not share the
// server's event loop): 30 s at 50 connections on GET /paths?from=prk&to=ukr, then the same on GET
// /influence?from=chn&to=rus. Reports requests/s, latency p50/p99, errors, non-2xx and the process's
// RSS before, every 5 s and after; writes bench/load-results.json and prints a table.
//
// LOAD_DURATION_S (30) and LOAD_CONNECTIONS (50) change the run; every other variable is the API's.
/* c8 ignore start -- the load test: a minute or more of load on a seeded graph (npm run load), run alone on a quiet machine; the suite starts it only to see it refuse a bad argument (test/commands.test.ts) */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { ensureBuilt, startLocalNeo4j, type LocalNeo4j } from '../src/local-neo4j.js'
import { redactUri } from '../src/lib/logging.js'
import { SEED_DIR, seedFiles, seedFilesIn } from '../src/write/seed-files.js'
import { envInt, refuse } from './args.js'
import { cannon } from './cannon.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const USAGE = 'npm run load (no arguments; LOAD_DURATION_S 1-3600, default 30; LOAD_CONNECTIONS 1-1000, default 50)'
if (process.argv.length > 2) refuse('load', `unexpected argument ${JSON.stringify(process.argv[2])}`, USAGE)
const DURATION_S = envInt('load', 'LOAD_DURATION_S', 30, 1, 3600, USAGE)
const CONNECTIONS = envInt('load', 'LOAD_CONNECTIONS', 50, 1, 1000, USAGE)
const TARGETS = ['/paths?from=prk&to=ukr', '/influence?from=chn&to=rus']

const say = (line: string) => console.error(`[load] ${line}`)
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
/** Latencies to a tenth of a millisecond (autocannon times each response to the microsecond). */
const ms = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)

/** One target's figures, as written to load-results.json. */
interface LoadRun {
  target: string
  durationS: number
  connections: number
  requestsPerSecond: number
  requests: number
  latencyMs: Record<'p50' | 'p99' | 'average' | 'max', number | null>
  errors: number
  non2xx: number
  statusCodes: Record<string, number>
  rssMb: { before: number; after: number; every5s: number[] }
}

async function main() {
  const config = loadConfig(process.env)
  let local: LocalNeo4j | undefined
  let home: string | undefined
  let uri = config.NEO4J_URI
  if (uri === undefined) {
    await ensureBuilt(say)
    home = mkdtempSync(path.join(os.tmpdir(), 'entente-load-neo4j-'))
    // A port of its own next to the configured one, so a running `npm start` is left alone.
    local = await startLocalNeo4j({ port: config.NEO4J_LOCAL_PORT + 100, home, heapMb: 1024 })
    uri = local.uri
    say(`embedded Neo4j at ${uri}`)
  }
  // Load is what is measured here, so the request budget is off; load shedding keeps its settings. The
  // log level is LOG_LEVEL when set, else error: a line per request on the console is not the point.
  const logLevel = process.env.LOG_LEVEL ? config.LOG_LEVEL : 'error'
  const app = await buildApp({ ...config, NEO4J_URI: uri, LOG_LEVEL: logLevel, RATE_LIMIT_MAX: 0 })
  try {
    const [report] = await seedFiles(app.graph, await seedFilesIn(SEED_DIR))
    say(`seeded ${report.sourceId} (${report.status})`)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
    const runs: LoadRun[] = []
    for (const target of TARGETS) {
      // A short warm-up: query plans and JIT are not what this measures.
      await cannon({ url: base, paths: [target], connections: 4, duration: 2 })
      const rssBefore = process.memoryUsage().rss
      say(`${target}: ${DURATION_S} s at ${CONNECTIONS} connections…`)
      // RSS every 5 s of the run: a leak climbs run-long, warm-up (50 sockets, a grown heap) levels off.
      const samples: number[] = []
      const sampler = setInterval(() => samples.push(mb(process.memoryUsage().rss)), 5000)
      const r = await cannon({ url: base, paths: [target], connections: CONNECTIONS, duration: DURATION_S })
      clearInterval(sampler)
      const rssAfter = process.memoryUsage().rss
      runs.push({
        target,
        durationS: DURATION_S,
        connections: CONNECTIONS,
        requestsPerSecond: Math.round(r.rps * 10) / 10,
        requests: r.count,
        latencyMs: { p50: ms(r.p50), p99: ms(r.p99), average: ms(r.mean), max: ms(r.max) },
        errors: r.transportErrors,
        non2xx: Object.entries(r.statuses).reduce((n, [status, count]) => n + (status.startsWith('2') ? 0 : count), 0),
        statusCodes: r.statuses,
        rssMb: { before: mb(rssBefore), after: mb(rssAfter), every5s: samples },
      })
    }
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      // Other work on the machine shares its CPUs with the API and Neo4j: the 1-minute load average at the end.
      loadAverage: Math.round(os.loadavg()[0] * 10) / 10,
      neo4j: local ? 'embedded (tools/neo4j-local), same machine' : redactUri(uri),
      logLevel,
      runs,
    }
    writeFileSync(path.join(HERE, 'load-results.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${os.cpus().length} CPUs (load average ${results.loadAverage}), Node ${process.version}; ${results.neo4j}`)
    console.table(
      Object.fromEntries(
        runs.map((r) => [
          r.target,
          {
            'req/s': r.requestsPerSecond,
            'p50 ms': r.latencyMs.p50,
            'p99 ms': r.latencyMs.p99,
            errors: r.errors,
            'non-2xx': r.non2xx,
            'RSS MB before→after': `${r.rssMb.before}→${r.rssMb.after}`,
            'RSS MB every 5 s': r.rssMb.every5s.join(' '),
          },
        ]),
      ),
    )
    say('wrote bench/load-results.json')
  } finally {
    await app.close()
    await local?.stop()
    if (home) rmSync(home, { recursive: true, force: true })
  }
}
/* c8 ignore stop */

await main()
