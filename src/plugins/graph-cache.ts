// HTTP caching for dashboards: every successful read of the graph carries an ETag tied to the graph's
// version (it changes whenever a write changes the graph) and Cache-Control; a request whose
// If-None-Match matches gets 304 before any query runs. The version is read from Neo4j at most once
// per `versionTtlMs`, so a repeated request costs no database round trip.
import { createHash } from 'node:crypto'
import fp from 'fastify-plugin'
import type { Graph } from '../db/graph.js'
import type {} from '../lib/route-policy.js'

export interface GraphCacheOptions {
  versionTtlMs: number
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
      reply.header('vary', 'Accept')
      const match = request.headers['if-none-match']
      if (match?.split(',').some((m) => m.trim().replace(/^W\//, '') === etag)) {
        return reply.code(304).send()
      }
    })
    // Errors are not cacheable representations of the graph.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (reply.statusCode >= 400) {
        reply.removeHeader('etag')
        reply.header('cache-control', 'no-store')
      }
      return payload
    })
  },
  { name: 'graph-cache', dependencies: ['neo4j'] },
)
