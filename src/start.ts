// `npm start`: the whole service on a fresh machine. With NEO4J_URI unset it builds (first run only)
// and starts the embedded Neo4j, then seeds the graph when it is empty, then serves; on exit it stops
// the Neo4j it started. With NEO4J_URI set it starts nothing and uses that database.
import neo4j from 'neo4j-driver'
import path from 'node:path'
import { type ConfigError, loadConfig, type Config } from './config.js'
import { Graph } from './db/graph.js'
import { ensureBuilt, missingPrerequisite, ROOT, startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js'
import { verifyWithRetry } from './plugins/neo4j.js'
import { graphStatus } from './queries/status.js'
import { SEED_DIR, seedFiles, seedFilesIn } from './seed/load-seed.js'
import { serve } from './server.js'

const say = (line: string) => console.error(`[entente] ${line}`)

async function seedIfEmpty(config: Config, uri: string): Promise<void> {
  const driver = neo4j.driver(uri, config.NEO4J_PASSWORD ? neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD) : undefined)
  try {
    await verifyWithRetry(driver, config.NEO4J_CONNECT_TIMEOUT_MS, () => {})
    const graph = new Graph(driver, config.NEO4J_DATABASE, config.NEO4J_QUERY_TIMEOUT_MS)
    if ((await graphStatus(graph)).sources > 0) return
    const reports = await seedFiles(graph, await seedFilesIn(SEED_DIR))
    say(`seeded ${reports.map((r) => `${r.sourceId} (${r.claims} claims, ${r.relations} relations)`).join(', ')}`)
  } finally {
    await driver.close()
  }
}

export async function start(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let config: Config
  try {
    config = loadConfig(env)
  } catch (err) {
    say((err as ConfigError).message)
    return 2
  }
  let local: LocalNeo4j | undefined
  let uri = config.NEO4J_URI
  if (uri === undefined) {
    const missing = await missingPrerequisite()
    if (missing) {
      say(missing)
      return 2
    }
    await ensureBuilt(say)
    say(`starting the embedded Neo4j on port ${config.NEO4J_LOCAL_PORT}…`)
    local = await startLocalNeo4j({ port: config.NEO4J_LOCAL_PORT, home: path.resolve(ROOT, config.NEO4J_LOCAL_DIR) })
    uri = local.uri
    say(`embedded Neo4j ready at ${uri} (pid ${local.pid})`)
  }
  try {
    await seedIfEmpty(config, uri)
    const app = await serve({ ...config, NEO4J_URI: uri }, { afterClose: async () => local?.stop() })
    const base = `http://${config.HOST}:${(app.server.address() as { port: number }).port}`
    say(`API at ${base}/ — Swagger UI at ${base}/docs`)
    return 0
  } catch (err) {
    say(`could not start: ${(err as Error).message}`)
    await local?.stop()
    return 1
  }
}

/* c8 ignore next 4 -- the entry point when run as a script; tests run it as a child process */
if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await start()
  if (code !== 0) process.exit(code)
}
