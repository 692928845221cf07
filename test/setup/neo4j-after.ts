// Runs once after the suite: stops the embedded Neo4j the before hook started.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ROOT, stopProcess } from '../../src/local-neo4j.js'
import { TEST_NEO4J_PORT } from '../helpers/config.js'

const pidFile = path.join(ROOT, `.data/test-neo4j-${TEST_NEO4J_PORT}.pid`)
if (existsSync(pidFile)) {
  await stopProcess(Number(readFileSync(pidFile, 'utf8')))
  rmSync(pidFile)
  rmSync(path.join(ROOT, `.data/test-neo4j-${TEST_NEO4J_PORT}`), { recursive: true, force: true })
}
