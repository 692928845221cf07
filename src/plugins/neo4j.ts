// One driver per app: checked with bounded retry and backoff at start, exposed only through the Graph
// executor (app.graph), closed when the app closes.
import fp from 'fastify-plugin'
import neo4j, { type Driver } from 'neo4j-driver'
import { Graph } from '../db/graph.js'
import { redactUri } from '../lib/logging.js'

declare module 'fastify' {
  interface FastifyInstance {
    graph: Graph
  }
}

export interface Neo4jOptions {
  uri: string
  user: string
  password: string
  database: string
  connectTimeoutMs: number
  queryTimeoutMs: number
}

/** Tries verifyConnectivity until it answers or the deadline passes, doubling the wait (max 2 s). */
export async function verifyWithRetry(driver: Driver, deadlineMs: number, log: (msg: string) => void): Promise<void> {
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

export default fp(
  async (app, opts: Neo4jOptions) => {
    const auth = opts.password === '' ? undefined : neo4j.auth.basic(opts.user, opts.password)
    const driver = neo4j.driver(opts.uri, auth, {
      userAgent: 'entente',
      connectionAcquisitionTimeout: 5000,
      connectionTimeout: 5000,
      maxConnectionPoolSize: 50,
      // The driver retries a managed transaction that failed for want of Neo4j for up to 30 s by default:
      // a request would hang that long before its 503. Its first retry waits about 1 s, so 500 ms here
      // means exactly one retry (it rides over a connection a Neo4j restart broke); past that the
      // client is told to come back (Retry-After).
      maxTransactionRetryTime: 500,
    })
    try {
      await verifyWithRetry(driver, opts.connectTimeoutMs, (msg) => app.log.warn(msg))
    } catch (err) {
      await driver.close()
      throw new Error(`Neo4j at ${redactUri(opts.uri)} did not answer within ${opts.connectTimeoutMs} ms: ${(err as Error).message}`)
    }
    app.decorate('graph', new Graph(driver, opts.database, opts.queryTimeoutMs))
    app.addHook('onClose', async () => {
      await driver.close()
    })
  },
  { name: 'neo4j', fastify: '5.x' },
)
