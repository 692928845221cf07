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

export interface ClientOptions {
  baseUrl: string
  fetch?: typeof fetch
  /** An API key, sent as `Authorization: Bearer <key>` (GET /audit needs an admin key). */
  apiKey?: string
}

export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch
  const client = {
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
      const headers: Record<string, string> = { accept: 'application/json' }
      if (args.ifNoneMatch) headers['if-none-match'] = args.ifNoneMatch
      if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`
      const res = await doFetch(url, { headers })
      if (res.status === 200) return { ok: true, status: 200, data: (await res.json()) as Ok<P>, etag: res.headers.get('etag') }
      const isProblem = (res.headers.get('content-type') ?? '').startsWith('application/problem+json')
      return { ok: false, status: res.status, problem: isProblem ? ((await res.json()) as Problem) : null }
    },
    /** The changes after a graph version (`since`; absent: from the start), oldest first. */
    getChanges: (query: Query<'/changes'> = {}) => client.get('/changes', { query }),
    /** A page of the audit trail, newest first (the client's apiKey must be an admin key). */
    getAudit: (query: Query<'/audit'> = {}) => client.get('/audit', { query }),
  }
  return client
}
