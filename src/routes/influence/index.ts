// GET /influence, GET /influence/ranking, GET /influence/timeline (timeline.ts)
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { influence, ranking } from '../../queries/influence.js'
import { InfluenceQuery, InfluenceResponse, RankingQuery, RankingResponse } from '../../schemas/analysis.js'
import { problem } from '../../schemas/common.js'
import timeline from './timeline.js'

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/influence',
    {
      schema: {
        tags: ['analysis'],
        operationId: 'getInfluence',
        summary: 'How much one actor can move another, and says who',
        description:
          'The dependency-chains model (docs/influence.md): `to`’s dependencies on `from`, direct and through chains, ' +
          'grouped into channels by their evidence (chains citing a common claim are one channel, which counts its strongest chain), ' +
          'the channels combined as independent (model 1.2). Model parameters can be set per request and are echoed in `model`; ' +
          '`basis` chooses which dependencies count, and inferred or background ones weigh half a stated one. ' +
          '`from` and `to` naming the same actor: an actor’s dependence on itself is no channel, so the answer is 0 both ways with no chains.',
        querystring: InfluenceQuery,
        response: { 200: InfluenceResponse, 400: problem(400), 404: problem(404), 503: problem(503) },
      },
    },
    async (req) => influence(app.graph, req.query),
  )

  app.get(
    '/influence/ranking',
    {
      schema: {
        tags: ['analysis'],
        operationId: 'getInfluenceRanking',
        summary: 'Actors ranked by influence over the whole graph',
        description:
          'Score = mean influence over every other actor, with the default model parameters; computed when a seed ' +
          'changes the graph and stored, one ranking per set of bases (`basis`). Ordered by score, then id. Pages are ' +
          'one version’s snapshot: a `cursor` issued before a seed changed the graph gets 409.',
        querystring: RankingQuery,
        response: { 200: RankingResponse, 400: problem(400), 409: problem(409) },
      },
    },
    async (req) => ranking(app.graph, req.query),
  )

  await app.register(timeline)
}
export default routes
