// npm run neo4j:build | neo4j:start | neo4j:stop — the embedded Neo4j on its own, for working with
// `npm run serve` or `npm run seed` against it. Port from NEO4J_LOCAL_PORT (default 7687), data in
// NEO4J_LOCAL_DIR (default .data/neo4j); the pid is kept beside the data folder (.data/neo4j.pid) for stop.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadConfig } from '../../src/config.js'
import { ensureBuilt, missingPrerequisite, ROOT, startLocalNeo4j, stopProcess } from '../../src/local-neo4j.js'

const config = loadConfig()
// Beside the data folder (.data/neo4j.pid by default), so embedded Neo4js in different folders are kept apart.
const pidFile = `${path.resolve(ROOT, config.NEO4J_LOCAL_DIR)}.pid`
const command = process.argv[2]

if (command === 'build' || command === 'start') {
  const missing = await missingPrerequisite()
  if (missing) {
    console.error(missing)
    process.exit(2)
  }
  await ensureBuilt((line) => console.error(line))
}
if (command === 'start') {
  if (existsSync(pidFile)) {
    console.error(`already started (pid ${readFileSync(pidFile, 'utf8')}); npm run neo4j:stop first`)
    process.exit(1)
  }
  const db = await startLocalNeo4j({ port: config.NEO4J_LOCAL_PORT, home: path.resolve(ROOT, config.NEO4J_LOCAL_DIR), detached: true })
  mkdirSync(path.dirname(pidFile), { recursive: true })
  writeFileSync(pidFile, String(db.pid))
  console.log(`embedded Neo4j ready at ${db.uri} (pid ${db.pid})`)
} else if (command === 'stop') {
  if (!existsSync(pidFile)) {
    console.error('no embedded Neo4j was started with npm run neo4j:start')
    process.exit(1)
  }
  await stopProcess(Number(readFileSync(pidFile, 'utf8')))
  rmSync(pidFile)
  console.log('embedded Neo4j stopped')
} else if (command !== 'build') {
  console.error('usage: cli.ts build|start|stop')
  process.exit(2)
}
