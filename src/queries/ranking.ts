// The stored influence ranking: recomputed whenever a seed changes the graph (or finds it stale), so
// GET /influence/ranking is one indexed read instead of a whole-graph computation per request.
import type { Graph } from '../db/graph.js'
import { DEFAULT_PARAMETERS, MODEL_NAME, MODEL_VERSION, totalInfluence, type DependencyEdge } from '../model/influence-model.js'

export const RANKING_MODEL = { name: MODEL_NAME, version: MODEL_VERSION, parameters: { ...DEFAULT_PARAMETERS, asOf: null } }

/** Recomputes and stores the ranking unless it is already computed for the current graph version. */
export async function refreshRanking(graph: Graph, force = false): Promise<boolean> {
  const [meta] = await graph.read('graph-version')
  if (!meta || (!force && meta.rankingVersion === meta.version)) return false
  const ids = (await graph.read('influence-actor-ids')).map((r) => r.id as string)
  const edges = (await graph.read('influence-dependency-edges', {
    minConfidence: DEFAULT_PARAMETERS.minConfidence,
  })) as unknown as DependencyEdge[]
  const totals = totalInfluence(ids, edges, DEFAULT_PARAMETERS)
  const others = Math.max(ids.length - 1, 1)
  const scores = [...totals].map(([id, t]) => ({ id, score: t.total / others, reach: t.reach }))
  await graph.write('influence-store-ranking', { scores, model: JSON.stringify(RANKING_MODEL) })
  return true
}
