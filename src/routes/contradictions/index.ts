// /contradictions
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { listContradictions } from '../../queries/contradictions.js'
import { resolveActor } from '../../queries/resolve-actor.js'
import { problem } from '../../schemas/common.js'
import { ContradictionSchema } from '../../schemas/contradictions.js'
import { PairPageQuery, pageOf } from '../../schemas/pagination.js'
import { ActorRef } from '../../schemas/params.js'

const contradictions: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/contradictions',
    {
      schema: {
        tags: ['claims'],
        operationId: 'listContradictions',
        summary: 'Pairs of claims that stand against each other',
        description:
          'Every pair of claims joined by `contrastsWith` (within one source or across sources), listed once, with both quotes, ' +
          'their sources and the relations each bears on. Ordered by pair id; the cursor is the id of the last pair served. `actor` (id, name or alias) keeps pairs where ' +
          'either claim is about that actor.',
        querystring: PairPageQuery.extend({ actor: ActorRef.optional() }),
        response: { 200: pageOf(ContradictionSchema, 'ContradictionPage'), 400: problem(400), 404: problem(404) },
      },
    },
    async (req) => {
      const { actor, ...page } = req.query
      return listContradictions(app.graph, {
        ...page,
        actor: actor === undefined ? undefined : await resolveActor(app.graph, actor, 'actor'),
      })
    },
  )
}
export default contradictions
