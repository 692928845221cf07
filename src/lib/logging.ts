// What the logs may say. Every request line carries its id (reqId), the id the client sees in
// X-Request-Id and in a problem's `instance`. Credentials never reach a log: pino censors the keys
// that hold them wherever they sit (a few levels deep), the request line masks credential-looking
// query parameters, and URIs lose their password before they go into a message.
import type { FastifyRequest } from 'fastify'

const CENSOR = '[redacted]'

/** Keys whose values are credentials, wherever they appear in a logged object. */
const SECRET_KEYS = ['password', 'NEO4J_PASSWORD', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie']

/** pino paths for each secret key at depth 0 to 4: `password`, `*.password` … (hyphenated keys in brackets). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) =>
  [0, 1, 2, 3, 4].map((depth) => {
    const parents = Array.from({ length: depth }, () => '*').join('.')
    const leaf = /^\w+$/.test(key) ? key : `["${key}"]`
    return parents === '' ? leaf : leaf.startsWith('[') ? parents + leaf : `${parents}.${leaf}`
  }),
)

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

/** The request as logged: no headers at all (they carry cookies and credentials), a masked URL. */
function serializeRequest(req: FastifyRequest) {
  return { method: req.method, url: maskUrl(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket.remotePort }
}

/**
 * Logger options for Fastify: the level, plus whatever the caller gives (a test's stream), with the
 * redaction and the request serializer always on top, so no caller can switch them off by accident.
 */
export function loggerOptions(level: string, given: unknown): Record<string, unknown> {
  const base = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>
  return {
    level,
    ...base,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: { ...(base.serializers as object | undefined), req: serializeRequest },
  }
}
