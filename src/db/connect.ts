// Opening the database: one place that turns the configuration into a driver, waits (with bounded
// retry and backoff) until Neo4j answers, and hands back the Graph executor. The app's neo4j plugin,
// `npm start`, `npm run seed` and `npm run seed:synthetic` all open the graph through openGraph.
import neo4j, { type Config as DriverConfig, type Driver } from 'neo4j-driver'
import type { Config } from '../config.js'
import { redactUri } from '../lib/logging.js'
import { Graph } from './graph.js'

export interface Neo4jOptions {
  uri: string
  user: string
  password: string
  database: string
  connectTimeoutMs: number
  queryTimeoutMs: number
}

/** The connection settings of a configuration, against uri (NEO4J_URI, or the embedded Neo4j's). */
export const neo4jOptions = (
  config: Pick<Config, 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_CONNECT_TIMEOUT_MS' | 'NEO4J_QUERY_TIMEOUT_MS'>,
  uri: string,
): Neo4jOptions => ({
  uri,
  user: config.NEO4J_USER,
  password: config.NEO4J_PASSWORD,
  database: config.NEO4J_DATABASE,
  connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
})

/** The database a command uses: NEO4J_URI, or else the embedded Neo4j on NEO4J_LOCAL_PORT. */
export const databaseUri = (config: Pick<Config, 'NEO4J_URI' | 'NEO4J_LOCAL_PORT'>) =>
  config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`

/** Tries getServerInfo until it answers or the deadline passes, doubling the wait (max 2 s). */
async function verifyWithRetry(driver: Driver, deadlineMs: number, log: (msg: string) => void): Promise<void> {
  const deadline = Date.now() + deadlineMs
  let wait = 100
  for (;;) {
    try {
      await driver.getServerInfo()
      return
    } catch (err) {
      if (Date.now() + wait > deadline) throw err
      log(`Neo4j not reachable yet (${(err as Error).message}); retrying in ${wait} ms`)
      await new Promise((resolve) => setTimeout(resolve, wait))
      wait = Math.min(wait * 2, 2000)
    }
  }
}

export interface OpenOptions {
  /** Told about each failed attempt while Neo4j is not reachable yet. */
  log?: (msg: string) => void
  /** Driver settings (pool size, timeouts, retries) beyond the driver's defaults. */
  driver?: DriverConfig
}

/**
 * A driver for opts, checked until Neo4j answers (within opts.connectTimeoutMs), wrapped in the Graph
 * executor; close it with graph.close(). If Neo4j does not answer in time the driver is closed and the
 * error names the URI, its password masked.
 */
export async function openGraph(opts: Neo4jOptions, open: OpenOptions = {}): Promise<Graph> {
  const auth = opts.password === '' ? undefined : neo4j.auth.basic(opts.user, opts.password)
  const driver = neo4j.driver(opts.uri, auth, open.driver)
  try {
    await verifyWithRetry(driver, opts.connectTimeoutMs, open.log ?? (() => undefined))
  } catch (err) {
    await driver.close()
    throw new Error(`Neo4j at ${redactUri(opts.uri)} did not answer within ${opts.connectTimeoutMs} ms: ${(err as Error).message}`)
  }
  return Graph.of(driver, opts.database, opts.queryTimeoutMs)
}
