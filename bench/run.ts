// `npm run bench [-- --sizes 1000,10000,100000 --duration 10]`: for each size (actors; relations are
// ten times as many) a fresh embedded Neo4j (port 7740, data in .data/bench-neo4j) is loaded with a
// synthetic graph by `npm run seed:synthetic` in a child process, the API is started in a process of
// its own on 127.0.0.1 (bench/api-process.ts: its RSS is the API's alone), and every scenario is
// measured twice: the API under autocannon (its own process) and the very statements the API ran for
// the same requests, replayed through the bare driver (bench/replay.ts; recorded through an app in
// this process that serves no traffic). Writes bench/results.json and prints the table. Targets are read off the
// results, never asserted here: timings depend on the machine. `--method import` loads each size
// through Neo4j's bulk importer instead (`seed:synthetic --method import` into the fresh data folder
// before Neo4j starts on it); `--method concurrent` through the driver in CALL IN CONCURRENT
// TRANSACTIONS; the default, unwind, through the driver in batched UNWIND transactions. Then, unless
// `--writes off`, a few read scenarios again with the write scenario beside them (bench/writes.ts: PUT
// and DELETE of a generated 50-relation source, in a loop): the write latencies, and the reads' p99
// with the writes beside them against the same scenario alone.
// `--cold-start` runs the cold-start scenario alone instead (bench/cold-start.ts): the article graph,
// 64 clients (--http-connections) for 60 s (--duration) from the moment /ready first says 200.
import { spawn } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildApp, type App } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { ensureBuilt, ROOT, startLocalNeo4j, type LocalNeo4j } from '../src/local-neo4j.js'
import { type ApiProcess, buildDist, startApi } from './api-process.js'
import { intIn, refuse } from './args.js'
import { cannon, type CannonResult } from './cannon.js'
import { coldStart } from './cold-start.js'
import { pickParams, type BenchParams } from './params.js'
import { RawDriver, recordPlan, type Plan } from './replay.js'
import { closedLoop, type LoadResult } from './stats.js'
import { generatedSource } from './write-source.js'
import { benchWriteKey, checkWrites, writeLoop } from './writes.js'

const USAGE =
  'npm run bench [-- --sizes 1000,10000 --duration 10 --connections 2 --http-connections 16 --port 7740 --heap 4096 --pagecache 4096 --method unwind|concurrent|import --writes on|off --out file --uri bolt://…] | npm run bench -- --cold-start [--duration 60 --http-connections 64 --port --heap --pagecache --out --uri]'
const say = (message: string): never => refuse('bench', message, USAGE)
const flags = (() => {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '1000,10000,100000' },
        duration: { type: 'string', default: '10' },
        connections: { type: 'string', default: '2' },
        'http-connections': { type: 'string', default: '16' },
        port: { type: 'string', default: '7740' },
        heap: { type: 'string', default: '4096' },
        pagecache: { type: 'string', default: '4096' },
        // How each size is loaded: the driver's batched UNWIND, its CALL IN CONCURRENT TRANSACTIONS, or
        // neo4j-admin database import (a first load).
        method: { type: 'string', default: 'unwind' },
        // The write scenario beside some read scenarios (it needs a write key: bench/writes.ts).
        writes: { type: 'string', default: 'on' },
        out: { type: 'string', default: path.join(ROOT, 'bench/results.json') },
        // Measure a graph already loaded by `npm run seed:synthetic` (one size, no fresh Neo4j, no seeding).
        uri: { type: 'string' },
        // The cold-start scenario alone, on the article graph (bench/cold-start.ts).
        'cold-start': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values
  } catch (err) {
    return say((err as Error).message)
  }
})()
if (flags.help) {
  console.log(`usage: ${USAGE}`)
  process.exit(0)
}
const positive = (name: string, value: string, max: number) =>
  intIn(value, 1, max) ?? say(`--${name} must be an integer 1-${max}, got ${JSON.stringify(value)}`)
