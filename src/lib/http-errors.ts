// Errors that carry an HTTP status. The error handler turns them into problem+json (its title is the
// status's standard phrase, src/plugins/problem-json.ts); anything else becomes a 500 whose details go
// to the log only.

export interface InvalidParam {
  name: string
  in: string
  reason: string
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

export const notFound = (detail: string, extra: Record<string, unknown> = {}) => new HttpError(404, detail, extra)

export const badRequest = (detail: string, invalidParams: InvalidParam[], extra: Record<string, unknown> = {}) =>
  new HttpError(400, detail, { 'invalid-params': invalidParams, ...extra })

export const conflict = (detail: string, invalidParams: InvalidParam[]) => new HttpError(409, detail, { 'invalid-params': invalidParams })

export const gone = (detail: string, extra: Record<string, unknown> = {}) => new HttpError(410, detail, extra)

export const unavailable = (detail: string, retryAfterSeconds = 5) =>
  new HttpError(503, detail, {}, { 'retry-after': String(retryAfterSeconds) })
