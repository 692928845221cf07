// GET /ready: Neo4j answers, the graph is seeded and the warm-up is over (plugins/warm-up.ts);
// otherwise 503 problem+json with Retry-After, so orchestrators hold traffic until all three are true.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { unavailable } from '../../lib/http-errors.js'
import { graphStatus } from '../../queries/status.js'
import { problem } from '../../schemas/common.js'

const ready: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/ready',
    {
      // A probe: no graph ETag, no request budget (it is shed under load like any read of Neo4j).
      config: { graphCache: false, rateLimitExempt: true, authExempt: true },
      schema: {
        tags: ['service'],
        operationId: 'getReady',
        summary: 'Readiness: Neo4j reachable, the graph seeded, the path statements planned',
        response: {
          200: z.object({ status: z.literal('ready'), sources: z.number().int(), graphVersion: z.number().int() }),
          503: problem(503),
        },
      },
    },
    async () => {
      // First, before any query: a request that arrives while the warm-up runs is never counted ready.
      if (!app.isWarm()) throw unavailable('Warming up: Neo4j is planning the path statements.', 1)
      let status: Awaited<ReturnType<typeof graphStatus>>
      try {
        status = await graphStatus(app.graph)
      } catch {
        throw unavailable('Neo4j is not reachable.')
      }
      if (status.sources === 0 || status.version === null) throw unavailable('The graph is not seeded yet.')
      return { status: 'ready' as const, sources: status.sources, graphVersion: status.version }
    },
  )
}
export default ready
