// The stored influence rankings: recomputed whenever a seed changes the graph (or finds it stale), so
// GET /influence/ranking is one indexed read instead of a whole-graph computation per request. One
// ranking per set of bases (7: every non-empty subset of stated, inferred, background), stored as a
// list on each actor; sets that select the same dependencies share one computation, so a graph whose
// dependencies are all stated costs one.
import type { Graph } from '../db/graph.js'
import {
  BASIS_WEIGHTS,
  basisMask,
  DEFAULT_BASES,
  DEFAULT_PARAMETERS,
  MODEL_NAME,
  MODEL_VERSION,
  totalInfluence,
  type DependencyEdge,
} from '../model/influence-model.js'
import { BASES, type Basis } from '../model/vocabulary.js'

export const rankingModel = (basis: readonly Basis[] = DEFAULT_BASES) => ({
  name: MODEL_NAME,
  version: MODEL_VERSION,
  parameters: { ...DEFAULT_PARAMETERS, asOf: null, basis: [...basis] },
})

/** Every non-empty set of bases, at index mask - 1. */
export const BASIS_SETS: Basis[][] = Array.from({ length: 2 ** BASES.length - 1 }, (_, i) => BASES.filter((_, b) => ((i + 1) >> b) & 1))

/** Recomputes and stores the rankings unless they are already computed for the current graph version. */
export async function refreshRanking(graph: Graph, force = false): Promise<boolean> {
  const [meta] = await graph.read('graph-version')
  if (!meta || (!force && meta.rankingVersion === meta.version)) return false
  const ids = (await graph.read('influence-actor-ids')).map((r) => r.id as string)
  const edges = (await graph.read('influence-dependency-edges', { minConfidence: DEFAULT_PARAMETERS.minConfidence })) as unknown as Array<
    DependencyEdge & { basis: Basis }
  >
  const present = basisMask([...new Set(edges.map((e) => e.basis))])
  const others = Math.max(ids.length - 1, 1)
  const computed = new Map<number, Map<string, { total: number; reach: number }>>()
  const rankings = BASIS_SETS.map((set) => {
    const effective = basisMask(set) & present
    let totals = computed.get(effective)
    if (totals === undefined) {
      const chosen = edges
        .filter((e) => set.includes(e.basis))
        .map((e) => ({ from: e.from, to: e.to, strength: e.strength * BASIS_WEIGHTS[e.basis] }))
      totals = totalInfluence(ids, chosen, DEFAULT_PARAMETERS)
      computed.set(effective, totals)
    }
    return totals
  })
  const scores = ids.map((id) => ({
    id,
    scores: rankings.map((r) => (r.get(id) as { total: number }).total / others),
    reaches: rankings.map((r) => (r.get(id) as { reach: number }).reach),
  }))
  await graph.write('influence-store-ranking', { scores, model: JSON.stringify(rankingModel()) })
  return true
}
