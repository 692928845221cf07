// HTTP caching for dashboards: every successful read of the graph carries an ETag tied to the graph's
// version (it changes whenever a write changes the graph) and Cache-Control; a request whose
// If-None-Match matches gets 304 before any query runs. The version is read from Neo4j at most once
// per `versionTtlMs`, so a repeated request costs no database round trip.
//
// Identical reads in flight at once share one answer: the same method, URL and Accept at the same
// graph version are the same representation (the ETag says so), so a request that finds one running
// waits for it and sends its 200 instead of running the statements again. A burst of clients on a
// fresh instance (issue 26: 64 clients on ten URLs) costs Neo4j one query per URL, not one per client.
// Nothing is kept once the leader has answered: a later request runs afresh. A leader's error or
// stream is not shared; its followers then run their own.
import { createHash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Graph } from '../db/graph.js'
import type {} from '../lib/route-policy.js'

export interface GraphCacheOptions {
  versionTtlMs: number
}

/** A leader's 200, as its followers send it. */
interface Shared {
  headers: Record<string, string | number | string[]>
  payload: string
}

/**
 * Headers that belong to one request, or that the follower's own hooks and Node set: its id, its
 * budget, its CORS answer (for its own Origin) and Vary.
 */
const OWN_HEADERS = new Set([
  'x-request-id',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'retry-after',
  'vary',
])
const isOwn = (name: string) => OWN_HEADERS.has(name) || name.startsWith('x-ratelimit-') || name.startsWith('access-control-')

/** The leader's side of a shared read: lets its followers go, once, with its answer or null. */
const LEADS = Symbol('graph-cache.leads')
declare module 'fastify' {
  interface FastifyRequest {
    [LEADS]?: (shared: Shared | null) => void
  }
}

class VersionCache {
  private value: number | null = null
  private fetchedAt = 0
  private pending: Promise<number | null> | null = null

  constructor(
    private readonly graph: Graph,
    private readonly ttlMs: number,
  ) {}

  /** The graph version, from memory when fresh; null when Neo4j cannot say (the route will) or the ranking is being refreshed. */
  async get(): Promise<number | null> {
    if (this.value !== null && Date.now() - this.fetchedAt < this.ttlMs) return this.value
    this.pending ??= this.graph
      .read('graph-version')
      .then(([row]) => {
        // Between a write's commit and its ranking refresh the graph is at a version its stored
        // ranking is not: no ETag then, so no client keeps the old ranking under the new version's tag.
        this.value = row && row.rankingVersion === row.version ? (row.version as number) : null
        this.fetchedAt = Date.now()
        return this.value
      })
      .catch(() => null)
      .finally(() => {
        this.pending = null
      })
    return this.pending
  }
}

export default fp(
  async (app, opts: GraphCacheOptions) => {
    const versions = new VersionCache(app.graph, opts.versionTtlMs)
    /** Identical reads now running: each key's leader resolves it with its answer, or null. */
    const inflight = new Map<string, Promise<Shared | null>>()
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      // Routes that do not read the graph, or describe the API, say so in their config.
      if (request.routeOptions.config.graphCache === false) return
      const version = await versions.get()
      if (version === null) return
      const variant = createHash('sha1')
        .update(`${request.url}\n${request.headers.accept ?? ''}`)
        .digest('base64url')
        .slice(0, 16)
      const etag = `"g${version}-${variant}"`
      reply.header('etag', etag)
      reply.header('cache-control', 'public, max-age=0, must-revalidate')
      // Added to what is there: with a list of CORS origins the answer varies by Origin too (plugins' order, app.ts).
      const vary = reply.getHeader('vary')
      reply.header('vary', vary === undefined ? 'Accept' : `${vary}, Accept`)
      const match = request.headers['if-none-match']
      if (match?.split(',').some((m) => m.trim().replace(/^W\//, '') === etag)) {
        return reply.code(304).send()
      }
      const key = `${request.method}\n${version}\n${request.url}\n${request.headers.accept ?? ''}`
      const running = inflight.get(key)
      if (running !== undefined) {
        const shared = await running
        if (shared !== null) return reply.headers(shared.headers).send(shared.payload)
        return
      }
      inflight.set(
        key,
        new Promise<Shared | null>((resolve) => {
          request[LEADS] = (shared) => {
            inflight.delete(key)
            resolve(shared)
          }
        }),
      )
    })
    /** Lets a leader's followers go, once; a request that leads nothing costs nothing here. */
    const release = (request: FastifyRequest, shared: () => Shared | null) => {
      const leads = request[LEADS]
      if (leads === undefined) return
      request[LEADS] = undefined
      leads(shared())
    }
    // Errors are not cacheable representations of the graph.
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode >= 400) {
        reply.removeHeader('etag')
        reply.header('cache-control', 'no-store')
      }
      // Only a leader's 200 with its body in memory is shared; its headers are copied only then. Every
      // read of the graph answers serialized text (JSON, SVG, GraphML, CSV); a body that is not (a
      // stream) is not shared.
      release(request, () =>
        reply.statusCode === 200 && typeof payload === 'string'
          ? {
              headers: Object.fromEntries(
                Object.entries(reply.getHeaders()).filter(([name, value]) => value !== undefined && !isOwn(name)),
              ) as Shared['headers'],
              payload,
            }
          : null,
      )
      return payload
    })
    // A leader that ends without sending (its client went away) still lets its followers go.
    app.addHook('onResponse', async (request) => release(request, () => null))
    app.addHook('onRequestAbort', async (request) => release(request, () => null))
  },
  { name: 'graph-cache', dependencies: ['neo4j'] },
)
