// GET /paths
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { findPaths } from '../../queries/paths.js'
import { PathsQuery, PathsResponse } from '../../schemas/analysis.js'
import { problem } from '../../schemas/common.js'

const paths: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/paths',
    {
      schema: {
        tags: ['analysis'],
        operationId: 'findPaths',
        summary: 'Paths between two actors, with the evidence of every hop',
        description:
          '"How does North Korea reach Ukraine?" `from` and `to` take an id, name or alias. Unknown actor: 404; ' +
          'a name that fits several actors: 400 listing the candidates; no path: 200 with `paths: []`. ' +
          '`from` and `to` naming the same actor: one path of 0 hops (that actor, no relations, score 1).',
        querystring: PathsQuery,
        response: { 200: PathsResponse, 400: problem(400), 404: problem(404), 503: problem(503) },
      },
    },
    async (req) => findPaths(app.graph, req.query),
  )
}
export default paths
