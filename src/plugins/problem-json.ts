// One error handler for the whole app: every error leaves as RFC 9457 application/problem+json.
// 4xx details are for the client (they name the offending fields); 5xx details go to the log only.
// Errors Fastify raises before routing (a malformed URL) and those Node's HTTP parser raises before
// there is a request at all (a garbage request line, oversized headers) get the same shape.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { HttpError, type InvalidParam } from '../lib/http-errors.js'

const PROBLEM_BASE = 'https://entente.dev/problems/'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

const SLUGS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  408: 'request-timeout',
  413: 'payload-too-large',
  409: 'conflict',
  410: 'gone',
  412: 'precondition-failed',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'rate-limited',
  431: 'headers-too-large',
  500: 'internal',
  503: 'unavailable',
}

interface ValidationItem {
  instancePath?: string
  message?: string
}

const LOCATIONS: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' }

/** Names each offending field the way a client wrote it: `maxHops`, `items[2].id`. */
function invalidParams(validation: ValidationItem[], context: string | undefined): InvalidParam[] {
  const where = LOCATIONS[context ?? ''] ?? context ?? 'request'
  return validation.map((v) => {
    const name = (v.instancePath ?? '')
      .replace(/^\//, '')
      .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
      .replace(/\//g, '.')
    return { name: name || where, in: where, reason: v.message ?? 'invalid' }
  })
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
  slug = SLUGS[status] ?? 'error',
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: PROBLEM_BASE + slug,
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      instance: `urn:uuid:${request.id}`,
      ...extra,
    })
}

/** No route serves this path (method-not-allowed.ts answers when only the method is wrong). */
export const noRoute = (request: FastifyRequest, reply: FastifyReply) =>
  sendProblem(request, reply, 404, `No route ${request.method} ${request.url.split('?')[0]}`, {}, 'no-route')

/** Fastify's `frameworkErrors`: a path segment past maxParamLength (414), or bad percent-encoding (400). */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  // These replies skip the app's hooks, so the id the problem names is set here as well.
  reply.header('x-request-id', request.id)
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(request, reply, 414, 'A path segment is too long.')
  }
  return sendProblem(request, reply, 400, 'Invalid request: url', {
    'invalid-params': [{ name: 'url', in: 'path', reason: 'not a valid URL: bad percent-encoding' }],
  })
}

/**
 * Fastify's `clientErrorHandler`: Node's parser refused the bytes before any request existed, so the
 * problem is written to the socket by hand, with a fresh id for `instance`, and the connection closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
  const details: Record<number, string> = {
    400: 'The request is not valid HTTP.',
    408: 'The request did not arrive in the time allowed.',
    431: 'The request headers are too large.',
  }
  const body = JSON.stringify({
    type: PROBLEM_BASE + SLUGS[status],
    title: TITLES[status],
    status,
    detail: details[status],
    instance: `urn:uuid:${randomUUID()}`,
  })
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

export default fp(
  async (app) => {
    app.setErrorHandler((err: FastifyError & { validation?: ValidationItem[]; validationContext?: string }, request, reply) => {
      if (err.validation) {
        const params = invalidParams(err.validation, err.validationContext)
        const names = [...new Set(params.map((p) => p.name))].join(', ')
        return sendProblem(request, reply, 400, `Invalid request: ${names}`, { 'invalid-params': params }, 'validation-error')
      }
      if (err instanceof HttpError) {
        for (const [k, v] of Object.entries(err.headers)) reply.header(k, v)
        if (err.statusCode >= 500) request.log.warn({ err: err.cause ?? err }, err.message)
        return sendProblem(request, reply, err.statusCode, err.message, err.extra)
      }
      const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500
      if (status < 500) return sendProblem(request, reply, status, err.message)
      request.log.error({ err }, 'unhandled error')
      return sendProblem(request, reply, 500, `Something went wrong on our side; it is logged under request ${request.id}.`)
    })

    app.setNotFoundHandler(noRoute)
  },
  { name: 'problem-json' },
)
