// /sources, /sources/{id}
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { getSource, listSources } from '../../queries/catalog.js'
import { problem } from '../../schemas/common.js'
import { SourceSchema, SourceWithTextSchema } from '../../schemas/models.js'
import { pageOf, PageQuery } from '../../schemas/pagination.js'
import { IdParam } from '../../schemas/params.js'

const sources: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        operationId: 'listSources',
        summary: 'List sources',
        description: 'Ordered by id; without their text.',
        querystring: PageQuery,
        response: { 200: pageOf(SourceSchema, 'SourcePage'), 400: problem(400) },
      },
    },
    async (req) => listSources(app.graph, req.query),
  )

  app.get(
    '/sources/:id',
    {
      schema: {
        tags: ['sources'],
        operationId: 'getSource',
        summary: 'One source with its full text',
        params: z.object({ id: IdParam.meta({ example: 'tekedia-putin-kim-pyongyang' }) }),
        response: { 200: SourceWithTextSchema, 400: problem(400), 404: problem(404) },
      },
    },
    async (req) => ({ text: '', ...(await getSource(app.graph, req.params.id)) }),
  )
}
export default sources
