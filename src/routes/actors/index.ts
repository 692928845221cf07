// /actors, /actors/{id}, /actors/{id}/relations
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { getActorByRef, listActorRelations, listActors } from '../../queries/catalog.js'
import { problem } from '../../schemas/common.js'
import { ActorSchema, RelationSchema } from '../../schemas/models.js'
import { ActorRelationsQuery, ActorsQuery } from '../../schemas/lists.js'
import { pageOf } from '../../schemas/pagination.js'
import { ActorIdParam } from '../../schemas/params.js'

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
        description:
          'By id, ISO 3166-1 alpha-3 code in any case (`/actors/PRK`) or Wikidata QID (`/actors/Q423`). ' +
          'Any of them answers 200 with the actor, not a redirect (one round trip; clients that do not follow ' +
          'redirects work too); when the path is not the canonical id, `Content-Location` names `/actors/{id}`.',
        params: z.object({ id: ActorIdParam.meta({ example: 'PRK' }) }),
        response: { 200: ActorSchema, ...errors },
      },
    },
    async (req, reply) => {
      const actor = await getActorByRef(app.graph, req.params.id)
      if (actor.id !== req.params.id) reply.header('content-location', `/actors/${actor.id}`)
      return actor
    },
  )

  app.get(
    '/actors/:id/relations',
    {
      schema: {
        tags: ['actors', 'relations'],
        operationId: 'listActorRelations',
        summary: "An actor's relations",
        description:
          'Ordered by relation id. `direction`: out (from this actor), in (to it) or both. The actor as in `/actors/{id}`: id, ISO code or QID.',
        params: z.object({ id: ActorIdParam.meta({ example: 'chn' }) }),
        querystring: ActorRelationsQuery,
        response: { 200: pageOf(RelationSchema, 'RelationPage'), ...errors },
      },
    },
    async (req) => listActorRelations(app.graph, req.params.id, req.query),
  )
}
export default actors
