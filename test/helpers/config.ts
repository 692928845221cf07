// Where the suite's Neo4j is: NEO4J_URI when set, else the embedded one of this tap job (see
// suite-neo4j.ts), started here on first use. Every test finds its database through testConfig().
import type { AppConfig } from '../../src/app.js'
import { ensureSuiteNeo4j, jobBasePort, takeTurnOn } from './suite-neo4j.js'

/** This tap job (TAP_JOB_ID, 0 when run alone): files running side by side have different ones. */
export const TAP_JOB = Number(process.env.TAP_JOB_ID ?? 0)

/** This job's embedded Neo4j: TEST_NEO4J_PORT for job 0, 400 above it for each further job. */
export const TEST_NEO4J_PORT = jobBasePort(TAP_JOB)

/** A port of this job's own (offset 1–300 above its Neo4j), for a server or Neo4j a test starts itself. */
export const jobPort = (offset: number) => TEST_NEO4J_PORT + offset

// Under tap (TAP_JOB_ID set): this job's Neo4j, started by the before hook or else by the first file
// that needs it; or, on a database of the developer's own (NEO4J_URI), this file's turn on it.
if (process.env.TAP_JOB_ID !== undefined) {
  if (process.env.NEO4J_URI) await takeTurnOn(process.env.NEO4J_URI)
  else await ensureSuiteNeo4j(TEST_NEO4J_PORT)
}

/**
 * JVM flags for an embedded Neo4j a test starts and stops itself (outages, restarts, a taken port): the
 * quick C1 compiler only. Such an instance answers a few queries; C2's compiling at start-up cost more
 * than it saves (measured: ready after 4–13 s instead of 13–19 s on this busy 2-core machine).
 */
export const QUICK_JVM = ['-XX:TieredStopAtLevel=1']

/**
 * The same for every JVM this test file's process and its children start through the product's own
 * paths (`npm start`, `npm run neo4j:start`, the bulk importer), where no flag can be passed: the JVM
 * reads JAVA_TOOL_OPTIONS (and says so in the embedded Neo4j's log). What those tests prove does not
 * depend on the JIT.
 */
export function useQuickJvm(): void {
  process.env.JAVA_TOOL_OPTIONS = QUICK_JVM.join(' ')
}

export const testConfig = (overrides: Partial<AppConfig> = {}): AppConfig => ({
  NEO4J_URI: process.env.NEO4J_URI ?? `bolt://127.0.0.1:${TEST_NEO4J_PORT}`,
  NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
  NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
  NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? 'neo4j',
  NEO4J_CONNECT_TIMEOUT_MS: 20_000,
  // Generous: with two jobs, two Neo4j plan the path statements at once on a busy machine (the first
  // /paths of an instance took over 10 s there). Tests about timeouts set their own.
  NEO4J_QUERY_TIMEOUT_MS: 60_000,
  LOG_LEVEL: 'silent',
  CACHE_VERSION_TTL_MS: 0,
  // A suite sends thousands of requests from one address and runs CPU-heavy checks in-process: the
  // request budget and load shedding are off here, and on in the tests that are about them.
  RATE_LIMIT_MAX: 0,
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: 0,
  ...overrides,
})
