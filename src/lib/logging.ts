// What the logs may say. Every request line carries its id (reqId), the id the client sees in
// X-Request-Id and in a problem's `instance`. Credentials never reach a log: the keys that hold them
// are censored wherever they sit (six levels deep) when a line is written, the request line masks credential-looking
// query parameters, and URIs lose their password before they go into a message.
import type { FastifyRequest } from 'fastify'
import { stdSerializers } from 'pino'

const CENSOR = '[redacted]'

/** Keys whose values are credentials, wherever they appear in a logged object. */
const SECRET_KEYS = new Set(['password', 'NEO4J_PASSWORD', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie'])

/** How deep in a logged object a secret key is still found (the object itself is depth 0). */
const SCRUB_DEPTH = 6

/**
 * `value` with the value of every secret key replaced by [redacted], in plain objects and arrays down
 * to SCRUB_DEPTH levels, copied only where something changes. Anything else (an Error, the request)
 * is left whole for its serializer: a copy would lose its prototype (the request's url, an error's
 * message and stack); the err serializer scrubs what it makes of an error.
 * Run when a line is written, not when a request's child logger is made: pino's own `redact` paths
 * (`*.password` … to depth 4) ran on every request's bindings, a twentieth of a bare /health's CPU.
 */
export function scrub(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > SCRUB_DEPTH) return value
  if (Array.isArray(value)) {
    const items = value.map((item) => scrub(item, depth + 1))
    return items.some((item, i) => item !== value[i]) ? items : value
  }
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return value
  let copy: Record<string, unknown> | undefined
  for (const [key, item] of Object.entries(value)) {
    const scrubbed = SECRET_KEYS.has(key) ? CENSOR : scrub(item, depth + 1)
    if (scrubbed !== item) {
      copy ??= { ...value }
      copy[key] = scrubbed
    }
  }
  return copy ?? value
}

/** Query parameter names that look like credentials; a client may send one by mistake. */
const SECRET_PARAM = /pass|secret|token|auth|api[-_]?key/i

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

/** The URL with the value of every credential-looking query parameter replaced by [redacted]. */
export function maskUrl(url: string): string {
  const q = url.indexOf('?')
  if (q < 0) return url
  const pairs = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      return eq >= 0 && SECRET_PARAM.test(decodeName(pair.slice(0, eq))) ? `${pair.slice(0, eq)}=${CENSOR}` : pair
    })
  return `${url.slice(0, q)}?${pairs.join('&')}`
}

/** bolt://user:secret@host → bolt://user:[redacted]@host, for messages that name a URI. */
export const redactUri = (uri: string) => uri.replace(/^([a-z0-9+]+:\/\/[^/:@]*):[^/@]*@/i, `$1:${CENSOR}@`)

type SerializedError = Record<string, unknown> & { cause?: unknown; aggregateErrors?: unknown[] }

/**
 * An error as pino's err serializer writes it (with its cause and, for an AggregateError, its
 * aggregateErrors), copied into plain objects so that scrub() reaches inside: the serializer's objects have a
 * prototype of their own.
 */
function plainError(error: SerializedError, depth = 0): Record<string, unknown> {
  const plain: Record<string, unknown> = { ...error }
  const nested = (value: unknown) =>
    value !== null && typeof value === 'object' && depth < SCRUB_DEPTH ? plainError(value as SerializedError, depth + 1) : value
  if ('cause' in plain) plain.cause = nested(plain.cause)
  if (Array.isArray(plain.aggregateErrors)) plain.aggregateErrors = plain.aggregateErrors.map(nested)
  return plain
}

/** The request as logged: no headers at all (they carry cookies and credentials), a masked URL. */
function serializeRequest(req: FastifyRequest) {
  return { method: req.method, url: maskUrl(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket.remotePort }
}

/**
 * Logger options for Fastify: the level, plus whatever the caller gives (a test's stream), with the
 * scrubbing and the request serializer always on top, so no caller can switch them off by accident.
 */
export function loggerOptions(level: string, given: unknown): Record<string, unknown> {
  const base = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>
  return {
    level,
    ...base,
    formatters: { ...(base.formatters as object | undefined), log: (object: Record<string, unknown>) => scrub(object) },
    serializers: {
      ...(base.serializers as object | undefined),
      req: serializeRequest,
      err: (err: Error) => scrub(plainError(stdSerializers.err(err))),
    },
  }
}
