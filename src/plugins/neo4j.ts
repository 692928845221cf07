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

export default fp(
  async (app, opts: Neo4jOptions) => {
    const graph = await openGraph(opts, {
      log: (msg) => app.log.warn(msg),
      driver: {
        userAgent: 'entente',
        connectionAcquisitionTimeout: 5000,
        connectionTimeout: 5000,
        maxConnectionPoolSize: 50,
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
