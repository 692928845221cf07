// `npm start`: the whole service on a fresh machine. With NEO4J_URI unset it builds (first run only)
// and starts the embedded Neo4j, then seeds the graph when it is empty (else begins the history of what an
// older entente wrote, src/write/seed-files.ts), then serves; on exit it stops
// the Neo4j it started. With NEO4J_URI set it starts nothing and uses that database.
import path from 'node:path'
import { type ConfigError, loadConfig, type Config } from './config.js'
import { neo4jOptions, openGraph } from './db/connect.js'
import { ensureBuilt, missingPrerequisite, ROOT, startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js'
import { graphStatus } from './queries/status.js'
import { beginHistory, SEED_DIR, seedFiles, seedFilesIn } from './write/seed-files.js'
import { say, serve } from './server.js'

async function seedIfEmpty(config: Config, uri: string): Promise<void> {
  const graph = await openGraph(neo4jOptions(config, uri))
  try {
    if ((await graphStatus(graph)).sources > 0) return await beginHistory(graph)
    const reports = await seedFiles(graph, await seedFilesIn(SEED_DIR))
    say(`seeded ${reports.map((r) => `${r.sourceId} (${r.claims} claims, ${r.relations} relations)`).join(', ')}`)
  } finally {
    await graph.close()
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
    await serve({ ...config, NEO4J_URI: uri }, { afterClose: async () => local?.stop() })
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
