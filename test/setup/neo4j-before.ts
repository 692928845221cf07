// Runs once before the whole suite: starts one embedded Neo4j (fresh data folder) for every test
// file, unless NEO4J_URI points the suite at an existing database. Port, data folder and pid file
// follow TEST_NEO4J_PORT (default 7688), so two suites can run side by side on different ports.
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ensureBuilt, ROOT, startLocalNeo4j } from '../../src/local-neo4j.js'
import { TEST_NEO4J_PORT } from '../helpers/config.js'

if (!process.env.NEO4J_URI) {
  const home = path.join(ROOT, `.data/test-neo4j-${TEST_NEO4J_PORT}`)
  rmSync(home, { recursive: true, force: true })
  await ensureBuilt((line) => console.error(line))
  const started = Date.now()
  const db = await startLocalNeo4j({ port: TEST_NEO4J_PORT, home, detached: true, heapMb: 2048 })
  writeFileSync(path.join(ROOT, `.data/test-neo4j-${TEST_NEO4J_PORT}.pid`), String(db.pid))
  console.error(`# embedded Neo4j for the suite at ${db.uri} (pid ${db.pid}) in ${Date.now() - started} ms`)
}
