// 405 for a method a URL does not have. Fastify answers a request no route takes with its not-found
// handler, whether the URL is unknown or only the method is; this tells the two apart. Every route
// registered after this plugin (any method, any later endpoint) is recorded as it is added, and a
// request that found no route but whose path some route serves gets 405 application/problem+json with
// `Allow` naming that path's methods. An unknown path stays 404. A catch-all route (CORS's `OPTIONS *`)
// adds its method to Allow but does not make an unknown path known.
//
// Runs in onRequest, before body parsing, and answers the 404 too: Fastify treats QUERY as a method
// with a body and would otherwise refuse it with 400 (no Content-Type) before the not-found handler. A method Node's HTTP
// parser does not know (outside http.METHODS) never becomes a request: problem-json.ts's
// clientErrorHandler answers it 400.
import fp from 'fastify-plugin'
import { METHODS } from 'node:http'
import { noRoute, sendProblem } from './problem-json.js'

/** A route's path as segment matchers: a literal, a parameter (`:id`, any one segment) or `*` (the rest). */
type Segment = { literal: string } | { param: true } | { rest: true }

interface Known {
  segments: Segment[]
  methods: string[]
  catchAll: boolean
}

/** Allow's order: GET and HEAD first, OPTIONS last, the rest as Node lists them (Fastify routes no other). */
const ORDER = ['GET', 'HEAD', ...METHODS.filter((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m)), 'OPTIONS']
const byOrder = (a: string, b: string) => ORDER.indexOf(a) - ORDER.indexOf(b)

function segmentsOf(url: string): Segment[] {
  return url
    .split('/')
    .slice(1)
    .map((s) => (s === '*' ? { rest: true } : s.startsWith(':') ? { param: true } : { literal: s }))
}

function matches(segments: Segment[], path: string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]
    if ('rest' in s) return true
    if (i >= path.length) return false
    if ('param' in s ? path[i] === '' : path[i] !== s.literal) return false
  }
  return segments.length === path.length
}

export default fp(
  async (app) => {
    const known: Known[] = []
    app.addHook('onRoute', (route) => {
      // CORS's catch-all is registered as `*`, without the leading slash.
      const segments = segmentsOf(route.url.startsWith('/') ? route.url : `/${route.url}`)
      known.push({ segments, methods: [route.method].flat(), catchAll: 'rest' in segments[0] })
    })

    /** The methods some route serves at this path; empty when only catch-alls (or nothing) match it. */
    const allowed = (url: string): string[] => {
      const path = url.split('?')[0].split('/').slice(1)
      const found = known.filter((k) => matches(k.segments, path))
      if (!found.some((k) => !k.catchAll)) return []
      return [...new Set(found.flatMap((k) => k.methods))].sort(byOrder)
    }

    app.addHook('onRequest', async (request, reply) => {
      if (!request.is404) return
      const allow = allowed(request.url)
      // Answered here too, before Fastify would refuse a QUERY without Content-Type with 400.
      if (allow.length === 0) return noRoute(request, reply)
      reply.header('allow', allow.join(', '))
      const path = request.url.split('?')[0]
      return sendProblem(
        request,
        reply,
        405,
        `${path} does not answer ${request.method}; it answers ${allow.join(', ')}.`,
        {},
        'method-not-allowed',
      )
    })
  },
  { name: 'method-not-allowed', dependencies: ['problem-json'] },
)
