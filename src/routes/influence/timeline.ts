// GET /influence/timeline: the series of /influence as of each year or month, as JSON, CSV or a line
// chart, negotiated like /graph (format=, else Accept).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { contentType, MEDIA_TYPES } from '../../lib/media-types.js'
import { chooseFormat, TIMELINE_OFFERS } from '../../export/negotiate.js'
import { problem } from '../../schemas/common.js'
import { MAX_POINTS, TimelineQuery, TimelineResponse } from '../../schemas/timeline.js'
import { timelineCsv, timelineSvg } from '../../timeline/chart.js'
import { timeline } from '../../timeline/series.js'

const DESCRIPTION = `Influence between two actors over time, for dashboards: one point per \`step\` (year or month) from \`start\` to \`end\`, each \`{t, score, reverseScore}\` exactly as \`GET /influence?asOf=<t>\` with the same parameters answers it (a relation counts at \`t\` when it was valid at some time in that year or month). \`start\` after \`end\`, or more than ${MAX_POINTS} points: 400 naming \`end\`. Unknown actors: 404, as /influence.

**Formats** (\`format\`, or the Accept header when \`format\` is absent; nothing acceptable: 406):
- \`json\` (${MEDIA_TYPES.json.type}, the default): the series with the model, its version and parameters, and the query as asked.
- \`csv\` (${MEDIA_TYPES.csv.type}): \`t,score,reverseScore\`, a header row, CRLF.
- \`svg\` (${MEDIA_TYPES.svg.type}): a self-contained line chart of both directions on a 0–1 axis, titled with the query.`

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/influence/timeline',
    {
      schema: {
        tags: ['analysis'],
        operationId: 'getInfluenceTimeline',
        summary: 'Influence between two actors over time: JSON, CSV or an SVG line chart',
        description: DESCRIPTION,
        querystring: TimelineQuery,
        response: {
          200: {
            description: 'the series, in the requested format',
            content: {
              [MEDIA_TYPES.json.type]: { schema: TimelineResponse },
              [MEDIA_TYPES.csv.type]: { schema: z.string().describe('RFC 4180 CSV: t,score,reverseScore') },
              [MEDIA_TYPES.svg.type]: { schema: z.string().describe('SVG line chart') },
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
      const format = chooseFormat(req.query.format, req.headers.accept, TIMELINE_OFFERS, '/influence/timeline')
      const series = await timeline(app.graph, req.query)
      const body = format === 'json' ? series : format === 'csv' ? timelineCsv(series) : timelineSvg(series)
      return reply.type(contentType(format)).send(body)
    },
  )
}
export default routes
