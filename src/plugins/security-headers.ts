// Security headers, as helmet defines them. The API answers JSON, XML and CSV that no browser should
// render as a page, so every response carries the strictest Content-Security-Policy (nothing may
// load, nothing may frame it). A route that serves a page says so in its own config,
// `config: { csp: { ...PAGE_CSP, … } }`: Swagger UI's routes (src/plugins/openapi.ts) and the
// explorer (src/routes/explorer) get the policy their page needs and no more.
// Cross-origin reads stay allowed (CORP cross-origin): dashboards on other origins are the point.
//
// helmet builds the header values; it runs once per policy, when a route is registered, not on every
// request (@fastify/helmet, used before, built helmet's middleware anew for each request: a tenth of
// the API's CPU on a bare /health, bench/README.md). A request only copies the ready-made headers.
import type { IncomingMessage, ServerResponse } from 'node:http'
import fp from 'fastify-plugin'
import helmet, { type HelmetOptions } from 'helmet'
import type { Csp } from '../lib/route-policy.js'

/** The API's own policy: nothing loads, nothing frames, nothing is posted from a page of ours. */
const API_CSP: Csp = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] }

/**
 * What a page of ours may load, the base of every page's policy: its own scripts and styles (files,
 * no inline script), same-origin calls to the API, data: images. Swagger UI widens it (inline styles,
 * data: fonts; src/plugins/openapi.ts); the explorer narrows it (no <base>; src/routes/explorer).
 */
export const PAGE_CSP: Csp = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
}

/** The headers helmet sets for `options`: its middleware, run once against a response that records them. */
function helmetHeaders(options: HelmetOptions): Array<[string, string]> {
  const headers: Array<[string, string]> = []
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    removeHeader: () => {},
  }
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {})
  return headers
}

const headersFor = (csp: Csp): Array<[string, string]> =>
  helmetHeaders({
    // useDefaults: false drops helmet's default directives, among them upgrade-insecure-requests,
    // which would send a browser to https on an API served over plain http (127.0.0.1, containers).
    contentSecurityPolicy: { useDefaults: false, directives: csp },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })

export default fp(
  async (app) => {
    const byPolicy = new Map<Csp, Array<[string, string]>>([[API_CSP, headersFor(API_CSP)]])
    const headersOf = (csp: Csp = API_CSP) => {
      let headers = byPolicy.get(csp)
      if (!headers) {
        headers = headersFor(csp)
        byPolicy.set(csp, headers)
      }
      return headers
    }
    // Built when the route is registered (a policy helmet refuses stops the start), or on the first
    // request of a route whose config a later onRoute hook sets (Swagger UI's, src/plugins/openapi.ts).
    app.addHook('onRoute', (route) => {
      headersOf(route.config?.csp)
    })
    // On the raw response, as helmet sets them, so every answer carries them: refusals, errors, 404s.
    app.addHook('onRequest', (request, reply, done) => {
      for (const [name, value] of headersOf(request.routeOptions.config.csp)) reply.raw.setHeader(name, value)
      done()
    })
  },
  { name: 'security-headers' },
)
