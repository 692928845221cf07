// GET /influence: the dependency-chains model between two actors, both ways, with the chains that
// contribute most and their evidence. GET /influence/ranking: the stored ranking.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { conflict } from '../lib/http-errors.js'
import { BASIS_WEIGHTS, basisMask, MODEL_NAME, MODEL_VERSION, rankingModel } from '../model/influence-model.js'
import type { InfluenceParams, RankingParams } from '../schemas/analysis.js'
import { rankingAfter, rankingCursor } from './cursor.js'
import { shapePath, type Path } from './evidence.js'
import { asOfWindow, atKnown, knownAtParams } from './filters.js'
import { resolvePair } from './resolve-actor.js'
import { untorn } from './torn-read.js'

const NO_CHAINS: Row = { score: 0, chainCount: 0, channelCount: 0, top: [] }

const round = (x: number) => Math.round(x * 1e6) / 1e6

/** One actor's influence over another, both ways, with the chains behind it. Read again when a write tore it (torn-read.ts). */
export const influence = (graph: Graph, q: InfluenceParams) => untorn(() => influenceOnce(graph, q))

async function influenceOnce(graph: Graph, q: InfluenceParams) {
  const [from, to] = await resolvePair(graph, [q.from, 'from'], [q.to, 'to'], q.knownAt)
  const common = {
    decay: q.decay,
    minConfidence: q.minConfidence,
    bases: q.basis,
    basisWeights: BASIS_WEIGHTS,
    ...asOfWindow(q.asOf),
    ...knownAtParams(q.knownAt),
  }
  const name = atKnown(`influence-chains@${q.maxHops}`, q.knownAt)
  // An actor's dependence on itself is no channel of the model: from = to counts no chain, score 0.
  const [[forward], [reverse]] =
    from === to
      ? [[NO_CHAINS], [NO_CHAINS]]
      : await Promise.all([
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
    channelCount: forward.channelCount as number,
    model: {
      name: MODEL_NAME,
      version: MODEL_VERSION,
      parameters: {
        maxHops: q.maxHops,
        decay: q.decay,
        minConfidence: q.minConfidence,
        asOf: q.asOf ?? null,
        knownAt: q.knownAt ?? null,
        basis: q.basis,
      },
    },
    paths: (forward.top as Row[]).map(shapePath),
  }
}

/**
 * The ranking pages by rank within one graph version's snapshot (src/queries/cursor.ts). `basis` picks
 * which stored ranking (one per set of bases, src/write/ranking.ts).
 */
export async function ranking(graph: Graph, q: RankingParams) {
  const after = rankingAfter(q.cursor)
  const offset = after?.rank ?? 0
  const slot = int(basisMask(q.basis) - 1)
  const params = { slot, offset: int(offset), limit: int(q.limit + 1) }
  // Ranked among their kind with a kind filter, overall without: each a seek of its own index.
  const rows = await (q.kind === undefined
    ? graph.read('influence-ranking', params)
    : graph.read('influence-ranking-kind', { ...params, kind: q.kind }))
  const graphVersion = (rows[0]?.graphVersion as number | undefined) ?? null
  if (after !== undefined && graphVersion !== null && graphVersion !== after.version) {
    throw conflict('The graph changed since this cursor was issued; start again without a cursor.', [
      { name: 'cursor', in: 'query', reason: `issued for graph version ${after.version}; the graph is at version ${graphVersion}` },
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
    nextCursor: rows.length > q.limit ? rankingCursor(graphVersion as number, offset + q.limit) : null,
  }
}
