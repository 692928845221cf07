// The stored influence rankings, the write side: recomputed whenever a write (a put, a retraction, a
// seed) changes the graph (or finds it stale), so
// GET /influence/ranking is one indexed read instead of a whole-graph computation per request. One
// ranking per set of bases (7: every non-empty subset of stated, inferred, background), stored as a
// list on each actor; sets that select the same dependencies share one computation, so a graph whose
// dependencies are all stated costs one.
import { type Graph, int } from '../db/graph.js'
import {
  BASIS_WEIGHTS,
  basisMask,
  DEFAULT_PARAMETERS,
  rankingModel,
  totalInfluence,
  type DependencyEdge,
} from '../model/influence-model.js'
import { BASES, type Basis } from '../model/vocabulary.js'

/** Every non-empty set of bases, at index mask - 1. */
export const BASIS_SETS: Basis[][] = Array.from({ length: 2 ** BASES.length - 1 }, (_, i) => BASES.filter((_, b) => ((i + 1) >> b) & 1))

/** Entries per write transaction, and Rank nodes per delete, when a ranking is stored. */
const BATCH = 20_000

interface Entry {
  actor: string
  kind: string
  score: number
  reach: number
  rank: number
  kindRank: number
}

/** One ranking's entries: ordered by score descending then id, ranked overall and among their kind. */
export function rankEntries(
  actors: Array<{ id: string; kind: string }>,
  totals: Map<string, { total: number; reach: number }>,
  others: number,
) {
  const entries = actors.map((a) => {
    const t = totals.get(a.id) as { total: number; reach: number }
    // To 12 significant digits: scores that differ only by the order floats were summed in (the
    // order Neo4j returned the edges) tie, and ties go by id, so the same graph always ranks the same.
    return { actor: a.id, kind: a.kind, score: Number((t.total / others).toPrecision(12)), reach: t.reach, rank: 0, kindRank: 0 }
  })
  entries.sort((a, b) => b.score - a.score || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0))
  const perKind = new Map<string, number>()
  entries.forEach((e, i) => {
    e.rank = i + 1
    e.kindRank = (perKind.get(e.kind) ?? 0) + 1
    perKind.set(e.kind, e.kindRank)
  })
  return entries as Entry[]
}

/**
 * Told how long each recompute took, in seconds (the metrics plugin's histogram). The one place a
 * recompute reports itself: wherever refreshRanking moves, it keeps calling these.
 */
export const rankingObservers = new Set<(seconds: number) => void>()

/**
 * Recomputes and stores the rankings unless they are already computed for the current graph version
 * with the current model.
 * Each distinct ranking is written as Rank nodes of a new generation (a number no other recompute gets),
 * in batches, then published in one write (the readers switch to it at once) unless a newer generation
 * was published meanwhile, then every older generation is deleted in batches: two seeds recomputing at
 * once leave one complete ranking.
 */
export async function refreshRanking(graph: Graph, force = false): Promise<boolean> {
  const [meta] = await graph.read('graph-version')
  // Fresh when computed for this graph version with this model: a ranking stored by an older model
  // version (or other default parameters) is recomputed by the next seed.
  const fresh = meta?.rankingVersion === meta?.version && meta?.rankingModel === JSON.stringify(rankingModel())
  if (!meta || (!force && fresh)) return false
  const started = performance.now()
  // The generation is claimed before the graph is read: a later claim reads a graph at least as new.
  const [claimed] = await graph.write('influence-claim-generation')
  const gen = int(claimed.gen as number)
  const actors = (await graph.read('influence-actor-ids')) as Array<{ id: string; kind: string }>
  const ids = actors.map((a) => a.id)
  const edges = (await graph.read('influence-dependency-edges', { minConfidence: DEFAULT_PARAMETERS.minConfidence })) as unknown as Array<
    DependencyEdge & { basis: Basis }
  >
  const present = basisMask([...new Set(edges.map((e) => e.basis))])
  const others = Math.max(ids.length - 1, 1)
  // Sets of bases that select the same dependencies share one ranking, stored once under that mask.
  const keys = BASIS_SETS.map((set) => basisMask(set) & present)
  for (const key of new Set(keys)) {
    const chosen = edges
      .filter((e) => (basisMask([e.basis]) & key) !== 0)
      .map((e) => ({ from: e.from, to: e.to, strength: e.strength * BASIS_WEIGHTS[e.basis], claims: e.claims }))
    const entries = rankEntries(actors, totalInfluence(ids, chosen, DEFAULT_PARAMETERS), others)
    for (let i = 0; i < entries.length; i += BATCH) {
      await graph.write('influence-store-ranks', { gen, key: int(key), entries: entries.slice(i, i + BATCH) })
    }
  }
  await graph.write('influence-publish-ranking', {
    gen,
    version: int(claimed.version as number),
    keys: keys.map(int),
    model: JSON.stringify(rankingModel()),
  })
  for (let deleted = BATCH; deleted === BATCH; ) {
    const [row] = await graph.write('influence-drop-ranks', { limit: int(BATCH) })
    deleted = row.deleted as number
  }
  for (const observe of rankingObservers) observe((performance.now() - started) / 1000)
  return true
}
