// GET /vocabulary: the relation types with their PLOVER event type and CAMEO root code, and the other
// controlled vocabularies, as src/model/vocabulary.ts holds them (docs/model.md explains each).
import { z } from 'zod'
import { ActorKind, Basis, Hedge, PloverType, RelationType } from '../model/vocabulary.js'

export const VocabularySchema = z
  .object({
    relationTypes: z.array(
      z.object({
        type: RelationType,
        symmetric: z.boolean().describe('holds both ways: stored once, traversed either way'),
        plover: PloverType.nullable().describe('its PLOVER event type; null for a role, a dependency or a concern'),
        cameo: z
          .string()
          .regex(/^\d\d$/)
          .nullable()
          .describe('its CAMEO root code (two digits), the event ontology PLOVER replaced'),
      }),
    ),
    ploverTypes: z.array(PloverType).describe('the PLOVER event types (manual 0.5b1 and later)'),
    ploverRenamed: z.record(z.string(), PloverType).describe("PLOVER's older names → today's (DEMAND → REQUEST …)"),
    actorKinds: z.array(ActorKind),
    hedges: z.array(z.object({ hedge: Hedge, confidence: z.number() })).describe('strongest first, with the confidence each gives'),
    bases: z.array(Basis),
  })
  .meta({ id: 'Vocabulary' })
