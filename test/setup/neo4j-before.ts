// Runs once before the whole suite: builds the embedded Neo4j if needed (once, not in every job), stops
// what an aborted earlier run of this suite left behind, and starts one Neo4j per tap job (TAP_JOBS: tap
// writes its settings to the environment, package.json's tap.jobs or --jobs), side by side, so no test
// file's timeout pays for a start; a job without one starts it on first use (test/helpers/config.ts).
// None when NEO4J_URI points the suite at an existing database. Ports and data folders follow
// TEST_NEO4J_PORT (default 7688), so two suites can run side by side on different ports.
import { ensureBuilt } from '../../src/local-neo4j.js'
import { ensureSuiteNeo4j, jobBasePort, MAX_JOBS, stopSuiteNeo4j } from '../helpers/suite-neo4j.js'

if (!process.env.NEO4J_URI) {
  await stopSuiteNeo4j()
  await ensureBuilt((line) => console.error(line))
  const jobs = Math.min(Number(process.env.TAP_JOBS) || 1, MAX_JOBS)
  await Promise.all(Array.from({ length: jobs }, (_, job) => ensureSuiteNeo4j(jobBasePort(job))))
}
