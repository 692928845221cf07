// The stored ranking's refresh after a write (src/write/ranking-refresher.ts), one per app: writes call
// app.rankingRefresh.request() once they have committed a change, and answer without waiting for it;
// closing the app lets a running refresh finish and ends the worker.
import fp from 'fastify-plugin'
import type { Neo4jOptions } from '../db/connect.js'
import { RankingRefresher } from '../write/ranking-refresher.js'

declare module 'fastify' {
  interface FastifyInstance {
    rankingRefresh: RankingRefresher
  }
}

export default fp(
  async (app, opts: { neo4j: Neo4jOptions; idleMs?: number; retryMs?: number }) => {
    const refresher = new RankingRefresher({ ...opts, warn: (message) => app.log.warn(message) })
    app.decorate('rankingRefresh', refresher)
    app.addHook('onClose', async () => {
      await refresher.close()
    })
  },
  { name: 'ranking-refresh', fastify: '5.x' },
)
