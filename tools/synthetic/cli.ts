// `npm run seed:synthetic -- --actors 100000 --relations 1000000 [--seed 42] [--wipe]`: generates a
// synthetic graph and loads it into the Neo4j of NEO4J_URI (or the embedded one at
// bolt://127.0.0.1:NEO4J_LOCAL_PORT). Refuses a database that is not empty unless --wipe is given.
// `--method concurrent`: the same load, with claims, relations and deals sent as statements that Neo4j
// splits into --concurrency inner transactions at a time of about --batch relations each
// (CALL IN CONCURRENT TRANSACTIONS, load.ts).
// `--method import --home DIR [--port P] [--keep]`: a first load through Neo4j's bulk importer
// instead (import.ts) into the embedded Neo4j home DIR, which must hold no database yet (or --wipe);
// the embedded Neo4j is then started there on P (default NEO4J_LOCAL_PORT) for the schema and the
// ranking, and stopped, unless --keep leaves it running (stop it with `npm run neo4j:stop` with
// NEO4J_LOCAL_DIR=DIR). Progress goes to stderr; the summary to stdout (--json: one JSON object, for
// bench/run.ts).
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { loadConfig, type Config } from '../../src/config.js'
import { databaseUri, neo4jOptions, openGraph } from '../../src/db/connect.js'
import type { Graph } from '../../src/db/graph.js'
import { SyntheticGraph } from './generate.js'
import { importSynthetic } from './import.js'
import { loadSynthetic, NotEmptyError, wipe } from './load.js'
import { ProgressBar, type ProgressStream } from './progress.js'

const count = (max: number) => z.coerce.number().int().min(0).max(max)
const Args = z.object({
  actors: count(10_000_000).min(2).default(1000),
  relations: count(100_000_000).default(10_000),
  seed: count(2 ** 31).default(42),
  batch: count(1_000_000).min(1).default(10_000),
  concurrency: count(16).min(1).default(2),
  'actors-per-source': count(10_000_000).min(1).default(2000),
  wipe: z.boolean().default(false),
  json: z.boolean().default(false),
  method: z.enum(['unwind', 'concurrent', 'import']).default('unwind'),
  home: z.string().min(1).optional(),
  port: count(65535).min(1).optional(),
  // Only with --method import (defaults in bulkImport): the importer's heap and off-heap budget (MB) and
  // worker threads, the embedded Neo4j's heap and page cache (MB).
  keep: z.boolean().optional(),
  'import-heap': count(1_000_000).min(256).optional(),
  'off-heap': count(1_000_000).min(64).optional(),
  'import-threads': count(256).min(1).optional(),
  heap: count(1_000_000).min(256).optional(),
  pagecache: count(1_000_000).min(8).optional(),
})
type Args = z.infer<typeof Args>

/** The options that only a bulk import takes. */
const IMPORT_ONLY = ['home', 'port', 'keep', 'import-heap', 'off-heap', 'import-threads', 'heap', 'pagecache'] as const
const ImportArgs = Args.superRefine((a, ctx) => {
  if (a.method === 'import' && a.home === undefined)
    ctx.addIssue({ code: 'custom', path: ['home'], message: 'required with --method import: the Neo4j home to import into' })
  if (a.method !== 'import')
    for (const name of IMPORT_ONLY.filter((n) => a[n] !== undefined))
      ctx.addIssue({ code: 'custom', path: [name], message: 'only with --method import' })
})

const OPTIONS = {
  actors: { type: 'string' },
  relations: { type: 'string' },
  seed: { type: 'string' },
  batch: { type: 'string' },
  concurrency: { type: 'string' },
  'actors-per-source': { type: 'string' },
  wipe: { type: 'boolean' },
  json: { type: 'boolean' },
  method: { type: 'string' },
  home: { type: 'string' },
  port: { type: 'string' },
  keep: { type: 'boolean' },
  'import-heap': { type: 'string' },
  'off-heap': { type: 'string' },
  'import-threads': { type: 'string' },
  heap: { type: 'string' },
  pagecache: { type: 'string' },
} as const

export interface Io {
  out: (line: string) => void
  err: ProgressStream
}

const defaultIo: Io = { out: console.log, err: process.stderr }