const SIZES = flags.sizes.split(',').map((size) => positive('sizes', size, 10_000_000))
const DURATION = positive('duration', flags.duration, 3600)
const CONNECTIONS = positive('connections', flags.connections, 1000)
const HTTP_CONNECTIONS = positive('http-connections', flags['http-connections'], 1000)
const PORT = positive('port', flags.port, 65535)
positive('heap', flags.heap, 1_000_000)
positive('pagecache', flags.pagecache, 1_000_000)
if (!['unwind', 'concurrent', 'import'].includes(flags.method))
  say(`--method must be unwind, concurrent or import, got ${JSON.stringify(flags.method)}`)
if (!['on', 'off'].includes(flags.writes)) say(`--writes must be on or off, got ${JSON.stringify(flags.writes)}`)
if (flags.method === 'import' && flags.uri) say('--method import loads a fresh Neo4j: not with --uri')
const given = (flag: string) => process.argv.some((a) => a === flag || a.startsWith(`${flag}=`))
if (flags['cold-start'] && (given('--sizes') || given('--method') || given('--connections')))
  say('--cold-start runs on the article graph through the API alone: not with --sizes, --method or --connections')
/* c8 ignore start -- the benchmark itself: minutes per size against a fresh Neo4j, run alone on a quiet machine (npm run bench); the suite starts it only to see it refuse bad arguments (test/commands.test.ts) */
const HOME = path.join(ROOT, '.data/bench-neo4j')
const WARMUP = 2
/** The read scenarios measured again with the write scenario beside them. */
const WITH_WRITES = ['paths-shortest', 'influence', 'graph-ego']
/** The Accept header of the revalidation scenario (graph-ego-304). */
const ETAG_ACCEPT = 'application/json'

interface Scenario {
  name: string
  endpoint: string
  urls: string[]
  /** false: no database statement to compare with (/health, answered-by-ETag requests). */
  raw: boolean
  headers?: Record<string, string>
  connections: number
}

interface Row {
  name: string
  actors: number
  relations: number
  endpoint: string
  p50_ms: number
  p99_ms: number
  rps: number
  raw_p50_ms: number | null
  raw_p99_ms: number | null
  raw_rps: number | null
  ratio: number | null
  errors: number
  /** The API process's largest resident set sampled (every 100 ms) while autocannon ran this scenario. */
  api_rss_mb: number | null
  /** The ranking worker's largest resident set sampled meanwhile (it runs only after a write): null when none ran. */
  worker_rss_mb: number | null
  /** The API's answers by status code (graph-ego-304: all 304). */
  statuses: Record<string, number>
}

const log = (line: string) => process.stderr.write(`${line}\n`)
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

