// The change streams of this process (src/feed/streams.ts): one shared poller over the change feed,
// created with the app. Every stream is ended in preClose, before the server stops listening and waits
// for its connections: close() never waits for a client that follows the feed.
import fp from 'fastify-plugin'
import { ChangeStreams, type StreamOptions } from '../feed/streams.js'
import { changesAfter } from '../queries/changes.js'

declare module 'fastify' {
  interface FastifyInstance {
    changeStreams: ChangeStreams
  }
}

export default fp(
  async (app, opts: StreamOptions) => {
    const streams = new ChangeStreams(
      (since, limit) => changesAfter(app.graph, since, limit),
      opts,
      (err) => app.log.warn({ err }, 'change feed: reading new changes failed; the next poll tries again'),
    )
    app.decorate('changeStreams', streams)
    app.addHook('preClose', async () => {
      streams.close()
    })
  },
  { name: 'change-feed', dependencies: ['neo4j'] },
)
