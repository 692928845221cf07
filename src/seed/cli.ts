// `npm run seed [-- files…]`: loads seed/*.json (or the files named) into the Neo4j of NEO4J_URI,
// or into the embedded one at bolt://127.0.0.1:NEO4J_LOCAL_PORT. Prints one line per source.
import neo4j, { type Driver } from 'neo4j-driver'
import { type ConfigError, loadConfig, type Config } from '../config.js'
import { Graph } from '../db/graph.js'
import { verifyWithRetry } from '../plugins/neo4j.js'
import { SEED_DIR, seedFiles, seedFilesIn } from './load-seed.js'
import { SeedError } from './validate-seed.js'

export async function seedCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: Config
  try {
    config = loadConfig(env)
  } catch (err) {
    console.error((err as ConfigError).message)
    return 2
  }
  const uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`
  const driver = neo4j.driver(uri, config.NEO4J_PASSWORD ? neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD) : undefined)
  const code = await seedWith(driver, config, argv).catch((err: unknown) => {
    console.error(
      err instanceof SeedError ? `seed refused; the graph is unchanged:\n${err.message}` : `seed failed: ${(err as Error).message}`,
    )
    return 1
  })
  await driver.close()
  return code
}

async function seedWith(driver: Driver, config: Config, argv: string[]): Promise<number> {
  await verifyWithRetry(driver, config.NEO4J_CONNECT_TIMEOUT_MS, () => {})
  const graph = new Graph(driver, config.NEO4J_DATABASE, config.NEO4J_QUERY_TIMEOUT_MS)
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
