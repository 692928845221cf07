// GET /influence: the dependency-chains model between two actors, both ways, with the chains that
// contribute most and their evidence. GET /influence/ranking: the stored ranking.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { badRequest } from '../lib/http-errors.js'
import { BASIS_WEIGHTS, basisMask, MODEL_NAME, MODEL_VERSION, type ModelParameters } from '../model/influence-model.js'
import type { Basis } from '../model/vocabulary.js'
import { decodeCursor, encodeCursor } from '../schemas/pagination.js'
import { shapePath, type Path } from './evidence.js'
import { asOfWindow } from './paths.js'
import { rankingModel } from './ranking.js'
import { resolvePair } from './resolve-actor.js'

export interface InfluenceQuery extends ModelParameters {
  from: string
  to: string
  k: number
  asOf?: string
  basis: Basis[]
}

const round = (x: number) => Math.round(x * 1e6) / 1e6

export async function influence(graph: Graph, q: InfluenceQuery) {
  const [from, to] = await resolvePair(graph, [q.from, 'from'], [q.to, 'to'])
  if (from === to) throw badRequest('from and to name the same actor.', [{ name: 'to', in: 'query', reason: 'must differ from from' }])
  const common = { decay: q.decay, minConfidence: q.minConfidence, bases: q.basis, basisWeights: BASIS_WEIGHTS, ...asOfWindow(q.asOf) }
  const name = `influence-chains@${q.maxHops}`
  const [[forward], [reverse]] = await Promise.all([
    graph.read(name, { ...common, from, to, k: int(q.k) }),
    graph.read(name, { ...common, from: to, to: from, k: int(0) }),
  ])
  const score = round(forward.score as number)
  const reverseScore = round(reverse.score as number)
  return {
    from,
    to,
    score,
    reverseScore,
    asymmetry: round(score - reverseScore),
    chainCount: forward.chainCount as number,
    model: {
      name: MODEL_NAME,
      version: MODEL_VERSION,
      parameters: { maxHops: q.maxHops, decay: q.decay, minConfidence: q.minConfidence, asOf: q.asOf ?? null, basis: q.basis },
    },
    paths: (forward.top as Row[]).map(shapePath),
  }
}

/**
 * The cursor of the ranking holds the graph version and the offset: a ranking is one version's
 * snapshot. `basis` picks which stored ranking (one per set of bases, src/queries/ranking.ts).
 */
export async function ranking(graph: Graph, q: { kind?: string; limit: number; cursor?: string; basis: Basis[] }) {
  let offset = 0
  let version: string | undefined
  if (q.cursor !== undefined) {
    const issued = /^(\d+):(\d+)$/.exec(decodeCursor(q.cursor) ?? '')
    if (!issued) throw badRequest('Invalid request: cursor', [{ name: 'cursor', in: 'query', reason: 'not a cursor this API issued' }])
    ;[version, offset] = [issued[1], Number(issued[2])]
  }
  const slot = int(basisMask(q.basis) - 1)
  const rows = await graph.read('influence-ranking', { kind: q.kind ?? null, slot, offset: int(offset), limit: int(q.limit + 1) })
  const graphVersion = (rows[0]?.graphVersion as number | undefined) ?? null
  if (version !== undefined && graphVersion !== null && String(graphVersion) !== version) {
    throw badRequest('The graph changed since this cursor was issued; start again without a cursor.', [
      { name: 'cursor', in: 'query', reason: 'issued for an earlier graph version' },
    ])
  }
  const page = rows.slice(0, q.limit)
  return {
    model: rankingModel(q.basis),
    graphVersion,
    items: page.map((r, i) => ({
      actor: r.actor as Path['actors'][number],
      score: round(r.score as number),
      reach: r.reach as number,
      rank: offset + i + 1,
    })),
    nextCursor: rows.length > q.limit ? encodeCursor(`${graphVersion}:${offset + q.limit}`) : null,
  }
}
