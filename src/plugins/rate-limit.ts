// A request budget per client: `max` requests per `windowMs`, then 429 problem+json with
// Retry-After until the window turns. A client is its API key when it sent a live one (plugins/auth.ts
// has checked it before this hook runs), counted under the key's id, never the key itself; otherwise its
// address, so wrong keys spend the address's budget and cannot buy a fresh one each. It runs as an app-wide onRequest hook registered before the
// graph cache, so a client over budget costs no database round trip, not even a 304 check.
// A route exempts itself with `config: { rateLimitExempt: true }` (the liveness and readiness probes:
// an orchestrator polls them from one address).
import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import { HttpError } from '../lib/http-errors.js'
import type {} from '../lib/route-policy.js'

export interface RateLimitOptions {
  /** Requests per window and client; 0 turns the limit off. */
  max: number
  windowMs: number
}

export default fp(
  async (app, opts: RateLimitOptions) => {
    if (opts.max === 0) return
    await app.register(rateLimit, {
      global: false,
      max: opts.max,
      timeWindow: opts.windowMs,
      keyGenerator: (request) => (request.apiKey ? `key:${request.apiKey.id}` : request.ip),
      allowList: (request) => request.routeOptions.config.rateLimitExempt === true,
      // Thrown into the app's error handler, which writes it as problem+json; the plugin has already
      // set Retry-After and the x-ratelimit-* headers on the reply.
      errorResponseBuilder: (request, context) =>
        new HttpError(
          429,
          `More than ${context.max} requests in ${opts.windowMs / 1000} s ${request.apiKey ? 'with this key' : 'from this address'}; retry in ${Math.ceil(context.ttl / 1000)} s.`,
        ),
    })
    app.addHook('onRequest', app.rateLimit())
  },
  { name: 'rate-limit' },
)
