// /changes, /changes/stream: the change feed, as pages and as Server-Sent Events. Reads: open unless the
// reads setting asks for a read key.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { RETRY_MS } from '../../feed/streams.js'
import { assertHeld, listChanges } from '../../queries/changes.js'
import { ChangeEventSchema, ChangesQuery, changePage, StreamHeaders, StreamQuery } from '../../schemas/changes.js'
import { problem } from '../../schemas/common.js'

const CHANGE_DESCRIPTION = `Every write that changed the graph, in the order of the graph versions it produced: what happened to which
source (\`kind\`: created, replaced, retracted), the actors and relations it added, changed or removed, the
corroboration it changed, when, and the id of the key that wrote it. Ascending by \`version\`; pass the last
\`version\` you have as \`since\` to get what came after (absent: every change held). A \`since\` past the newest
version is an empty page. Nothing is pruned; a graph written before the feed existed has versions without
a change, and a \`since\` before the oldest change held is answered 410 with \`heldSince\`, never skipped.`

const STREAM_DESCRIPTION = `The change feed as Server-Sent Events (\`text/event-stream\`): each change is one event, \`id:\` its version,
\`event:\` its kind, \`data:\` the change as /changes gives it. It replays the changes after the cursor, then
follows new ones as they are written (by this server, another one or \`npm run seed\`), each exactly once and
in order. The cursor is the \`Last-Event-ID\` header (EventSource sends it when it reconnects), else \`since\`,
else the start of the feed. A comment line (\`: heartbeat\`) comes every CHANGES_HEARTBEAT_MS; \`retry: ${RETRY_MS}\`
advises EventSource how long to wait before reconnecting. At most CHANGES_MAX_STREAMS streams are open at
once: past it, 503 with Retry-After. A cursor the feed does not hold: 410, as on /changes.`

const changes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/changes',
    {
      schema: {
        tags: ['changes'],
        operationId: 'listChanges',
        summary: 'The changes after a graph version, oldest first',
        description: CHANGE_DESCRIPTION,
        querystring: ChangesQuery,
        response: { 200: changePage, 400: problem(400), 410: problem(410) },
      },
    },
    async (req) => listChanges(app.graph, req.query),
  )

  app.get(
    '/changes/stream',
    {
      // A stream is not a cacheable read of one graph version; and HEAD would open one: GET only (405).
      exposeHeadRoute: false,
      config: { graphCache: false },
      schema: {
        tags: ['changes'],
        operationId: 'streamChanges',
        summary: 'Follow the changes as Server-Sent Events',
        description: STREAM_DESCRIPTION,
        querystring: StreamQuery,
        headers: StreamHeaders,
        response: {
          200: {
            description: 'the stream: `retry:`, then one event per change (`id:`, `event:`, `data:`) and heartbeat comments',
            content: {
              'text/event-stream': {
                schema: ChangeEventSchema,
              },
            },
          },
          400: problem(400),
          410: problem(410),
          503: problem(503),
        },
      },
    },
    async (req, reply) => {
      const header = req.headers['last-event-id']
      const cursor = header !== undefined ? Number(header) : req.query.since
      // No cursor: every change held, as /changes without since; a cursor must be one the feed holds.
      const check = cursor === undefined ? () => Promise.resolve() : () => assertHeld(app.graph, cursor)
      await app.changeStreams.serve(req, reply, cursor ?? 0, check)
    },
  )
}
export default changes
