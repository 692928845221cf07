// The errors an operation can answer whatever its handler does: 414 when the URL is longer than any
// the API takes (src/plugins/request-guards.ts), 431 when the request's headers outgrow Node's limit
// (answered by clientErrorHandler in src/plugins/problem-json.ts before any route is chosen), 429 when a client is over its budget
// (src/plugins/rate-limit.ts), 503 when Neo4j is unreachable, a query outruns its time, the process
// is overloaded or shutting down. Added here to every documented route, once, so openapi.yaml lists
// them wherever they can happen and no route file has to remember them.
import fp from 'fastify-plugin'
import { problem } from '../schemas/common.js'
import type {} from '../lib/route-policy.js'

export default fp(
  async (app) => {
    // Registered before the routes and the OpenAPI plugin, so every route passes through here.
    app.addHook('onRoute', (route) => {
      const schema = route.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined
      if (!schema?.response || schema.hide) return
      schema.response = {
        ...schema.response,
        414: schema.response[414] ?? problem(414),
        431: schema.response[431] ?? problem(431),
        ...(route.config?.rateLimitExempt === true ? {} : { 429: problem(429) }),
        503: schema.response[503] ?? problem(503),
      }
    })
  },
  { name: 'documented-errors' },
)
