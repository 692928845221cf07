// GET /paths: bounded path search between two actors, in one statement (cypher/paths-find.cypher): it
// resolves both references, reads the paths length after length, each met in the middle from both
// ends, and returns the evidence of every hop, all in one round trip.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import type { PathsParams } from '../schemas/analysis.js'
import { type Path, shapePath } from './evidence.js'
import { asOfWindow } from './filters.js'
import { actorKey, MAX_CANDIDATES, pickActor } from './resolve-actor.js'

type Brief = Path['actors'][number]

/** The asOf window as ISO days, never null (see cypher/paths-find.cypher); anyTime without asOf. */
function everWindow(asOf: string | undefined) {
  const { asOfStart, asOfEnd } = asOfWindow(asOf)
  return { anyTime: asOf === undefined, asOfStart: asOfStart ?? '', asOfEnd: asOfEnd ?? '' }
}

/**
 * rank=shortest: the first k simple paths by (hops asc, score desc); rank=strongest: by (score desc,
 * hops asc). from = to is the one path of 0 hops, the actor itself: no relation, so its score is the
 * empty product, 1. Unknown or ambiguous references are refused as resolveActor refuses them, from first.
 */
export async function findPaths(graph: Graph, q: PathsParams) {
  const [row] = await graph.read(`paths-find@${q.maxHops}`, {
    fromKey: actorKey(q.from),
    toKey: actorKey(q.to),
    limit: int(MAX_CANDIDATES + 1),
    strongest: q.rank === 'strongest',
    k: int(q.k),
    allTypes: q.types === undefined,
    types: q.types ?? [],
    anyDirection: q.direction === 'any',
    minConfidence: q.minConfidence,
    bases: q.basis,
    ...everWindow(q.asOf),
  })
  const from = pickActor(row.from as Brief[], q.from, 'from')
  const to = pickActor(row.to as Brief[], q.to, 'to')
  const paths = from.id === to.id ? [{ hops: 0, score: 1, actors: [from], relations: [] }] : (row.paths as Row[]).map(shapePath)
  return { from: from.id, to: to.id, paths }
}
