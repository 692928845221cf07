// /relations, /relations/{id}
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { getRelation, listRelations } from '../../queries/catalog.js'
import { resolveActor } from '../../queries/resolve-actor.js'
import { problem } from '../../schemas/common.js'
import { RelationSchema } from '../../schemas/models.js'
import { RelationsQuery } from '../../schemas/lists.js'
import { pageOf } from '../../schemas/pagination.js'
import { IdParam } from '../../schemas/params.js'

const relations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/relations',
    {
      schema: {
        tags: ['relations'],
        operationId: 'listRelations',
        summary: 'List relations',
        description:
          'Ordered by id. `from` and `to` take an actor id, name or alias (`from=Pyongyang`); with `knownAt`, also the id of an actor retracted since.',
        querystring: RelationsQuery,
        response: { 200: pageOf(RelationSchema, 'RelationPage'), 400: problem(400), 404: problem(404) },
      },
    },
    async (req) => {
      const { from, to, ...rest } = req.query
      return listRelations(app.graph, {
        ...rest,
        from: from === undefined ? undefined : await resolveActor(app.graph, from, 'from', rest.knownAt),
        to: to === undefined ? undefined : await resolveActor(app.graph, to, 'to', rest.knownAt),
      })
    },
  )

  app.get(
    '/relations/:id',
    {
      schema: {
        tags: ['relations'],
        operationId: 'getRelation',
        summary: 'One relation',
        params: z.object({ id: IdParam }),
        response: { 200: RelationSchema, 400: problem(400), 404: problem(404) },
      },
    },
    async (req) => getRelation(app.graph, req.params.id),
  )
}
export default relations
