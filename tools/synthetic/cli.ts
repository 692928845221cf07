// `npm run seed:synthetic -- --actors 100000 --relations 1000000 [--seed 42] [--wipe]`: generates a
// synthetic graph and loads it into the Neo4j of NEO4J_URI (or the embedded one at
// bolt://127.0.0.1:NEO4J_LOCAL_PORT). Refuses a database that is not empty unless --wipe is given.
// Progress goes to stderr; the summary to stdout (--json: one JSON object, for bench/run.ts).
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { loadConfig, type Config } from '../../src/config.js'
import { databaseUri, neo4jOptions, openGraph } from '../../src/db/connect.js'
import type { Graph } from '../../src/db/graph.js'
import { SyntheticGraph } from './generate.js'
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
} as const

export interface Io {
  out: (line: string) => void
  err: ProgressStream
}

const defaultIo: Io = { out: console.log, err: process.stderr }

export async function syntheticCommand(argv: string[], env: NodeJS.ProcessEnv = process.env, io: Io = defaultIo): Promise<number> {
  let args: z.infer<typeof Args>
  let config: Config
  try {
    args = Args.parse(parseArgs({ args: argv, options: OPTIONS, strict: true }).values)
    config = loadConfig(env)
  } catch (err) {
    const message =
      err instanceof z.ZodError ? err.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : (err as Error).message
    io.err.write(
      `${message}\nusage: seed:synthetic -- --actors N --relations M [--seed S] [--batch B] [--concurrency C] [--wipe] [--json]\n`,
    )
    return 2
  }
  // Batches of ten thousand relations and the ranking's whole-graph reads outlast a request's timeout.
  const opts = { ...neo4jOptions(config, databaseUri(config)), queryTimeoutMs: 600_000 }
  const code = await openGraph(opts)
    .then((graph) => load(graph, args, io).finally(() => graph.close()))
    .then(
      () => 0,
      (err: Error) => {
        io.err.write(`${err instanceof NotEmptyError ? 'refused' : 'synthetic seed failed'}: ${err.message}\n`)
        return 1
      },
    )
  return code
}

async function load(graph: Graph, args: z.infer<typeof Args>, io: Io): Promise<void> {
  if (args.wipe) await wipe(graph)
  const synthetic = new SyntheticGraph({
    actors: args.actors,
    relations: args.relations,
    seed: args.seed,
    actorsPerSource: args['actors-per-source'],
  })
  const bar = new ProgressBar(io.err)
  const report = await loadSynthetic(graph, synthetic, {
    batchSize: args.batch,
    concurrency: args.concurrency,
    progress: (phase, done, total) => bar.update(phase, done, total),
  })
  const perSecond = Math.round(report.relations / (report.loadSeconds + report.schemaSeconds))
  io.out(
    args.json
      ? JSON.stringify({ ...report, relationsPerSecond: perSecond })
      : `loaded ${report.actors} actors, ${report.relations} relations and ${report.claims} claims in ${report.loadSeconds.toFixed(1)} s, ` +
          `indexed in ${report.schemaSeconds.toFixed(1)} s (${perSecond} relations/s); ranking in ${report.rankingSeconds.toFixed(1)} s`,
  )
}

/* c8 ignore next 3 -- the entry point when run as a script; tests call syntheticCommand() */
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await syntheticCommand(process.argv.slice(2))
}
