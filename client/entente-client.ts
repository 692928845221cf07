// A typed client for dashboards, on top of the types openapi-typescript generates from openapi.yaml
// (client/openapi.d.ts, regenerate with `npm run client`). Every call is checked at compile time
// against the contract: the path, its query and path parameters, and the JSON it returns.
import type { operations, paths } from './openapi.js'

type Get<P extends keyof paths> = paths[P]['get'] extends keyof operations ? operations[paths[P]['get']] : paths[P]['get']
type Params<P extends keyof paths> = Get<P> extends { parameters: infer X } ? X : never
type Query<P extends keyof paths> = Params<P> extends { query?: infer Q } ? Q : never
type PathParams<P extends keyof paths> = Params<P> extends { path: infer X } ? X : never
type Ok<P extends keyof paths> =
  Get<P> extends { responses: { 200: { content: infer C } } } ? (C extends { 'application/json': infer J } ? J : never) : never
type Problem = { type: string; title: string; status: number; detail: string; instance: string; [k: string]: unknown }

export type ApiResult<P extends keyof paths> =
  | { ok: true; status: number; data: Ok<P>; etag: string | null }
  | { ok: false; status: number; problem: Problem | null }

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never
/** What PUT and DELETE /sources/{id} answer: the change summary (WriteResult). */
export type WriteResult = Json<operations['putSource']['responses'][200]>
/** The document PUT /sources/{id} takes: what POST /drafts answers, reviewed. */
export type SourceDocument = operations['putSource']['requestBody']['content']['application/json']

export type WriteOutcome =
  | { ok: true; status: number; data: WriteResult; etag: string | null }
  | { ok: false; status: number; problem: Problem | null }

export interface ClientOptions {
  baseUrl: string
  fetch?: typeof fetch
  /** An API key (`npm run keys -- create`), sent as `Authorization: Bearer <key>`: writes need a write key, GET /audit an admin key. */
  apiKey?: string
}

export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch
  const auth: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}
  const problemOf = async (res: Response) =>
    (res.headers.get('content-type') ?? '').startsWith('application/problem+json') ? ((await res.json()) as Problem) : null
  const write = async (method: 'PUT' | 'DELETE', id: string, body: unknown, conditions: Record<string, string | undefined>) => {
    const headers: Record<string, string> = { accept: 'application/json', ...auth }
    for (const [name, value] of Object.entries(conditions)) if (value !== undefined) headers[name] = value
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await doFetch(new URL(`/sources/${encodeURIComponent(id)}`, options.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (res.status === 200 || res.status === 201) {
      return { ok: true, status: res.status, data: (await res.json()) as WriteResult, etag: res.headers.get('etag') } as WriteOutcome
    }
    return { ok: false, status: res.status, problem: await problemOf(res) } as WriteOutcome
  }
  const client = {
    /** Creates (201) or replaces (200) a source; ifMatch: the version replaced ("v3"); ifNoneMatch: '*' to create only. */
    putSource(id: string, document: SourceDocument, conditions: { ifMatch?: string; ifNoneMatch?: string } = {}): Promise<WriteOutcome> {
      return write('PUT', id, document, { 'if-match': conditions.ifMatch, 'if-none-match': conditions.ifNoneMatch })
    },
    /** Retracts a source; ifMatch: the version retracted. */
    deleteSource(id: string, conditions: { ifMatch?: string } = {}): Promise<WriteOutcome> {
      return write('DELETE', id, undefined, { 'if-match': conditions.ifMatch })
    },
    async get<P extends keyof paths>(
      path: P,
      args: { query?: Query<P>; path?: PathParams<P>; ifNoneMatch?: string } = {},
    ): Promise<ApiResult<P>> {
      const filled = String(path).replace(/\{(\w+)\}/g, (_, name) =>
        encodeURIComponent(String((args.path as Record<string, unknown>)[name])),
      )
      const url = new URL(filled, options.baseUrl)
      for (const [key, value] of Object.entries((args.query ?? {}) as Record<string, unknown>)) {
        if (value === undefined) continue
        for (const v of [value].flat()) url.searchParams.append(key, String(v))
      }
      const headers: Record<string, string> = { accept: 'application/json', ...auth }
      if (args.ifNoneMatch) headers['if-none-match'] = args.ifNoneMatch
      const res = await doFetch(url, { headers })
      if (res.status === 200) return { ok: true, status: 200, data: (await res.json()) as Ok<P>, etag: res.headers.get('etag') }
      return { ok: false, status: res.status, problem: await problemOf(res) }
    },
    /** The changes after a graph version (`since`; absent: from the start), oldest first. */
    getChanges: (query: Query<'/changes'> = {}) => client.get('/changes', { query }),
    /** A page of the audit trail, newest first (the client's apiKey must be an admin key). */
    getAudit: (query: Query<'/audit'> = {}) => client.get('/audit', { query }),
  }
  return client
}
