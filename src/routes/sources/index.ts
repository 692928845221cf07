// /sources, /sources/{id}, /sources/{id}/versions. Reads go to queries/, writes (PUT, DELETE) to the
// write room (src/write/). A source's own version is the ETag of GET, PUT and DELETE on /sources/{id}
// ("v<version>", strong); the graph-cache's "g…" tags stay on every other read.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { HttpError, notFound } from '../../lib/http-errors.js'
import { getSource, listSources, listSourceVersions } from '../../queries/catalog.js'
import { problem } from '../../schemas/common.js'
import { SourceSchema, SourceWithTextSchema } from '../../schemas/models.js'
import { pageOf, PageQuery } from '../../schemas/pagination.js'
import { IdParam } from '../../schemas/params.js'
import { Conditions, SourceDocument, SourceVersions, WriteResult } from '../../schemas/writes.js'
import { sourceEtag } from '../../write/changes.js'
import type { WriteContext } from '../../write/load-source.js'
import { deleteSource, putSource } from '../../write/put-source.js'

export interface SourcesRouteOptions {
  /** The largest PUT body (WRITE_BODY_LIMIT_BYTES); past it, 413. */
  bodyLimit: number
}

const SourceParams = z.object({ id: IdParam.meta({ example: 'tekedia-putin-kim-pyongyang' }) })

/** Who writes and under which conditions, from the request (the auth plugin sets request.apiKey). */
const contextOf = (req: FastifyRequest, method: WriteContext['method']): WriteContext => ({
  method,
  key: req.apiKey,
  requestId: req.id,
  ifMatch: req.headers['if-match'],
  ifNoneMatch: req.headers['if-none-match'],
})

const WRITE_ERRORS = { 400: problem(400), 412: problem(412), 503: problem(503) }

const sources: FastifyPluginAsyncZod<SourcesRouteOptions> = async (app, opts) => {
  app.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        operationId: 'listSources',
        summary: 'List sources',
        description: 'Ordered by id; without their text.',
        querystring: PageQuery,
        response: { 200: pageOf(SourceSchema, 'SourcePage'), 400: problem(400) },
      },
    },
    async (req) => listSources(app.graph, req.query),
  )

  app.get(
    '/sources/:id',
    {
      // Its ETag is the source's version, which changes exactly when the source does; not the graph's.
      config: { graphCache: false },
      schema: {
        tags: ['sources'],
        operationId: 'getSource',
        summary: 'One source with its full text',
        description:
          'ETag: the source\'s version ("v<version>", strong; the If-Match of a replace or a retraction). If-None-Match with it: 304.',
        params: SourceParams,
        response: { 200: SourceWithTextSchema, 304: z.null().describe('not modified'), 400: problem(400), 404: problem(404) },
      },
    },
    async (req, reply) => {
      const source = await getSource(app.graph, req.params.id)
      const etag = sourceEtag(source.version as number)
      reply.header('etag', etag).header('cache-control', 'public, max-age=0, must-revalidate')
      if (req.headers['if-none-match']?.split(',').some((m) => m.trim() === etag)) return reply.code(304).send(null)
      return { text: '', version: 0, ...source }
    },
  )

  app.get(
    '/sources/:id/versions',
    {
      schema: {
        tags: ['sources'],
        operationId: 'listSourceVersions',
        summary: "A source's recorded versions",
        description:
          'Every version a put or a seed stored, oldest first: when the graph held it (knownFrom, knownUntil: null while current), its content hash and counts. A retracted source keeps its versions.',
        params: SourceParams,
        response: { 200: SourceVersions, 400: problem(400), 404: problem(404) },
      },
    },
    async (req) => {
      const items = await listSourceVersions(app.graph, req.params.id)
      if (items.length === 0) throw notFound(`No source with id "${req.params.id}" was ever recorded.`, { id: req.params.id })
      return { items }
    },
  )

  const answer = (reply: FastifyReply, result: WriteResult) => {
    if (result.sourceVersion !== null) reply.header('etag', sourceEtag(result.sourceVersion))
    if (result.outcome === 'created') reply.code(201).header('location', `/sources/${result.sourceId}`)
    return result
  }

  app.put(
    '/sources/:id',
    {
      config: { auth: 'write', graphCache: false },
      bodyLimit: opts.bodyLimit,
      // The seed checker, not the schema validator, answers a bad document: 422 naming every failing path.
      attachValidation: true,
      preValidation: async (req) => {
        if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
          throw new HttpError(415, 'Send the document as JSON: Content-Type: application/json.')
        }
      },
      schema: {
        tags: ['sources'],
        operationId: 'putSource',
        summary: 'Create or replace a source',
        description:
          "Makes the source's contribution to the graph exactly what the document says, in one transaction: 201 when created, 200 when replaced, 200 with outcome `unchanged` (and no new version) when the document is the one stored. The answer says what changed. ETag: the source's new version; If-Match (a replace of that version only) and If-None-Match: * (create only) are honoured (412). A change makes the stored influence ranking stale until it is recomputed, which happens after the answer (GET /influence/ranking says which graph version its ranking is of). Needs a `write` key.",
        params: SourceParams,
        headers: Conditions,
        body: SourceDocument,
        response: {
          200: WriteResult,
          201: WriteResult,
          ...WRITE_ERRORS,
          413: problem(413),
          415: problem(415),
          422: problem(422),
        },
      },
    },
    async (req, reply) => {
      // A bad id or header is still the schema's 400; only the body goes to the checker.
      if (req.validationError && req.validationError.validationContext !== 'body') throw req.validationError
      return answer(reply, await putSource(app.graph, app.rankingRefresh, req.params.id, req.body, contextOf(req, 'PUT')))
    },
  )

  app.delete(
    '/sources/:id',
    {
      config: { auth: 'write', graphCache: false },
      schema: {
        tags: ['sources'],
        operationId: 'deleteSource',
        summary: 'Retract a source',
        description:
          'Relations only this source supported disappear; merged relations lose its contribution (their corroboration drops); its claims go, and the actors no other source mentions. Nothing of another source changes. Its versions stay recorded (GET /sources/{id}/versions). The answer (200) says what changed; the stored influence ranking is recomputed after it. If-Match honoured (412). Needs a `write` key.',
        params: SourceParams,
        headers: Conditions,
        response: { 200: WriteResult, ...WRITE_ERRORS, 404: problem(404) },
      },
    },
    async (req, reply) => answer(reply, await deleteSource(app.graph, app.rankingRefresh, req.params.id, contextOf(req, 'DELETE'))),
  )
}
export default sources
