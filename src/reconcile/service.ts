// Reconciliation (W3C Reconciliation Service API 0.2): a spreadsheet of names matched to entente's
// actors, as OpenRefine asks. Candidates come from the same names /paths resolves (ids, names,
// aliases, ISO codes, QIDs, the country table's names) and from substrings of them.
//
// Scores: 100 when the query is exactly one of the actor's names (any case); otherwise how much of
// the actor's closest name the query covers, 90 × query length / name length (a substring, never
// 100). `match` is true only for an unambiguous hit: the one candidate that scores 100.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { ACTOR_KINDS } from '../model/vocabulary.js'
import type { z } from 'zod'
import { type CandidateSchema, DEFAULT_LIMIT, type ManifestSchema, MAX_LIMIT, type QueryBatch } from '../schemas/reconcile.js'

type Candidate = z.infer<typeof CandidateSchema>

export function manifest(baseUrl: string): z.infer<typeof ManifestSchema> {
  return {
    versions: ['0.2'],
    name: 'entente actors',
    identifierSpace: 'https://entente.dev/actors/',
    schemaSpace: 'https://entente.dev/actor-kinds/',
    defaultTypes: ACTOR_KINDS.map((k) => ({ id: k, name: k })),
    // OpenRefine opens this in a browser: the explorer centred on the actor, its neighbourhood drawn.
    view: { url: `${baseUrl}/?center={{id}}` },
  }
}

/** Partial matches never reach an exact one's 100. */
const PARTIAL = 90

export function scoreOf(text: string, names: string[], exact: boolean): number {
  if (exact) return 100
  const lengths = names.filter((n) => n.toLowerCase().includes(text)).map((n) => n.length)
  // Contained in the joined search text only (across two names): the weakest candidate.
  if (lengths.length === 0) return 1
  return Math.round((PARTIAL * text.length * 10) / Math.min(...lengths)) / 10
}

export async function reconcile(graph: Graph, batch: QueryBatch): Promise<Record<string, { result: Candidate[] }>> {
  const queries = Object.entries(batch).map(([id, q]) => ({ id, text: q.query.toLowerCase(), kinds: q.type ?? null }))
  const rows = await graph.read('reconcile-candidates', { queries, max: int(MAX_LIMIT) })
  const found = new Map(rows.map((r) => [r.queryId as string, r.candidates as Row[]]))
  const out: Record<string, { result: Candidate[] }> = {}
  for (const q of queries) {
    const candidates = found.get(q.id) ?? []
    const exactOnes = candidates.filter((c) => c.exact).length
    const result = candidates
      .map((c) => ({
        id: c.id as string,
        name: c.name as string,
        score: scoreOf(q.text, c.names as string[], c.exact as boolean),
        match: (c.exact as boolean) && exactOnes === 1,
        type: [{ id: c.kind as string, name: c.kind as string }],
      }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    out[q.id] = { result: result.slice(0, batch[q.id].limit ?? DEFAULT_LIMIT) }
  }
  return out
}
