// The stored ranking's refresh after a write (src/write/ranking-refresher.ts), one per app: writes call
// app.rankingRefresh.request() once they have committed a change, and answer without waiting for it;
// a ranking found stale when the app is ready is refreshed then; closing the app lets a running refresh
// finish and ends the worker.
import fp from 'fastify-plugin'
import type { Neo4jOptions } from '../db/connect.js'
import { rankingIsStale } from '../write/ranking.js'
import { RankingRefresher } from '../write/ranking-refresher.js'

declare module 'fastify' {
  interface FastifyInstance {
    rankingRefresh: RankingRefresher
  }
}

export default fp(
  async (app, opts: { neo4j: Neo4jOptions }) => {
    const refresher = new RankingRefresher({ neo4j: opts.neo4j, warn: (message) => app.log.warn(message) })
    app.decorate('rankingRefresh', refresher)
    // A ranking left stale, by a process that wrote and ended before its refresh did, is refreshed when
    // the app is ready, not at the next write. Neo4j not answering here is the routes' concern.
    app.addHook('onReady', async () => {
      const stale = await rankingIsStale(app.graph).catch((err: Error) => {
        app.log.warn(`could not tell whether the stored ranking is fresh (${err.message})`)
        return false
      })
      if (stale) refresher.request()
    })
    app.addHook('onClose', async () => {
      await refresher.close()
    })
  },
  { name: 'ranking-refresh', fastify: '5.x', dependencies: ['neo4j'] },
)
