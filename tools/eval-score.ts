// The scoring of `npm run eval:draft` (tools/eval-draft.ts): a draft against its gold, counted into the
// totals a set's table is made of. Its own module so a test can score a crafted gold and draft.
import type { Draft } from '../src/draft/extractor.js'
import { type RelationType, SYMMETRIC_TYPES } from '../src/model/vocabulary.js'

export interface GoldRelation {
  from: string
  to: string
  type: RelationType
  hedge?: string
}
export interface GoldClaim {
  start: number
  end: number
  hedge: string
}
export interface Gold {
  name: string
  text: string
  publishedAt?: string
  actors: string[]
  relations: GoldRelation[]
  /** Statements the text denies: never a relation. */
  notAsserted: GoldRelation[]
  claims: GoldClaim[]
}

export const key = (r: { from: string; to: string; type: string }) =>
  SYMMETRIC_TYPES.includes(r.type as RelationType) && r.to < r.from ? `${r.to}|${r.type}|${r.from}` : `${r.from}|${r.type}|${r.to}`

export interface Counts {
  texts: number
  actorTp: number
  actorGold: number
  actorDrafted: number
  relTp: number
  relGold: number
  relDrafted: number
  hedgeMatched: number
  hedgeRight: number
  claimGold: number
  negatedOrDoubtedAsAsserted: number
}

export function score(gold: Gold, draft: Draft, counts: Counts) {
  const s = draft.seed
  const drafted = new Set(s.actors.map((a) => a.id))
  counts.texts++
  counts.actorGold += gold.actors.length
  counts.actorDrafted += drafted.size
  counts.actorTp += gold.actors.filter((a) => drafted.has(a)).length
  const hedgeOfClaim = new Map(s.claims.map((c) => [c.id, c.hedge]))
  const relHedge = new Map<string, string>()
  const order = ['asserted', 'likely', 'reported', 'apparent', 'speculative', 'doubted', 'denied']
  for (const r of s.relations) {
    // A relation is as strong as its strongest claim (docs/model.md).
    const h = r.claims.map((c) => hedgeOfClaim.get(c) as string).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] as string
    relHedge.set(key(r), h)
  }
  const goldKeys = new Set(gold.relations.map(key))
  counts.relGold += goldKeys.size
  counts.relDrafted += relHedge.size
  counts.relTp += [...relHedge.keys()].filter((k) => goldKeys.has(k)).length
  const denied = new Set(gold.notAsserted.map(key))
  const doubted = new Set(gold.relations.filter((r) => r.hedge === 'doubted' || r.hedge === 'denied').map(key))
  for (const [k, h] of relHedge) if (denied.has(k) || (doubted.has(k) && h === 'asserted')) counts.negatedOrDoubtedAsAsserted++
  // Claims: a drafted claim overlapping a gold one is its draft; its hedge must match.
  counts.claimGold += gold.claims.length
  for (const g of gold.claims) {
    // The drafted claim covering most of the gold one, if it covers at least half of it.
    const cover = (c: (typeof s.claims)[number]) => (c.at ? Math.min(c.at.end, g.end) - Math.max(c.at.start, g.start) : 0)
    const mine = [...s.claims].sort((a, b) => cover(b) - cover(a)).find((c) => cover(c) * 2 >= g.end - g.start)
    if (!mine) continue
    counts.hedgeMatched++
    if (mine.hedge === g.hedge) counts.hedgeRight++
    // A drafted relation resting only on a claim the gold calls doubted or denied, drafted as asserted.
    if ((g.hedge === 'denied' || g.hedge === 'doubted') && mine.hedge === 'asserted') {
      counts.negatedOrDoubtedAsAsserted += s.relations.filter((r) => r.claims.includes(mine.id)).length
    }
  }
}

/** a / b to three decimals; an empty set (b = 0) scores 1. */
export const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000)

export function summary(c: Counts) {
  return {
    texts: c.texts,
    actorRecall: ratio(c.actorTp, c.actorGold),
    actorPrecision: ratio(c.actorTp, c.actorDrafted),
    relationRecall: ratio(c.relTp, c.relGold),
    relationPrecision: ratio(c.relTp, c.relDrafted),
    hedgeAccuracy: ratio(c.hedgeRight, c.hedgeMatched),
    claimCoverage: ratio(c.hedgeMatched, c.claimGold),
    negatedOrDoubtedAsAsserted: c.negatedOrDoubtedAsAsserted,
    counts: c,
  }
}

export const empty = (): Counts => ({
  texts: 0,
  actorTp: 0,
  actorGold: 0,
  actorDrafted: 0,
  relTp: 0,
  relGold: 0,
  relDrafted: 0,
  hedgeMatched: 0,
  hedgeRight: 0,
  claimGold: 0,
  negatedOrDoubtedAsAsserted: 0,
})
