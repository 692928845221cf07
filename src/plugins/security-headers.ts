// Security headers with @fastify/helmet. The API answers JSON, XML and CSV that no browser should
// render as a page, so every response carries the strictest Content-Security-Policy (nothing may
// load, nothing may frame it). A route that serves a page says so in its config with helmet's own
// per-route key, `config: { helmet: PAGE_HELMET }`: Swagger UI's routes (src/plugins/openapi.ts) get
// the policy it needs (its own scripts and styles, same-origin calls to try operations out, data:
// images) and no more.
// Cross-origin reads stay allowed (CORP cross-origin): dashboards on other origins are the point.
import helmet from '@fastify/helmet'
import fp from 'fastify-plugin'

const API_CSP = { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] }

/** What Swagger UI needs: its bundle and initializer are files (no inline script); it styles inline. */
export const DOCS_CSP = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
}

/** The per-route helmet config of a page's routes (helmet reads config.helmet at request time). */
export const PAGE_HELMET = { contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP } }

export default fp(
  async (app) => {
    await app.register(helmet, {
      // useDefaults: false drops helmet's default directives, among them upgrade-insecure-requests,
      // which would send a browser to https on an API served over plain http (127.0.0.1, containers).
      contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    })
  },
  { name: 'security-headers' },
)
