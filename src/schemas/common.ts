// Shared response models, registered once with zod's global registry so the OpenAPI document refers
// to them by name (#/components/schemas/Problem) instead of repeating them.
import { z } from 'zod'

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
