// GET /health: the process is alive. Touches nothing else, so it is also the HTTP ceiling in benchmarks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      // A probe: no graph ETag, no request budget, answered under load.
      config: { graphCache: false, rateLimitExempt: true, loadSheddingExempt: true, authExempt: true },
      schema: {
        tags: ['service'],
        operationId: 'getHealth',
        summary: 'Liveness: the process answers',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  )
}
export default health
