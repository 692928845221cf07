// Where the suite's Neo4j is: NEO4J_URI when set, else the embedded one the before hook started.
import type { AppConfig } from '../../src/app.js'

export const TEST_NEO4J_PORT = Number(process.env.TEST_NEO4J_PORT ?? 7688)

export const testConfig = (overrides: Partial<AppConfig> = {}): AppConfig => ({
  NEO4J_URI: process.env.NEO4J_URI ?? `bolt://127.0.0.1:${TEST_NEO4J_PORT}`,
  NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
  NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
  NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? 'neo4j',
  NEO4J_CONNECT_TIMEOUT_MS: 20_000,
  NEO4J_QUERY_TIMEOUT_MS: 10_000,
  LOG_LEVEL: 'silent',
  CACHE_VERSION_TTL_MS: 0,
  // A suite sends thousands of requests from one address and runs CPU-heavy checks in-process: the
  // request budget and load shedding are off here, and on in the tests that are about them.
  RATE_LIMIT_MAX: 0,
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: 0,
  ...overrides,
})
