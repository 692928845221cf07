// The review's calls: POST /drafts, POST /reconcile, PUT /sources/{id}. Answers are returned with their
// status and problem body, not thrown: each status means something different to the page.
import type { Candidate } from './model.js'

export interface Answer<T> {
  status: number
  body: T
  headers: Headers
}

export interface Problem {
  detail?: string
  'invalid-params'?: Array<{ name: string; reason: string }>
}

export async function send<T>(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const parsed = await res.json().catch(() => ({}))
  return { status: res.status, body: parsed as T, headers: res.headers }
}

/** Graph actors matching each name (the /reconcile matching), best first; no list at all when the API refused. */
export async function reconcile(names: string[], limit = 5): Promise<Candidate[][]> {
  if (names.length === 0) return []
  const queries = Object.fromEntries(names.slice(0, 50).map((q, i) => [`q${i}`, { query: q.slice(0, 200), limit }]))
  const res = await send<Record<string, { result: Candidate[] }>>('POST', '/reconcile', { queries })
  if (res.status !== 200) return []
  return names.map((_, i) => res.body[`q${i}`]?.result ?? [])
}
