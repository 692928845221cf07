// Schemas of /paths and /influence: parameters with their bounds, and the path model with evidence.
import { z } from 'zod'
import { PATHS_FORMATS } from '../lib/media-types.js'
import { MAX_HOPS } from '../model/hops.js'
import { ModelParameters } from '../model/influence-model.js'
import { ActorKind, Basis, Hedge, RELATION_TYPES, RelationType } from '../model/vocabulary.js'
import { RelationSchema } from './models.js'
import { ActorRef, AsOf, BasisParam, Confidence, commaList, KnownAt, queryNumber } from './params.js'

/** `types=supplies,invades` or `types=supplies&types=invades`. */
export const TypesParam = z
  .preprocess(
    // Only called with a value: .optional() answers for an absent parameter first.
    commaList,
    z.array(RelationType).min(1, 'name at least one relation type, or leave types out').max(RELATION_TYPES.length),
  )
  .optional()
  .describe('relation types to follow, comma-separated or repeated (default: all)')

export const ActorBrief = z.object({ id: z.string(), name: z.string(), kind: ActorKind }).meta({ id: 'ActorBrief' })

export const EvidenceSchema = z
  .object({
    id: z.string(),
    quote: z.string().describe('verbatim from the source'),
    hedge: Hedge,
    confidence: z.number(),
    assertedBy: z.string(),
    sourceId: z.string(),
  })
  .meta({ id: 'Evidence', description: 'a claim behind a hop: says who, and how hedged' })

export const PathRelationSchema = RelationSchema.extend({
  forward: z.boolean().describe('false when the hop goes against the relation (direction=any, or a symmetric relation)'),
  claims: z.array(EvidenceSchema),
}).meta({ id: 'PathRelation' })

export const PathSchema = z
  .object({
    hops: z.number().int(),
    score: z.number().describe('product over hops of coalesce(weight, 1) x confidence'),
    actors: z.array(ActorBrief),
    relations: z.array(PathRelationSchema),
  })
  .meta({ id: 'Path' })

export const PathsQuery = z.object({
  from: ActorRef.meta({ example: 'Pyongyang' }),
  to: ActorRef.meta({ example: 'Ukraine' }),
  maxHops: queryNumber(z.coerce.number().int().min(1).max(MAX_HOPS).default(4).describe(`longest path, 1-${MAX_HOPS}`)),
  k: queryNumber(z.coerce.number().int().min(1).max(20).default(5).describe('paths to return, 1-20')),
  types: TypesParam,
  direction: z
    .enum(['outgoing', 'any'])
    .default('outgoing')
    .describe('outgoing: follow relations from→to (symmetric ones both ways); any: ignore direction'),
  minConfidence: queryNumber(Confidence.default(0)),
  asOf: AsOf.optional(),
  knownAt: KnownAt.optional(),
  basis: BasisParam,
  rank: z.enum(['shortest', 'strongest']).default('shortest').describe('shortest: fewest hops; strongest: highest score'),
  format: z.enum(PATHS_FORMATS).optional().describe('json or svg; absent: chosen by the Accept header (default json)'),
})

export const PathsResponse = z.object({ from: z.string(), to: z.string(), paths: z.array(PathSchema) }).meta({ id: 'PathsResult' })

export const InfluenceQuery = ModelParameters.extend({
  from: ActorRef.meta({ example: 'Beijing' }).describe('the actor whose influence is measured'),
  to: ActorRef.meta({ example: 'Moscow' }).describe('the actor it would move'),
  k: queryNumber(z.coerce.number().int().min(1).max(20).default(5).describe('contributing chains to return, 1-20')),
  // The model's bounds and defaults stay in the model; only the reading of the query string is stricter.
  maxHops: queryNumber(ModelParameters.shape.maxHops),
  decay: queryNumber(ModelParameters.shape.decay),
  minConfidence: queryNumber(ModelParameters.shape.minConfidence),
  asOf: AsOf.optional(),
  knownAt: KnownAt.optional(),
  basis: BasisParam,
})

export const ModelSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    parameters: z.object({
      maxHops: z.number().int(),
      decay: z.number(),
      minConfidence: z.number(),
      asOf: z.string().nullable(),
      knownAt: z.string().nullable().describe('the instant the graph was read as known at; null: as it is now'),
      basis: z.array(Basis).describe('the bases counted; inferred and background weigh half (docs/influence.md)'),
    }),
  })
  .meta({ id: 'InfluenceModel' })

export const InfluenceResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    score: z.number().describe('0..1: how much from can move to, through to’s dependencies on from'),
    reverseScore: z.number().describe('the same, the other way'),
    asymmetry: z.number().describe('score - reverseScore, -1..1: leverage in from’s favour when positive'),
    chainCount: z.number().int().describe('dependency chains found'),
    channelCount: z
      .number()
      .int()
      .describe('independent channels the chains form: chains that cite a common claim are one channel, counted by its strongest chain'),
    model: ModelSchema,
    paths: z.array(PathSchema).describe('the chains that contribute most, strongest first; score is the chain strength'),
  })
  .meta({ id: 'InfluenceResult' })

export const RankingQuery = z.object({
  kind: ActorKind.optional(),
  basis: BasisParam,
  limit: queryNumber(z.coerce.number().int().min(1).max(200).default(20)),
  cursor: z
    .string()
    .regex(/^\d{1,15}-\d{1,9}$/, 'must be <graphVersion>-<rank>, a nextCursor of this endpoint')
    .optional()
    .describe(
      'the nextCursor of the previous page, <graphVersion>-<rank>: the page after that rank; 409 when the graph has changed since that version',
    ),
})

export const RankingResponse = z
  .object({
    model: ModelSchema,
    graphVersion: z
      .number()
      .int()
      .nullable()
      .describe(
        'the graph version this ranking was computed for: right after a write, the previous one until its refresh publishes the new ranking',
      ),
    items: z.array(
      z.object({
        actor: ActorBrief,
        score: z.number().describe('mean influence over every other actor, 0..1'),
        reach: z.number().int().describe('actors it has any influence over'),
        rank: z.number().int(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'InfluenceRanking' })

/** What the queries take: the validated query strings of /paths and /influence. */
export type PathsParams = z.infer<typeof PathsQuery>
export type InfluenceParams = z.infer<typeof InfluenceQuery>
export type RankingParams = z.infer<typeof RankingQuery>
