// POST /drafts: a draft seed document from a pasted text, the graph's actors recognised by their ids.
// Writes nothing to the graph; the drafting runs in the worker pool (app.drafts), under a request
// budget of its own.
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { DraftPoolBusy } from '../../draft/pool.js'
import { HttpError, unavailable } from '../../lib/http-errors.js'
import { knownActors } from '../../queries/known-actors.js'
import { problem } from '../../schemas/common.js'
import { DraftRequest, DraftSeed } from '../../schemas/drafts.js'

export interface DraftRouteOptions {
  /** Drafts per window and client; 0 leaves only the app-wide budget. */
  rateLimitMax: number
  rateLimitWindowMs: number
  bodyLimit: number
}

const drafts: FastifyPluginAsyncZod<DraftRouteOptions> = async (app, opts) => {
  const limiter =
    opts.rateLimitMax > 0 && app.hasDecorator('createRateLimit')
      ? app.createRateLimit({ max: opts.rateLimitMax, timeWindow: opts.rateLimitWindowMs, keyGenerator: (req) => `drafts:${req.ip}` })
      : undefined
  const draftBudget =
    limiter &&
    (async (req: FastifyRequest) => {
      const budget = await limiter(req)
      if (!budget.isAllowed && budget.isExceeded) {
        throw new HttpError(
          429,
          `More than ${opts.rateLimitMax} drafts in ${opts.rateLimitWindowMs / 1000} s from this address; retry in ${budget.ttlInSeconds} s.`,
          {},
          { 'retry-after': String(budget.ttlInSeconds) },
        )
      }
    })
  app.post(
    '/drafts',
    {
      bodyLimit: opts.bodyLimit,
      // Fastify parses text/plain too; this operation reads JSON only.
      preValidation: async (req) => {
        if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
          throw new HttpError(415, 'Send the text as JSON: Content-Type: application/json.')
        }
      },
      // Its own, tighter budget on top of the app-wide one (absent when the app runs without a budget).
      // A hook of its own: the plugin's per-route hook stands down once the app-wide one has run.
      ...(draftBudget ? { onRequest: draftBudget } : {}),
      schema: {
        tags: ['drafts'],
        operationId: 'draftSeed',
        summary: 'Draft a seed from a pasted article',
        description:
          'Reads the text and answers a seed document (entente-seed/1) to review: actors (states from the country table, people and organisations as candidates), claims whose quotes are exact spans of the text (offsets in `at`), hedges, and relations. A denied statement is a claim, never a relation. Nothing is written to the graph; save the draft as seed/<id>.json + seed/<id>.txt and run `npm run seed`.',
        body: DraftRequest,
        response: {
          200: DraftSeed,
          400: problem(400),
          413: problem(413),
          415: problem(415),
        },
      },
    },
    async (req, reply) => {
      // The graph's actors keep their ids in the draft.
      const draft = await app.drafts.draft({ ...req.body, knownActors: await knownActors(app.graph) }).catch((err: unknown) => {
        if (err instanceof DraftPoolBusy) throw unavailable(`${err.message}; retry shortly.`, 2)
        /* c8 ignore next -- a worker that fails is a bug: the error handler answers 500 and logs it */
        throw err
      })
      if (draft.warnings.length > 0) reply.header('x-draft-warnings', draft.warnings.join('; '))
      return draft.seed
    },
  )
}
export default drafts
