// GET /paths: JSON, or an SVG picture of the paths (format=svg or Accept: image/svg+xml).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { contentType, MEDIA_TYPES } from '../../lib/media-types.js'
import { chooseFormat, PATHS_OFFERS } from '../../export/negotiate.js'
import { pathsPicture } from '../../export/pictures.js'
import { SVG_DESCRIPTION, toSvg } from '../../export/svg.js'
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
          '`from` and `to` naming the same actor: one path of 0 hops (that actor, no relations, score 1).\n\n' +
          `**Formats** (\`format\`, or the Accept header when \`format\` is absent; nothing acceptable: 406): \`json\` (${MEDIA_TYPES.json.type}, the default), ` +
          `or \`svg\` (${MEDIA_TYPES.svg.type}; an \`<img>\` asks for it by itself): ${SVG_DESCRIPTION} Each actor sits in the column of the first hop it appears at, so the picture reads from \`from\` (left) to \`to\` (right).`,
        querystring: PathsQuery,
        response: {
          200: {
            description: 'the paths, in the requested format',
            content: {
              [MEDIA_TYPES.json.type]: { schema: PathsResponse },
              [MEDIA_TYPES.svg.type]: { schema: z.string().describe('SVG picture of the paths') },
            },
          },
          400: problem(400),
          404: problem(404),
          406: problem(406),
          503: problem(503),
        },
      },
    },
    async (req, reply) => {
      const format = chooseFormat(req.query.format, req.headers.accept, PATHS_OFFERS, '/paths')
      const answer = await findPaths(app.graph, req.query)
      if (format === 'json') return reply.type(contentType('json')).send(answer)
      return reply.type(contentType('svg')).send(toSvg(pathsPicture(answer, req.query)))
    },
  )
}
export default paths
