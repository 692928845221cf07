// The W3C Reconciliation Service API, version 0.2, as OpenRefine speaks it: the service manifest, a
// batch of queries (a JSON object sent as the form field `queries`) and the candidates per query.
// https://www.w3.org/community/reports/reconciliation/ (spec) and reconciliation-api/specs (examples).
import { z } from 'zod'
import { ActorKind } from '../model/vocabulary.js'
import { JSON_TEXT } from './common.js'

/** Most queries one batch may hold (OpenRefine sends 10 at a time by default). */
export const MAX_QUERIES = 50
/** Most candidates a query may ask for; DEFAULT_LIMIT when it does not say. */
export const MAX_LIMIT = 50
export const DEFAULT_LIMIT = 10

/** A type as a query names it: one actor kind, or a list of them; either way a list here. */
const TypeFilter = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(ActorKind).min(1, 'name at least one type').max(7).describe('actor kinds (GET /reconcile lists them as defaultTypes)'),
)

export const ReconcileQuerySchema = z
  .object({
    query: z.string().trim().min(1, 'must not be empty').max(200).describe('the name to match'),
    type: TypeFilter.optional(),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional().describe(`candidates to return, 1-${MAX_LIMIT} (default ${DEFAULT_LIMIT})`),
    properties: z.array(z.unknown()).optional().describe('accepted and ignored: actors have no properties to match on'),
    type_strict: z.enum(['any', 'all', 'should']).optional().describe('accepted; the type filter is always strict'),
  })
  .meta({ id: 'ReconcileQuery' })

const QUERY_ID = '^[A-Za-z0-9_.-]{1,64}$'

// The refinements give the messages; the metadata states the same rules in the OpenAPI document, so a
// client (or a generated test) sees which batches are accepted: 1-50 queries, ids of 1-64 characters.
const QueryBatch = z
  .record(z.string(), ReconcileQuerySchema)
  .refine((b) => Object.keys(b).length > 0, 'holds no query')
  .refine((b) => Object.keys(b).every((id) => new RegExp(QUERY_ID).test(id)), 'query ids are 1-64 letters, digits, _ . or -')
  .refine((b) => Object.keys(b).length <= MAX_QUERIES, `holds more than ${MAX_QUERIES} queries`)
  .meta({ propertyNames: { type: 'string', pattern: QUERY_ID }, minProperties: 1, maxProperties: MAX_QUERIES })

/** A batch field as a form or a query string carries it: a JSON text (or, in a JSON body, the object itself). */
const jsonTextOf = <T extends z.ZodType>(batch: T, description: string) =>
  z
    .preprocess((v, ctx) => {
      if (typeof v !== 'string') return v
      if (v.trim() === '') {
        ctx.issues.push({ code: 'custom', message: 'must not be empty', input: v })
        return z.NEVER
      }
      try {
        return JSON.parse(v)
      } catch (err) {
        ctx.issues.push({ code: 'custom', message: `not valid JSON: ${(err as Error).message}`, input: v })
        return z.NEVER
      }
    }, batch)
    .describe(description)
    // In the query string and in a form it is a JSON text: the OpenAPI document says so (plugins/openapi.ts).
    .meta({ [JSON_TEXT]: true })

/** The `queries` field of POST: a JSON text in a form, or the object in a JSON body. */
export const QueriesField = jsonTextOf(
  QueryBatch,
  'a batch of queries by id, {"q0": {"query": "North Korea", "type": "state"}}: a JSON text in a form, or the object in a JSON body',
)

/**
 * Queries GET carries in its URL. A URL holds at most MAX_URL_LENGTH characters (4,096); one query
 * with every field at its bound, percent-encoded at 9 characters a character, takes about 2,150, two
 * about 4,300. So GET takes one query, without `properties` (an unbounded list) or any other field
 * (additionalProperties: false), and every URL its schema allows fits. A batch goes by POST.
 */
export const MAX_GET_QUERIES = 1

const GetQuerySchema = ReconcileQuerySchema.omit({ properties: true }).strict().meta({ id: 'ReconcileGetQuery' })

const GetQueryBatch = z
  .record(z.string(), GetQuerySchema)
  .refine((b) => Object.keys(b).length > 0, 'holds no query')
  .refine((b) => Object.keys(b).every((id) => new RegExp(QUERY_ID).test(id)), 'query ids are 1-64 letters, digits, _ . or -')
  .refine((b) => Object.keys(b).length <= MAX_GET_QUERIES, `GET holds ${MAX_GET_QUERIES} query; send a batch by POST`)
  .meta({ propertyNames: { type: 'string', pattern: QUERY_ID }, minProperties: 1, maxProperties: MAX_GET_QUERIES })

/** The `queries` parameter of GET: one query as a JSON text, so the URL stays within its limit. */
export const GetQueriesField = jsonTextOf(
  GetQueryBatch,
  'one query by id, {"q0": {"query": "North Korea", "type": "state"}}, as a JSON text (a URL holds at most 4,096 characters: send batches by POST)',
)

export type QueryBatch = z.infer<typeof QueryBatch>

const TypeRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'ReconcileType' })

export const CandidateSchema = z
  .object({
    id: z.string().describe('actor id'),
    name: z.string(),
    score: z.number().describe('100 for an exact id, name, alias or identifier; less for a partial name'),
    match: z.boolean().describe('true only when this is the one actor the query names exactly'),
    type: z.array(TypeRef).describe('the actor kind'),
  })
  .meta({ id: 'ReconcileCandidate' })

export const ResultBatchSchema = z
  .record(z.string(), z.object({ result: z.array(CandidateSchema) }))
  .describe('the candidates per query id, best first')
  .meta({ id: 'ReconcileResults' })

export const ManifestSchema = z
  .object({
    versions: z.array(z.string()),
    name: z.string(),
    identifierSpace: z.string(),
    schemaSpace: z.string(),
    defaultTypes: z.array(TypeRef),
    view: z.object({
      url: z.string().describe('where a person sees an entity (the explorer centred on it): {{id}} is replaced by its id'),
    }),
  })
  .meta({ id: 'ReconcileManifest' })
