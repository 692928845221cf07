// The first checks every request meets, before any other hook and before any query: an app that is
// closing refuses new requests (503) while it finishes those in flight, and ends every connection
// as its response goes out (Connection: close), so close() is not held open by idle ones; a URL
// longer than any this API could need is refused (414) before its parameters are looked at.
import fp from 'fastify-plugin'
import { sendProblem } from './problem-json.js'

/**
 * The longest URL accepted. The longest legitimate one, /paths with two 120-character names in a
 * non-Latin script (up to 9 characters each, percent-encoded) and every relation type, is under 3,000.
 */
export const MAX_URL_LENGTH = 4096

/** Seconds a client should wait before trying again while this instance shuts down. */
const CLOSING_RETRY_AFTER = '5'

export default fp(
  async (app) => {
    let closing = false
    // preClose runs when close() starts, before the server stops listening: from then on a request
    // that still arrives (pipelined, or on a busy keep-alive connection) is refused, in problem+json
    // rather than the plain JSON of Fastify's return503OnClosing, which app.ts turns off for this.
    app.addHook('preClose', async () => {
      closing = true
    })
    // A response finished while closing ends its connection: a keep-alive connection left idle would
    // hold close() open until the client or keepAliveTimeout (72 s) ended it.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (closing) reply.header('connection', 'close')
      return payload
    })
    app.addHook('onRequest', async (request, reply) => {
      if (closing) {
        reply.header('retry-after', CLOSING_RETRY_AFTER)
        return sendProblem(request, reply, 503, 'The server is shutting down; retry shortly.')
      }
      if (request.url.length > MAX_URL_LENGTH) {
        return sendProblem(request, reply, 414, `The URL is ${request.url.length} characters long; at most ${MAX_URL_LENGTH} are accepted.`)
      }
    })
  },
  { name: 'request-guards' },
)
