// /audit: the audit trail, for admins (an admin key).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { listAudit } from '../../queries/changes.js'
import { AuditQuery, auditPage } from '../../schemas/changes.js'
import { problem } from '../../schemas/common.js'

const DESCRIPTION = `Every write, newest first: PUT and DELETE of /sources/{id} and each source \`npm run seed\` loaded, including
writes that changed nothing (outcome \`unchanged\`, no graph version). Each entry names the key (id, name,
scope; never the key itself), the time, the method, the source and its version, the graph version it
produced, the request id and how much it changed. Append-only: an entry is never changed or removed.
Filters combine: \`sourceId\`, \`keyId\`, \`method\`, \`outcome\`, and the time range \`since\` (inclusive) to
\`until\` (exclusive).`

const audit: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      // Not a read of one graph version (a write that changed nothing adds an entry), and not for caches.
      config: { auth: 'admin', graphCache: false },
      schema: {
        tags: ['audit'],
        operationId: 'listAudit',
        summary: 'The audit trail of every write, newest first (admin key)',
        description: DESCRIPTION,
        querystring: AuditQuery,
        response: { 200: auditPage, 400: problem(400) },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store')
      return listAudit(app.graph, req.query)
    },
  )
}
export default audit
