// Reconciliation (W3C Reconciliation Service API 0.2): a spreadsheet of names matched to entente's
// actors, as OpenRefine asks. Candidates come from the same names /paths resolves (ids, names,
// aliases, ISO codes, QIDs, the country table's names) and from substrings of them.
//
// Scores: 100 when one of the query's forms (as written, plain, turned round, without titles or middle
// names: src/reconcile/names.ts) is one of the actor's names; 95 when it is one but for spelling
// (transliteration, diacritics, spaces); 92 for an initial and a family name ("V. Putin"); otherwise
// how much of the actor's closest name the query covers, 90 × query length / name length. `match` is
// true only for a clear winner: the one candidate that scores 92 or more.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { ACTOR_KINDS } from '../model/vocabulary.js'
import { formsOf, plain, spellingKey, wordsOf } from './names.js'
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

/** The score at and above which a candidate is a name of the query, not a part of one. */
const SURE = 92

/** A name the query is, but for form (100), spelling (95) or a first name given as an initial (92); 0 when none. */
export function nameScore(forms: string[], names: string[]): number {
  const plainNames = new Set(names.map(plain))
  if (forms.some((f) => plainNames.has(plain(f)))) return 100
  const keys = new Set(names.map(spellingKey))
  if (forms.some((f) => keys.has(spellingKey(f)))) return 95
  const initial = forms.map((f) => /^([a-z])\.? ([a-z'-]{2,})$/.exec(plain(f))).find((m) => m !== null)
  if (initial) {
    const [, letter, family] = initial as unknown as [string, string, string]
    if ([...plainNames].some((n) => n.startsWith(letter) && n.split(' ').length >= 2 && n.endsWith(` ${family}`))) return SURE
  }
  return 0
}

export async function reconcile(graph: Graph, batch: QueryBatch): Promise<Record<string, { result: Candidate[] }>> {
  const queries = Object.entries(batch).map(([id, q]) => ({
    id,
    text: q.query.toLowerCase(),
    forms: formsOf(q.query),
    keys: formsOf(q.query).map(plain),
    words: [q.query.toLowerCase(), ...wordsOf(q.query)],
    kinds: q.type ?? null,
  }))
  const rows = await graph.read('reconcile-candidates', {
    queries: queries.map((q) => ({ id: q.id, keys: [...new Set([...q.forms, ...q.keys])], words: q.words, kinds: q.kinds })),
    max: int(MAX_LIMIT),
  })
  const found = new Map(rows.map((r) => [r.queryId as string, r.candidates as Row[]]))
  const out: Record<string, { result: Candidate[] }> = {}
  for (const q of queries) {
    const candidates = found.get(q.id) ?? []
    const scored = candidates.map((c) => {
      const names = c.names as string[]
      // An ActorKey (id, name, alias, ISO code, QID, table name) equal to one of the query's forms.
      const sure = (c.exact as boolean) ? 100 : nameScore(q.forms, names)
      return { c, score: sure || scoreOf(q.text, names, false) }
    })
    const sureOnes = scored.filter((x) => x.score >= SURE).length
    const result = scored
      .map(({ c, score }) => ({
        id: c.id as string,
        name: c.name as string,
        score,
        match: score >= SURE && sureOnes === 1,
        type: [{ id: c.kind as string, name: c.kind as string }],
      }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    out[q.id] = { result: result.slice(0, batch[q.id].limit ?? DEFAULT_LIMIT) }
  }
  return out
}
