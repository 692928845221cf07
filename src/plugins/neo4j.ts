// One driver per app: checked with bounded retry and backoff at start (db/connect.ts), exposed only
// through the Graph executor (app.graph), closed when the app closes.
import fp from 'fastify-plugin'
import { type Neo4jOptions, openGraph } from '../db/connect.js'
import type { Graph } from '../db/graph.js'

declare module 'fastify' {
  interface FastifyInstance {
    graph: Graph
  }
}

export interface PoolOptions {
  /** Connections at most (NEO4J_POOL_SIZE). */
  poolSize: number
  /** How long a request waits for a free connection before its 503 (NEO4J_ACQUISITION_TIMEOUT_MS). */
  acquisitionTimeoutMs: number
}

export default fp(
  async (app, opts: Neo4jOptions & PoolOptions) => {
    const graph = await openGraph(opts, {
      log: (msg) => app.log.warn(msg),
      driver: {
        userAgent: 'entente',
        // A pool exhausted under load: every connection is busy with a statement. Waiting the driver's
        // default (60 s) or several seconds only queues more work behind those statements and holds the
        // client; a second is enough to catch a connection freed by a short statement, then the client
        // hears 503 with Retry-After (db/neo4j-errors.ts) and a load balancer can send it elsewhere.
        connectionAcquisitionTimeout: opts.acquisitionTimeoutMs,
        connectionTimeout: 5000,
        maxConnectionPoolSize: opts.poolSize,
        // The driver retries a managed transaction that failed for want of Neo4j for up to 30 s by default:
        // a request would hang that long before its 503. Its first retry waits about 1 s, so 500 ms here
        // means exactly one retry; past that the client is told to come back (Retry-After). Only writes
        // are managed transactions: reads are auto-commit, never retried (src/db/graph.ts).
        maxTransactionRetryTime: 500,
      },
    })
    app.decorate('graph', graph)
    app.addHook('onClose', async () => {
      await graph.close()
    })
  },
  { name: 'neo4j', fastify: '5.x' },
)
