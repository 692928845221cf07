// Per-route policy lives on the route: a route states in its own `config` what the cross-cutting
// plugins should do with it, so a new route needs one place and no plugin keeps a URL list. Every key
// is optional; leaving it out means the default, the API's ordinary read.
//
//   app.get('/health', { config: { graphCache: false, rateLimitExempt: true, loadSheddingExempt: true }, schema }, handler)
//
// Swagger UI's routes get theirs from the docs plugin (src/plugins/openapi.ts), which registers them.

/** Content-Security-Policy directives, as helmet takes them (`defaultSrc: ["'self'"]` …). */
export type Csp = Record<string, Iterable<string>>

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A page's Content-Security-Policy; absent: the API's strictest, nothing loads (plugins/security-headers.ts). */
    csp?: Csp
    /** false: not a read of the graph (probes, the contract, the docs): no graph ETag or Cache-Control (plugins/graph-cache.ts). */
    graphCache?: boolean
    /** true: not counted against a client's request budget, and not documented with 429 (plugins/rate-limit.ts). */
    rateLimitExempt?: boolean
    /** true: answered even when the process sheds load, so a busy process is not taken for a dead one (plugins/load-shedding.ts). */
    loadSheddingExempt?: boolean
    /**
     * The scope an API key must carry (`Authorization: Bearer <key>`): 'write' on writes, 'admin' on the
     * audit trail. Absent: a read, open unless the reads setting asks for a 'read' key (plugins/auth.ts).
     */
    auth?: KeyScope
    /**
     * true: answers anyone, key or not, whatever the reads setting, and its Authorization header is not
     * read (the probes, the contract and Swagger UI, the explorer's page and assets: plugins/auth.ts).
     */
    authExempt?: boolean
  }
  interface FastifyRequest {
    /** The API key the request was authorised with; null when it sent none (an open read). */
    apiKey: ApiKeyIdentity | null
  }
}

/** What a key may do; each scope includes the ones before it: read < write < admin. */
export type KeyScope = 'read' | 'write' | 'admin'

/** Who wrote: what the audit trail and the change feed record of the key behind a write. Never the key itself. */
export interface ApiKeyIdentity {
  id: string
  name: string
  scope: KeyScope
}
