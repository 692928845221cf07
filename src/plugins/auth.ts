// API keys on requests: `Authorization: Bearer <key>` (src/auth/ makes, stores and checks the keys).
// Two onRequest hooks, in this order with others between them (src/app.ts registers them so):
//   authentication: who is calling. A request that sends an Authorization header has it read by
//     @fastify/bearer-auth (the header's syntax, RFC 6750) and the key checked against Neo4j; a live key
//     becomes request.apiKey (its id, name and scope, never the key). A wrong key is noted, not answered yet.
//   rate limit (plugins/rate-limit.ts): counts per key when a live key was sent, else per address, so a
//     client that sends wrong keys spends its address's budget and cannot buy a fresh one per key.
//   (404 and 405, load shedding, CORS's headers: a refusal below can be read by a page on another origin.)
//   authorization: may they. A wrong key sent: 401. A route that needs a scope (its `config.auth`, or
//     'read' on every read when AUTH_READS=key): 401 without a key, 403 with a key of a lesser scope.
//     Before the graph cache, so a 304 goes only to a caller who may read.
// Routes that must answer anyone (probes, the contract and docs, the explorer's page) say so with
// `config.authExempt`: their Authorization header is not even read. A CORS preflight (OPTIONS) is never
// authenticated: browsers send no credentials with one (Fetch standard), and the real request that
// follows is checked. Each route's contract (openapi.yaml) shows its scheme, scope and 401/403 here too.
import bearerAuth from '@fastify/bearer-auth'
import type { FastifyContextConfig, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { allows } from '../auth/keys.js'
import { verifyKey } from '../auth/store.js'
import { HttpError } from '../lib/http-errors.js'
import type { KeyScope } from '../lib/route-policy.js'
import { problem } from '../schemas/common.js'

export type ReadsPolicy = 'open' | 'key'

export interface AuthOptions {
  /** 'key': every read (a route without `config.auth` or `config.authExempt`) needs a 'read' key. */
  reads: ReadsPolicy
}

const CHALLENGE = 'Bearer realm="entente"'

/** The scope a route needs, or null when it answers without a key. */
export function requiredScope(config: Partial<FastifyContextConfig> | undefined, reads: ReadsPolicy): KeyScope | null {
  if (config?.authExempt === true) return null
  return config?.auth ?? (reads === 'key' ? 'read' : null)
}

/** 401: no key where one is needed (a bare challenge), or a key that is not a live one (invalid_token, RFC 6750 §3.1). */
const unauthorized = (detail: string, keySent: boolean) =>
  new HttpError(401, detail, {}, { 'www-authenticate': keySent ? `${CHALLENGE}, error="invalid_token"` : CHALLENGE })

const forbidden = (needed: KeyScope, held: KeyScope) =>
  new HttpError(
    403,
    `This needs a key with scope ${needed}; the key sent has scope ${held}.`,
    {},
    { 'www-authenticate': `${CHALLENGE}, error="insufficient_scope", scope="${needed}"` },
  )

/** The 401 a request will get because the key it sent is not valid; set by authentication, thrown by authorization. */
const refused = new WeakMap<FastifyRequest, HttpError>()

/** A failure of the key lookup itself (Neo4j unreachable): the request gets that (503), not a 401. */
const lookupFailed = new WeakMap<FastifyRequest, unknown>()

export const authentication = fp(
  async (app, _opts: AuthOptions) => {
    app.decorateRequest('apiKey', null)
    await app.register(bearerAuth, {
      keys: [],
      // No hook of its own: the hook below decides when a header is read, and answers itself.
      addHook: false,
      // The scheme name is case-insensitive (RFC 9110 §11.1): `bearer <key>` is a Bearer credential too.
      specCompliance: 'rfc6749',
      // Its line for a refusal says only "unauthorized: <reason>", never the key: debug, not an error.
      verifyErrorLogLevel: 'debug',
      auth: async (key, request) => {
        try {
          const identity = await verifyKey(app.graph, key)
          request.apiKey = identity
          return identity !== null
        } catch (err) {
          lookupFailed.set(request, err)
          throw err
        }
      },
    })
    const verify = app.verifyBearerAuth as NonNullable<typeof app.verifyBearerAuth>

    app.addHook('onRequest', async (request, reply) => {
      if (request.headers.authorization === undefined || request.method === 'OPTIONS') return
      if (request.routeOptions.config.authExempt === true) return
      const err = await new Promise<Error | undefined>((resolve) => verify(request, reply, resolve))
      if (err === undefined) return
      if (lookupFailed.has(request)) throw lookupFailed.get(request)
      refused.set(
        request,
        unauthorized('The Authorization header holds no valid API key: it is not `Bearer <key>`, or the key is unknown or revoked.', true),
      )
    })
  },
  { name: 'auth-authentication', dependencies: ['problem-json'] },
)

export const authorization = fp(
  async (app, opts: AuthOptions) => {
    app.addHook('onRequest', async (request) => {
      const failure = refused.get(request)
      if (failure) throw failure
      // No OPTIONS gets here: CORS, registered before this hook (app.ts), answers every one itself.
      const needed = requiredScope(request.routeOptions.config, opts.reads)
      if (needed === null) return
      if (request.apiKey === null) {
        throw unauthorized(`This needs an API key with scope ${needed}: send Authorization: Bearer <key> (npm run keys -- create).`, false)
      }
      if (!allows(request.apiKey.scope, needed)) throw forbidden(needed, request.apiKey.scope)
    })

    // The contract of every route that needs a key, from its config: the scheme, the scope, 401 and 403.
    // Registered before the routes, so it sees each of them (as documented-errors does).
    app.addHook('onRoute', (route) => {
      const schema = route.schema as { hide?: boolean; response?: Record<string, unknown>; description?: string } | undefined
      const needed = requiredScope(route.config, opts.reads)
      if (needed === null || !schema?.response || schema.hide) return
      // A copy: a GET route and the HEAD route Fastify derives from it share one schema object.
      const documented: typeof schema & Record<string, unknown> = {
        ...schema,
        security: [{ bearerAuth: [] }],
        'x-required-scope': needed,
        description: [schema.description, `Needs an API key with scope \`${needed}\` (or one that includes it: read < write < admin).`]
          .filter(Boolean)
          .join('\n\n'),
        response: { ...schema.response, 401: problem(401), 403: problem(403) },
      }
      route.schema = documented
    })
  },
  { name: 'auth-authorization', dependencies: ['auth-authentication'] },
)