export async function syntheticCommand(argv: string[], env: NodeJS.ProcessEnv = process.env, io: Io = defaultIo): Promise<number> {
  let args: Args
  let config: Config
  try {
    args = ImportArgs.parse(parseArgs({ args: argv, options: OPTIONS, strict: true }).values)
    config = loadConfig(env)
  } catch (err) {
    const message =
      err instanceof z.ZodError ? err.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : (err as Error).message
    io.err.write(
      `${message}\nusage: seed:synthetic -- --actors N --relations M [--seed S] [--wipe] [--json] ` +
        '[--batch B] [--concurrency C] [--method concurrent | --method import --home DIR [--port P] [--keep] [--import-heap MB] [--off-heap MB] [--import-threads N] [--heap MB] [--pagecache MB]]\n',
    )
    return 2
  }
  // Batches of ten thousand relations and the ranking's whole-graph reads outlast a request's timeout.
  const options = (uri: string) => ({ ...neo4jOptions(config, uri), queryTimeoutMs: 600_000 })
  const loading =
    args.method === 'import'
      ? bulkImport(args, config, options, io)
      : openGraph(options(databaseUri(config))).then((graph) => load(graph, args, io).finally(() => graph.close()))
  const code = await loading.then(
    () => 0,
    (err: Error) => {
      io.err.write(`${err instanceof NotEmptyError ? 'refused' : 'synthetic seed failed'}: ${err.message}\n`)
      return 1
    },
  )
  return code
}

const generate = (args: Args) =>
  new SyntheticGraph({ actors: args.actors, relations: args.relations, seed: args.seed, actorsPerSource: args['actors-per-source'] })

async function load(graph: Graph, args: Args, io: Io): Promise<void> {
  if (args.wipe) await wipe(graph)
  const synthetic = generate(args)
  const bar = new ProgressBar(io.err)
  const report = await loadSynthetic(graph, synthetic, {
    batchSize: args.batch,
    concurrency: args.concurrency,
    method: args.method === 'concurrent' ? 'concurrent' : 'unwind',
    progress: (phase, done, total) => bar.update(phase, done, total),
  })
  const perSecond = Math.round(report.relations / (report.loadSeconds + report.schemaSeconds))
  io.out(
    args.json
      ? JSON.stringify({ ...report, relationsPerSecond: perSecond })
      : `loaded ${report.actors} actors, ${report.relations} relations and ${report.claims} claims in ${report.loadSeconds.toFixed(1)} s, ` +
          `indexed in ${report.schemaSeconds.toFixed(1)} s (${perSecond} relations/s); ranking in ${report.rankingSeconds.toFixed(1)} s` +
          (report.retriedRows === undefined ? '' : `; ${report.retriedRows} rows sent again after a failed inner transaction`),
  )
}

async function bulkImport(args: Args, config: Config, options: (uri: string) => Parameters<typeof openGraph>[0], io: Io): Promise<void> {
  const home = path.resolve(args.home as string)
  const bar = new ProgressBar(io.err)
  const report = await importSynthetic(generate(args), {
    home,
    port: args.port ?? config.NEO4J_LOCAL_PORT,
    wipe: args.wipe,
    importHeapMb: args['import-heap'] ?? 1024,
    offHeapMb: args['off-heap'] ?? 1024,
    // The importer's own default too: a worker thread per processor.
    threads: args['import-threads'] ?? availableParallelism(),
    heapMb: args.heap ?? 1024,
    pagecacheMb: args.pagecache ?? 512,
    keep: args.keep ?? false,
    open: (uri) => openGraph(options(uri)),
    progress: (phase, done, total) => bar.update(phase, done, total),
  })
  const { neo4j, ...figures } = report
  const perSecond = Math.round(report.relations / (report.loadSeconds + report.schemaSeconds))
  // Kept like `npm run neo4j:start` keeps it, so `npm run neo4j:stop` with NEO4J_LOCAL_DIR=home stops it.
  if (neo4j) writeFileSync(`${home}.pid`, String(neo4j.pid))
  const running = neo4j
    ? `embedded Neo4j left running at ${neo4j.uri} (pid ${neo4j.pid}); stop it with NEO4J_LOCAL_DIR=${home} npm run neo4j:stop`
    : `embedded Neo4j stopped; start it on this home with NEO4J_LOCAL_DIR=${home} npm run neo4j:start`
  io.out(
    args.json
      ? JSON.stringify({ ...figures, relationsPerSecond: perSecond, ...(neo4j && { uri: neo4j.uri, pid: neo4j.pid }) })
      : `imported ${report.actors} actors, ${report.relations} relations and ${report.claims} claims in ${report.loadSeconds.toFixed(1)} s ` +
          `(CSV ${report.csvSeconds.toFixed(1)} s + import ${report.importSeconds.toFixed(1)} s), indexed in ${report.schemaSeconds.toFixed(1)} s ` +
          `(${perSecond} relations/s); ranking in ${report.rankingSeconds.toFixed(1)} s\n${running}`,
  )
}

/* c8 ignore next 3 -- the entry point when run as a script; tests call syntheticCommand() */
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await syntheticCommand(process.argv.slice(2))
}
