// GET / (the explorer page) and GET /explorer/{file} (its script and stylesheet), from explorer/dist.
// The page gets a Content-Security-Policy of its own, in the route's config: everything from this
// origin only, no inline script; the API's JSON keeps the strict default. The files are not reads of
// the graph, so they carry no graph ETag; the browser asks again on every load (no-cache), so a rebuild shows at once.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { PAGE_CSP } from '../../plugins/security-headers.js'
import { problem } from '../../schemas/common.js'
import { ASSETS, type Asset, EXPLORER_DIST, readAsset } from './assets.js'

/** What the explorer needs: a page's policy (its own script, stylesheet and API; data: images) with no <base>. */
export const EXPLORER_CSP = { ...PAGE_CSP, baseUri: ["'none'"] }

const config = { csp: EXPLORER_CSP, graphCache: false, authExempt: true }

export interface ExplorerOptions {
  /** Where the built files are; tests point it elsewhere. */
  dir?: string
}

const explorer: FastifyPluginAsyncZod<ExplorerOptions> = async (app, opts) => {
  const dir = opts.dir ?? EXPLORER_DIST
  const send = async (name: Asset, reply: import('fastify').FastifyReply) => {
    const body = await readAsset(dir, name)
    return reply.type(ASSETS[name]).header('cache-control', 'no-cache').send(body)
  }
  app.get(
    '/',
    {
      config,
      schema: {
        hide: true,
        response: { 503: problem(503) },
      },
    },
    async (_req, reply) => send('index.html', reply),
  )
  app.get(
    '/explorer/:file',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ file: z.enum(['app.js', 'app.css']) }),
        response: { 400: problem(400), 503: problem(503) },
      },
    },
    async (req, reply) => send(req.params.file, reply),
  )
}
export default explorer
