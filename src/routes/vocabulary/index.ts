// GET /vocabulary: the controlled vocabularies, relation types aligned with PLOVER and CAMEO. A fixed
// answer built once from src/model/vocabulary.ts; it touches no database.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  ACTOR_KINDS,
  BASES,
  HEDGE_CONFIDENCE,
  HEDGES,
  PLOVER_RENAMED,
  PLOVER_TYPES,
  RELATION_EVENTS,
  RELATION_TYPES,
  SYMMETRIC_TYPES,
} from '../../model/vocabulary.js'
import { VocabularySchema } from '../../schemas/vocabulary.js'

const answer = VocabularySchema.parse({
  relationTypes: RELATION_TYPES.map((type) => ({ type, symmetric: SYMMETRIC_TYPES.includes(type), ...RELATION_EVENTS[type] })),
  ploverTypes: [...PLOVER_TYPES],
  ploverRenamed: { ...PLOVER_RENAMED },
  actorKinds: [...ACTOR_KINDS],
  hedges: HEDGES.map((hedge) => ({ hedge, confidence: HEDGE_CONFIDENCE[hedge] })),
  bases: [...BASES],
})

const vocabulary: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/vocabulary',
    {
      // Fixed by the code, not by the graph: no graph ETag.
      config: { graphCache: false },
      schema: {
        tags: ['service'],
        operationId: 'getVocabulary',
        summary: 'The controlled vocabularies: relation types with their PLOVER event type and CAMEO root code',
        response: { 200: VocabularySchema },
      },
    },
    async () => answer,
  )
}
export default vocabulary
