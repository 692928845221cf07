// Shared response models, registered once with zod's global registry so the OpenAPI document refers
// to them by name (#/components/schemas/Problem) instead of repeating them.
import { z } from 'zod'

/**
 * Metadata key marking a field whose value travels as a JSON text in a query parameter or a form
 * field (the `queries` of /reconcile, as OpenRefine sends it); src/plugins/openapi.ts describes it so.
 */
export const JSON_TEXT = 'x-json-text'

export const InvalidParamSchema = z
  .object({
    name: z.string().describe('the offending field, as the client wrote it'),
    in: z.string().describe('query, path, body or header'),
    reason: z.string(),
  })
  .meta({ id: 'InvalidParam' })

export const ProblemSchema = z
  .object({
    type: z.string().describe('a URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('urn:uuid:<request id>, also in the logs'),
    'invalid-params': z.array(InvalidParamSchema).optional(),
  })
  .passthrough()
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' })

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'a parameter is invalid: `invalid-params` names each one',
  401: 'no API key, or one that is unknown or revoked (`WWW-Authenticate: Bearer`): send `Authorization: Bearer <key>`',
  403: 'the API key sent lacks the scope this operation needs (`WWW-Authenticate: Bearer error="insufficient_scope"`)',
  404: 'the actor, claim, relation or source does not exist',
  406: 'the Accept header names no format this operation offers',
  413: 'the body is larger than this operation takes',
  414: 'the URL is longer than any this API accepts',
  412: 'a precondition failed: If-Match names a version that is not the current one (or the source does not exist), or If-None-Match: * and the source exists; nothing was written',
  415: 'the body is not application/json',
  410: 'the change feed does not hold the changes right after this version (they were written before it recorded changes): `heldSince` is the earliest version to start after',
  422: 'the document breaks the seed rules: `invalid-params` names each failing path of the body (a quote not in the text, an unknown actor, a relation without evidence…); nothing was written',
  409: 'the cursor belongs to an earlier version of the graph: start again without a cursor',
  429: 'too many requests: wait for Retry-After seconds',
  503: 'unavailable for now (Neo4j unreachable, the query over its time limit, the server overloaded or shutting down): retry after Retry-After seconds',
}

/** An error response as the API sends it: application/problem+json, documented as such. */
export const problem = (status: keyof typeof PROBLEM_DESCRIPTIONS) => ({
  description: PROBLEM_DESCRIPTIONS[status],
  content: { 'application/problem+json': { schema: ProblemSchema } },
})
