// /claims, /claims/{id}
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { getClaim, listClaims } from '../../queries/catalog.js'
import { problem } from '../../schemas/common.js'
import { ClaimSchema } from '../../schemas/models.js'
import { ClaimsQuery } from '../../schemas/lists.js'
import { pageOf } from '../../schemas/pagination.js'
import { IdParam } from '../../schemas/params.js'

const claims: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/claims',
    {
      schema: {
        tags: ['claims'],
        operationId: 'listClaims',
        summary: 'List claims',
        description:
          'Ordered by id. Filters combine: about an actor (id), a hedge, a minimum confidence, text in the statement or quote, a source.',
        querystring: ClaimsQuery,
        response: { 200: pageOf(ClaimSchema, 'ClaimPage'), 400: problem(400) },
      },
    },
    async (req) => listClaims(app.graph, req.query),
  )

  app.get(
    '/claims/:id',
    {
      schema: {
        tags: ['claims'],
        operationId: 'getClaim',
        summary: 'One claim with its verbatim quote',
        params: z.object({ id: IdParam.meta({ example: 'prk-trade-80-percent-china' }) }),
        response: { 200: ClaimSchema, 400: problem(400), 404: problem(404) },
      },
    },
    async (req) => getClaim(app.graph, req.params.id),
  )
}
export default claims
