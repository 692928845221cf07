// `npm run seed [-- files…]`: loads seed/*.json (or the files named) into the Neo4j of NEO4J_URI, or
// into the embedded one at bolt://127.0.0.1:NEO4J_LOCAL_PORT, through the code PUT /sources/{id}
// runs (seed-files.ts, load-source.ts). Prints one line per source.
import { type ConfigError, loadConfig, type Config } from '../config.js'
import { databaseUri, type Neo4jOptions, neo4jOptions, openGraph } from '../db/connect.js'
import type { Graph } from '../db/graph.js'
import { SEED_DIR, seedFiles, seedFilesIn } from './seed-files.js'
import { SeedError } from '../seed/validate-seed.js'

export async function seedCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: Config
  try {
    config = loadConfig(env)
  } catch (err) {
    console.error((err as ConfigError).message)
    return 2
  }
  const code = await seedWith(neo4jOptions(config, databaseUri(config)), argv).catch((err: unknown) => {
    console.error(
      err instanceof SeedError ? `seed refused; the graph is unchanged:\n${err.message}` : `seed failed: ${(err as Error).message}`,
    )
    return 1
  })
  return code
}

async function seedWith(opts: Neo4jOptions, argv: string[]): Promise<number> {
  const graph = await openGraph(opts)
  return seedInto(graph, argv).finally(() => graph.close())
}

async function seedInto(graph: Graph, argv: string[]): Promise<number> {
  const files = argv.length > 0 ? argv : await seedFilesIn(SEED_DIR)
  const started = Date.now()
  const reports = await seedFiles(graph, files)
  for (const r of reports) {
    console.log(`${r.file}: ${r.status} (${r.actors} actors, ${r.claims} claims, ${r.relations} relations)`)
  }
  console.log(`seeded ${reports.length} source(s) in ${Date.now() - started} ms`)
  return 0
}

/* c8 ignore next 3 -- the entry point when run as a script; tests call seedCommand() */
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await seedCommand(process.argv.slice(2))
}
