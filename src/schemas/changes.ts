// The audit trail (GET /audit) and the change feed (GET /changes, GET /changes/stream): their entries,
// their queries and their pages. The feed's cursor is the graph version; the trail's is an entry's seq.
import { z } from 'zod'
import { LimitParam } from './pagination.js'
import { IdParam, queryNumber } from './params.js'

const Ids = (what: string) => z.array(z.string()).describe(what)

export const CorroborationChangeSchema = z
  .object({
    relationId: z.string(),
    before: z.number().int().describe('independent sources before the write'),
    after: z.number().int().describe('independent sources after it'),
  })
  .meta({ id: 'CorroborationChange' })

const WRITE_METHODS = ['PUT', 'DELETE', 'SEED'] as const
const Method = z.enum(WRITE_METHODS).describe('PUT /sources/{id}, DELETE /sources/{id}, or `npm run seed`')

export const ChangeSchema = z
  .object({
    version: z.number().int().describe('the graph version this change produced: the cursor (`since`) and the stream event id'),
    kind: z.enum(['created', 'replaced', 'retracted']).describe('what happened to the source: also the stream event name'),
    method: Method,
    sourceId: z.string(),
    sourceVersion: z.number().int().nullable().describe("the source's version after the change; null after a retraction"),
    at: z.string().describe('when it was written (ISO 8601, UTC)'),
    keyId: z.string().nullable().describe('the id of the API key that wrote it (never the key); null for `npm run seed`'),
    actorsAdded: Ids('ids of the actors this change added'),
    relationsAdded: Ids('ids of the relations it added'),
    relationsChanged: Ids('ids of the relations it changed'),
    relationsRemoved: Ids('ids of the relations it removed'),
    corroborationChanged: z.array(CorroborationChangeSchema).describe('merged relations whose corroboration it changed'),
  })
  .meta({ id: 'Change' })

export type Change = z.infer<typeof ChangeSchema>

/**
 * One event of GET /changes/stream as an SSE parser reads it (OpenAPI 3.1: the schema of a
 * text/event-stream response describes one event; 3.2 calls it itemSchema). The `retry:` field and
 * heartbeat comments carry no data and are no event.
 */
export const ChangeEventSchema = z
  .object({
    id: z.string().regex(/^\d+$/).describe("the change's version: what EventSource sends back as Last-Event-ID"),
    event: ChangeSchema.shape.kind,
    data: z
      .string()
      .meta({ contentMediaType: 'application/json', contentSchema: { $ref: '#/components/schemas/Change' } })
      .describe('the change as JSON, as /changes gives it'),
  })
  .meta({
    id: 'ChangeEvent',
    description: 'one event; on the wire: id: 42\\nevent: replaced\\ndata: {"version":42,"kind":"replaced",…}\\n\\n',
  })

export const AuditEntrySchema = z
  .object({
    seq: z.number().int().describe('the entry number, ascending without gaps in the order of the writes'),
    at: z.string().describe('when the write committed (ISO 8601, UTC)'),
    method: Method,
    outcome: z.enum(['created', 'replaced', 'unchanged', 'retracted']),
    sourceId: z.string(),
    sourceVersion: z.number().int().nullable().describe("the source's version after the write; null after a retraction"),
    graphVersion: z
      .number()
      .int()
      .nullable()
      .describe('the graph version the write produced (its change in /changes); null when it changed nothing'),
    key: z
      .object({ id: z.string(), name: z.string(), scope: z.enum(['read', 'write', 'admin']) })
      .nullable()
      .describe('the API key that wrote (never the key itself); null for `npm run seed`'),
    requestId: z.string().nullable().describe('the x-request-id of the write; null for `npm run seed`'),
    counts: z
      .object({
        actorsAdded: z.number().int(),
        relationsAdded: z.number().int(),
        relationsChanged: z.number().int(),
        relationsRemoved: z.number().int(),
        corroborationChanged: z.number().int(),
      })
      .describe('how much the write changed; the ids are in its change (/changes)'),
  })
  .meta({ id: 'AuditEntry' })

export type AuditEntry = z.infer<typeof AuditEntrySchema>

/** A graph version in the query string: a whole number, 0 before the first write. */
export const VersionParam = queryNumber(z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER))

const SinceParam = VersionParam.optional().describe(
  'a graph version: the changes after it (the `version` of the last change you have); absent: every change held',
)

export const ChangesQuery = z.object({ since: SinceParam, limit: LimitParam })
export type ChangesQuery = z.infer<typeof ChangesQuery>

export const StreamQuery = z.object({ since: SinceParam })

/** Last-Event-ID, as EventSource sends it on a reconnect: the version of the last change it received. */
export const StreamHeaders = z.object({
  'last-event-id': z
    .string()
    .regex(/^\d{1,15}$/, 'must be a graph version (a whole number)')
    .optional()
    .describe('the id of the last event received (EventSource sends it when it reconnects); wins over `since`'),
})

const Instant = z.iso.datetime({ offset: true })

export const AuditQuery = z.object({
  limit: LimitParam,
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, 'must be the nextCursor of a page (an entry number)')
    .optional()
    .describe('the nextCursor of the previous page: the seq of the last entry served; the page continues with older entries'),
  sourceId: IdParam.optional().describe('only writes of this source'),
  keyId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an API key id')
    .optional()
    .describe('only writes made with this API key'),
  method: Method.optional().describe('only writes of this method'),
  outcome: z.enum(['created', 'replaced', 'unchanged', 'retracted']).optional().describe('only writes with this outcome'),
  since: Instant.optional().describe('only writes at or after this instant (ISO 8601 with a time zone: 2026-12-07T10:00:00Z)'),
  until: Instant.optional().describe('only writes before this instant (ISO 8601 with a time zone)'),
})
export type AuditQuery = z.infer<typeof AuditQuery>

export const changePage = z
  .object({
    items: z.array(ChangeSchema),
    nextCursor: z.string().nullable().describe('pass as `since` for the next page; null on the last page (then use the last `version`)'),
  })
  .meta({ id: 'ChangePage' })

export const auditPage = z
  .object({
    items: z.array(AuditEntrySchema),
    nextCursor: z.string().nullable().describe('pass as cursor for the next (older) page; null on the last page'),
  })
  .meta({ id: 'AuditPage' })
