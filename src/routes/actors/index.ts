// /actors, /actors/{id}, /actors/{id}/relations
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { getActor, listActorRelations, listActors } from '../../queries/catalog.js'
import { problem } from '../../schemas/common.js'
import { ActorSchema, RelationSchema } from '../../schemas/models.js'
import { ActorRelationsQuery, ActorsQuery } from '../../schemas/lists.js'
import { pageOf } from '../../schemas/pagination.js'
import { IdParam } from '../../schemas/params.js'

const errors = { 400: problem(400), 404: problem(404) }

const actors: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/actors',
    {
      schema: {
        tags: ['actors'],
        operationId: 'listActors',
        summary: 'List actors',
        description: 'Ordered by id. `q` matches ids, names and aliases (`q=Pyongyang` finds North Korea).',
        querystring: ActorsQuery,
        response: { 200: pageOf(ActorSchema, 'ActorPage'), 400: problem(400) },
      },
    },
    async (req) => listActors(app.graph, req.query),
  )

  app.get(
    '/actors/:id',
    {
      schema: {
        tags: ['actors'],
        operationId: 'getActor',
        summary: 'One actor',
        params: z.object({ id: IdParam.meta({ example: 'prk' }) }),
        response: { 200: ActorSchema, ...errors },
      },
    },
    async (req) => getActor(app.graph, req.params.id),
  )

  app.get(
    '/actors/:id/relations',
    {
      schema: {
        tags: ['actors', 'relations'],
        operationId: 'listActorRelations',
        summary: "An actor's relations",
        description: 'Ordered by relation id. `direction`: out (from this actor), in (to it) or both.',
        params: z.object({ id: IdParam.meta({ example: 'chn' }) }),
        querystring: ActorRelationsQuery,
        response: { 200: pageOf(RelationSchema, 'RelationPage'), ...errors },
      },
    },
    async (req) => listActorRelations(app.graph, req.params.id, req.query),
  )
}
export default actors
