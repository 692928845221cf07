// /reconcile: the W3C Reconciliation Service API (0.2) for OpenRefine. GET without queries is the
// service manifest; GET or POST with `queries` (a form field, or a JSON body) answers a batch.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { manifest, reconcile } from '../../reconcile/service.js'
import { problem } from '../../schemas/common.js'
import { GetQueriesField, ManifestSchema, QueriesField, ResultBatchSchema } from '../../schemas/reconcile.js'

const DESCRIPTION =
  'W3C Reconciliation Service API 0.2, as OpenRefine calls it: add `<base>/reconcile` as a service. `queries` is a batch ' +
  '`{"q0": {"query": "DPRK", "type": "state", "limit": 3}}`; types are actor kinds. A candidate scores 100 when the query, ' +
  'in one of its forms ("U.S.", "Putin, Vladimir", "Vladimir Vladimirovich Putin", "President Xi"), is one of its names ' +
  '(id, name, alias, ISO code, QID, official name); 95 when it is one but for spelling ("Wladimir Putin", "Kim Jŏng-ŭn"); ' +
  '92 for an initial and a family name ("V. Putin"); `match` is true only when exactly one candidate scores 92 or more.'

const reconcileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reconcile',
    {
      schema: {
        tags: ['reconcile'],
        operationId: 'reconcileManifestOrQuery',
        summary: 'Reconciliation service manifest, or one query in the query string',
        description: `${DESCRIPTION} Without \`queries\` the answer is the service manifest. GET carries one query (a URL is limited to 4,096 characters); send a batch by POST.`,
        querystring: z.object({ queries: GetQueriesField.optional() }),
        response: { 200: z.union([ManifestSchema, ResultBatchSchema]), 400: problem(400) },
      },
    },
    async (req) => {
      const { queries } = req.query
      if (queries === undefined) return manifest(`${req.protocol}://${req.host}`)
      return reconcile(app.graph, queries)
    },
  )

  app.post(
    '/reconcile',
    {
      schema: {
        tags: ['reconcile'],
        operationId: 'reconcile',
        summary: 'Match a batch of names to actors',
        description: `${DESCRIPTION} Send \`queries\` as a form field (application/x-www-form-urlencoded, as OpenRefine does) or in a JSON body.`,
        consumes: ['application/x-www-form-urlencoded', 'application/json'],
        body: z.object({ queries: QueriesField }),
        response: { 200: ResultBatchSchema, 400: problem(400) },
      },
    },
    async (req) => reconcile(app.graph, req.body.queries),
  )
}
export default reconcileRoutes