function scenarios(p: BenchParams, etag: string): Scenario[] {
  const q = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`
  const db = { raw: true, connections: CONNECTIONS }
  return [
    { name: 'health', endpoint: '/health', urls: ['/health'], raw: false, connections: HTTP_CONNECTIONS },
    { name: 'paths-shortest', endpoint: '/paths', urls: p.pairs.map((x) => q('/paths', { from: x.from, to: x.to })), ...db },
    {
      name: 'paths-strongest',
      endpoint: '/paths?rank=strongest',
      urls: p.pairs.map((x) => q('/paths', { from: x.from, to: x.to, rank: 'strongest', maxHops: '3' })),
      ...db,
    },
    {
      name: 'influence',
      endpoint: '/influence',
      urls: p.influence.map((x) => q('/influence', { from: x.provider, to: x.dependent })),
      ...db,
    },
    { name: 'ranking', endpoint: '/influence/ranking', urls: ['/influence/ranking', '/influence/ranking?kind=state'], ...db },
    { name: 'actors-search', endpoint: '/actors?q=', urls: p.queries.map((x) => q('/actors', { q: x })), ...db },
    { name: 'graph-ego', endpoint: '/graph?center&depth=1', urls: p.centers.map((c) => q('/graph', { center: c, depth: '1' })), ...db },
    {
      name: 'graph-ego-304',
      endpoint: '/graph (If-None-Match)',
      urls: [q('/graph', { center: p.centers[0], depth: '1' })],
      raw: false,
      headers: { accept: ETAG_ACCEPT, 'if-none-match': etag },
      connections: HTTP_CONNECTIONS,
    },
  ]
}

/**
 * A fresh Neo4j holding the synthetic graph of this size (none with --uri): unwind starts Neo4j on an
 * empty folder and seeds it; import writes the store first (seed:synthetic starts and stops a Neo4j of
 * its own for the schema and the ranking), then starts Neo4j on it.
 */
async function freshNeo4j(actors: number, relations: number): Promise<{ db: LocalNeo4j; report?: Record<string, number> }> {
  if (flags.uri) return { db: { uri: flags.uri, pid: 0, stop: async () => {} } }
  rmSync(HOME, { recursive: true, force: true })
  const size = ['--actors', String(actors), '--relations', String(relations)]
  const memory = ['--heap', flags.heap, '--pagecache', flags.pagecache]
  const report =
    flags.method === 'import' ? await seed([...size, '--method', 'import', '--home', HOME, '--port', String(PORT), ...memory]) : undefined
  const db = await startLocalNeo4j({
    port: PORT,
    home: HOME,
    heapMb: Number(flags.heap),
    pagecacheMb: Number(flags.pagecache),
    gc: 'parallel',
  })
  if (report) return { db, report }
  try {
    return { db, report: await seed([...size, '--method', flags.method], db.uri) }
  } catch (err) {
    await db.stop()
    throw err
  }
}

/** `npm run seed:synthetic` in a child: the generator's memory never counts against the API's RSS. */
function seed(args: string[], uri?: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const argv = ['--import', 'tsx', path.join(ROOT, 'tools/synthetic/cli.ts'), ...args, '--json']
    const env = { ...process.env, ...(uri && { NEO4J_URI: uri }) }
    const child = spawn(process.execPath, argv, { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`seed:synthetic exited with ${code}`))))
  })
}

async function measure(
  app: App,
  base: string,
  raw: RawDriver,
  s: Scenario,
  rss: () => void,
): Promise<{ api: CannonResult; raw: LoadResult | null }> {
  let rawResult: LoadResult | null = null
  if (s.raw) {
    const plans: Plan[] = []
    for (const url of s.urls) {
      let status = 0
      plans.push(await recordPlan(app.graph, async () => (status = (await app.inject(url)).statusCode)))
      if (status !== 200) log(`  ${url}: status ${status}`)
    }
    const jobs = plans.map((plan) => () => raw.run(plan))
    await closedLoop(jobs, s.connections, WARMUP)
    rawResult = await closedLoop(jobs, s.connections, DURATION)
  }
  const opts = { url: base, paths: s.urls, headers: s.headers, connections: s.connections }
  await cannon({ ...opts, duration: WARMUP })
  const timer = setInterval(rss, 100)
  try {
    return { api: await cannon({ ...opts, duration: DURATION }), raw: rawResult }
  } finally {
    clearInterval(timer)
  }
}

function table(rows: Row[]): string {
  const head = [
    'scenario',
    'actors',
    'relations',
    'p50 ms',
    'p99 ms',
    'rps',
    'raw p50',
    'raw p99',
    'raw rps',
    'ratio',
    'errors',
    'API RSS MB',
    'worker RSS MB',
  ]
  const body = rows.map((r) => [
    r.name,
    String(r.actors),
    String(r.relations),
    r.p50_ms.toFixed(2),
    r.p99_ms.toFixed(2),
    r.rps.toFixed(0),
    r.raw_p50_ms?.toFixed(2) ?? '-',
    r.raw_p99_ms?.toFixed(2) ?? '-',
    r.raw_rps?.toFixed(0) ?? '-',
    r.ratio?.toFixed(2) ?? '-',
    String(r.errors),
    r.api_rss_mb?.toFixed(1) ?? '-',
    r.worker_rss_mb?.toFixed(1) ?? '-',
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

await ensureBuilt(log)
buildDist()
if (flags['cold-start']) {
  const result = await coldStart(
    {
      uri: flags.uri,
      port: PORT,
      heapMb: Number(flags.heap),
      pagecacheMb: Number(flags.pagecache),
      connections: given('--http-connections') ? HTTP_CONNECTIONS : 64,
      duration: given('--duration') ? DURATION : 60,
    },
    log,
  )
  const out = given('--out') ? flags.out : path.join(ROOT, 'bench/cold-start-results.json')
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2)}\n`)
  console.log(
    `cold start: /ready 200 after ${result.readyAfterMs} ms; then ${result.requests} requests in ${result.durationS} s at ${result.connections} clients: ` +
      `${result.errors} errors (${result.non2xx} non-2xx, ${result.transportErrors} transport), p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms; ` +
      `warm: ${result.warm.requests} requests, ${result.warm.errors} errors, p50 ${result.warm.latencyMs.p50} ms, p99 ${result.warm.latencyMs.p99} ms; ` +
      `results in ${path.relative(ROOT, out)}`,
  )
  process.exit(0)
}
const started = Date.now()
const rows: Row[] = []
const seeds: Array<Record<string, number>> = []
// The API process's memory at the largest size: the largest VmRSS sampled, and its VmHWM (peak) at the end.
let memory = { rssMaxMb: 0, hwmMb: 0, actors: 0, relations: 0 }
const environment = {
  cpus: os.cpus().length,
  memoryGb: round(os.totalmem() / 2 ** 30, 1),
  loadAverageAtStart: os.loadavg().map((x) => round(x)),
}
for (const actors of SIZES) {
  const relations = actors * 10
  log(`\n== ${actors} actors, ${relations} relations`)
  const { db, report } = await freshNeo4j(actors, relations)
  let app: App | undefined
  let api: ApiProcess | undefined
  const raw = new RawDriver(db.uri, 'neo4j')
  try {
    if (report) {
      seeds.push(report)
      const parts = flags.method === 'import' ? ` (CSV ${report.csvSeconds} s + import ${report.importSeconds} s)` : ''
      log(
        `seeded by ${flags.method} in ${report.loadSeconds} s${parts} + indexes ${report.schemaSeconds} s; ranking ${report.rankingSeconds} s`,
      )
    }
    // The API as deployed, but without the per-client rate limit: one client is the whole load here.
    // Served from a process of its own; the app in this process only records the statements to replay.
    api = await startApi(db.uri)
    const base = api.base
    // Made now, before any measurement: a bench that cannot write stops before it has spent its time.
    const writeKey = flags.writes === 'on' ? await benchWriteKey(db.uri) : null
    app = await buildApp({
      ...loadConfig({ ...process.env, NEO4J_URI: db.uri, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'silent' }),
      NEO4J_URI: db.uri,
    })
    const params = await pickParams(app.graph, relations)
    // The ETag is per URL and Accept (src/plugins/graph-cache.ts): fetch's default Accept (*/*) is not
    // autocannon's (none), so both send the same one. Every measured answer must be a 304: checked here.
    const egoUrl = `${base}/graph?${new URLSearchParams({ center: params.centers[0], depth: '1' })}`
    const etag = (await fetch(egoUrl, { headers: { accept: ETAG_ACCEPT } })).headers.get('etag') as string
    const revalidated = await fetch(egoUrl, { headers: { accept: ETAG_ACCEPT, 'if-none-match': etag } })
    if (revalidated.status !== 304) throw new Error(`graph-ego-304: a revalidation got ${revalidated.status}, not 304`)
    const largest = actors === Math.max(...SIZES)
    let scenarioRss = 0
    let workerRss = 0
    const served = api
    const sample = () => {
      const rss = served.memoryMb('VmRSS') ?? 0
      scenarioRss = Math.max(scenarioRss, rss)
      workerRss = Math.max(workerRss, served.childMemoryMb() ?? 0)
      if (largest) memory = { ...memory, rssMaxMb: Math.max(memory.rssMaxMb, rss), hwmMb: served.memoryMb('VmHWM') ?? 0, actors, relations }
    }
    const add = (row: Row) => {
      rows.push(row)
      log(table([row]).split('\n')[2])
    }
    const toRow = (
      name: string,
      endpoint: string,
      api: LoadResult,
      rawResult: LoadResult | null,
      statuses: Record<string, number>,
    ): Row => ({
      name,
      actors,
      relations,
      endpoint,
      p50_ms: round(api.p50),
      p99_ms: round(api.p99),
      rps: round(api.rps, 0),
      raw_p50_ms: rawResult && round(rawResult.p50),
      raw_p99_ms: rawResult && round(rawResult.p99),
      raw_rps: rawResult && round(rawResult.rps, 0),
      ratio: rawResult && round(api.p50 / rawResult.p50),
      errors: api.errors + (rawResult?.errors ?? 0),
      api_rss_mb: scenarioRss || null,
      worker_rss_mb: workerRss || null,
      statuses,
    })
    for (const s of scenarios(params, etag)) {
      scenarioRss = 0
      workerRss = 0
      const r = await measure(app, base, raw, s, sample)
      add(toRow(s.name, s.endpoint, r.api, r.raw, r.api.statuses))
    }
    if (writeKey !== null) {
      // The same reads with a PUT and a DELETE of a 50-relation source going on beside them, one after
      // the other; the source's relations join actors these reads ask about.
      const doc = generatedSource([...params.pairs.flatMap((x) => [x.from, x.to]), ...params.centers])
      await checkWrites(base, writeKey, doc)
      for (const s of scenarios(params, etag).filter((x) => WITH_WRITES.includes(x.name))) {
        scenarioRss = 0
        workerRss = 0
        const writing = writeLoop(base, writeKey, doc, WARMUP, DURATION)
        const r = await measure(app, base, raw, { ...s, raw: false }, sample)
        const w = await writing
        add(toRow(`${s.name}+writes`, `${s.endpoint} beside PUT and DELETE`, r.api, null, r.api.statuses))
        add(toRow(`write-put (${s.name})`, 'PUT /sources/{id}, 50 relations', w.put, null, {}))
        add(toRow(`write-delete (${s.name})`, 'DELETE /sources/{id}', w.delete, null, {}))
      }
    }
  } finally {
    await app?.close()
    await api?.stop()
    await raw.close()
    await db.stop()
  }
}

