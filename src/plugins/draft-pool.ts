// The draft extractor the routes use: a worker pool (src/draft/pool.ts) behind the Extractor
// interface, created with the app and destroyed when it closes.
import fp from 'fastify-plugin'
import type { Extractor } from '../draft/extractor.js'
import { DraftPool, type DraftPoolOptions } from '../draft/pool.js'

declare module 'fastify' {
  interface FastifyInstance {
    drafts: Extractor
  }
}

export default fp(
  async (app, opts: DraftPoolOptions) => {
    const pool = new DraftPool(opts)
    app.decorate('drafts', pool)
    app.addHook('onClose', () => pool.close())
  },
  { name: 'draft-pool' },
)
