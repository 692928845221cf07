// The review's state: the draft as POST /drafts answered it, and the analyst's decisions on it, with
// the pure helpers over it. store.ts keeps it in localStorage; the write key never is (publish.ts).
import type { components } from '../../../client/openapi.js'

/** A draft as POST /drafts answers it: the drafter always carries the text inline (src/draft/extractor.ts). */
export type Seed = components['schemas']['DraftSeed'] & { source: { text: string } }
export type Actor = Seed['actors'][number]
export type Claim = Seed['claims'][number]
export type Relation = Seed['relations'][number]
export type WriteResult = components['schemas']['WriteResult']
export type Vocabulary = components['schemas']['Vocabulary']
export type Candidate = components['schemas']['ReconcileCandidate']

export type Decision = 'pending' | 'accepted' | 'rejected'

export interface ReviewState {
  /** The working copy of the draft: edits change it in place; rejected items stay in it, unsent. */
  seed: Seed
  /** Relation id → decision; a claim without a relation is decided under its own id. */
  decisions: Record<string, Decision>
  /** Drafted actor id → the graph actor it is merged into. */
  merges: Record<string, string>
  /** Actors of the graph the analyst found (by /reconcile) and may name as ends: id → name. */
  graphActors: Record<string, string>
  /** Relations the analyst added from a span of the text. */
  added: string[]
  /** The source's ETag after the last publish from this tab ("v3"): the If-Match of the next one. */
  etag: string | null
  /** The 422 findings of the last publish, by item id (relation, claim or actor). */
  serverFindings: Record<string, string[]>
  /** The summary of the last successful publish. */
  published: WriteResult | null
}

export function newState(seed: Seed): ReviewState {
  return { seed, decisions: {}, merges: {}, graphActors: {}, added: [], etag: null, serverFindings: {}, published: null }
}

export const decisionOf = (s: ReviewState, id: string): Decision => s.decisions[id] ?? 'pending'

/** An actor id as the document will name it: a merged actor becomes its graph actor. */
export const resolved = (s: ReviewState, id: string) => s.merges[id] ?? id

/** A display name for an actor id: the draft's actor, a graph actor found, else the id. */
export function actorName(s: ReviewState, id: string): string {
  const own = s.seed.actors.find((a) => a.id === id)
  return own?.name ?? s.graphActors[id] ?? id
}

/** Claims no relation cites: the drafter's statements that relate nobody (a denial, for one). */
export function looseClaims(s: ReviewState): Claim[] {
  const cited = new Set(s.seed.relations.flatMap((r) => r.claims))
  return s.seed.claims.filter((c) => !cited.has(c.id))
}

/** A kebab-case id of at most 80 characters not yet in `taken`. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const stem =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 72)
      .replace(/-+$/, '') || 'item'
  let id = stem
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`
  return id
}