const largest = seeds[seeds.length - 1]
const results = {
  seed: largest && {
    method: flags.method,
    relations: largest.relations,
    seconds: round(largest.loadSeconds + largest.schemaSeconds, 1),
    relationsPerSecond: largest.relationsPerSecond,
    loadSeconds: largest.loadSeconds,
    // With --method import: loadSeconds is writing the CSV files plus the importer's run.
    ...(flags.method === 'import' && { csvSeconds: largest.csvSeconds, importSeconds: largest.importSeconds }),
    indexSeconds: largest.schemaSeconds,
    rankingSeconds: largest.rankingSeconds,
    claims: largest.claims,
  },
  scenarios: rows,
  api: memory,
  settings: {
    duration: DURATION,
    connections: CONNECTIONS,
    httpConnections: HTTP_CONNECTIONS,
    writes: flags.writes,
    heapMb: Number(flags.heap),
    pagecacheMb: Number(flags.pagecache),
  },
  environment: { ...environment, loadAverageAtEnd: os.loadavg().map((x) => round(x)), minutes: round((Date.now() - started) / 60000, 1) },
}
writeFileSync(flags.out, `${JSON.stringify(results, null, 2)}\n`)
console.log(table(rows))
console.log(
  (results.seed
    ? `\nseed: ${results.seed.relations} relations in ${results.seed.seconds} s (${results.seed.relationsPerSecond}/s), ranking ${results.seed.rankingSeconds} s; `
    : '\n') +
    `API process RSS max ${memory.rssMaxMb} MB (VmHWM ${memory.hwmMb} MB) at ${memory.actors} actors; ${results.environment.minutes} min; results in ${path.relative(ROOT, flags.out)}`,
)
