// /claims, /claims/{id}
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { Hedge } from '../../model/vocabulary.js'
import { getClaim, listClaims } from '../../queries/catalog.js'
import { problem } from '../../schemas/common.js'
import { ClaimSchema } from '../../schemas/models.js'
import { pageOf, PageQuery } from '../../schemas/pagination.js'
import { Confidence, IdParam, queryNumber, SearchText } from '../../schemas/params.js'

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
        querystring: PageQuery.extend({
          actor: IdParam.optional().describe('actor id the claim is about'),
          hedge: Hedge.optional(),
          minConfidence: queryNumber(Confidence).optional(),
          q: SearchText.optional(),
          source: IdParam.optional().describe('source id'),
        }),
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
