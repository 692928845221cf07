// The stored influence rankings, the write side: recomputed whenever a write (a put, a retraction, a
// seed) changes the graph (or finds it stale), so GET /influence/ranking is one indexed read instead of
// a whole-graph computation per request. One ranking per set of bases (7: every non-empty subset of
// stated, inferred, background), stored as Rank nodes, one per actor; sets that select the same
// dependencies share one computation, so a graph whose dependencies are all stated costs one.
// The refresh runs in the process that wrote (the API, after a put or a retraction), so it keeps its
// memory small: the actors and edges are read row by row (graph.readEach) straight into typed arrays
// (Dependencies: ids and claim ids numbered once), each ranking selects its edges by index instead of
// copying them, and each batch's entries are built only when that batch is written.
import { type Graph, int, type Row } from '../db/graph.js'
import { BASIS_WEIGHTS, basisMask, DEFAULT_PARAMETERS, Dependencies, influenceTotals, rankingModel } from '../model/influence-model.js'
import { BASES, type Basis } from '../model/vocabulary.js'

/** Every non-empty set of bases, at index mask - 1. */
export const BASIS_SETS: Basis[][] = Array.from({ length: 2 ** BASES.length - 1 }, (_, i) => BASES.filter((_, b) => ((i + 1) >> b) & 1))

/** Entries per write transaction, and Rank nodes per delete, when a ranking is stored. */
const BATCH = 20_000

/** Each basis's bit (basisMask), and the weight of a dependency by that bit. */
const BASIS_BIT = new Map(BASES.map((b) => [b, basisMask([b])]))
const WEIGHT_OF_BIT = new Float64Array(2 ** BASES.length)
for (const b of BASES) WEIGHT_OF_BIT[basisMask([b])] = BASIS_WEIGHTS[b]

/**
 * The actors and the depends-on edges, read row by row into compact form: the actors first (numbered
 * 0 .. ranked - 1, in the order Neo4j returns them, each with its kind's number), then the edges with
 * their bases' bits. Nothing holds the rows themselves.
 */
async function readDependencies(graph: Graph) {
  const deps = new Dependencies()
  const kindNames: string[] = []
  const kindNumber = new Map<string, number>()
  const kindOf: number[] = []
  await graph.readEach('influence-actor-ids', {}, (row) => {
    let kind = kindNumber.get(row.kind as string)
    if (kind === undefined) {
      kind = kindNames.push(row.kind as string) - 1
      kindNumber.set(row.kind as string, kind)
    }
    kindOf[deps.actor(row.id as string)] = kind
  })
  const ranked = deps.ids.length
  let present = 0
  await graph.readEach('influence-dependency-edges', { minConfidence: DEFAULT_PARAMETERS.minConfidence }, (row) => {
    const bit = BASIS_BIT.get(row.basis as Basis) as number
    present |= bit
    deps.add(row.from as string, row.to as string, row.strength as number, row.claims as string[], bit)
  })
  deps.sealClaims()
  return { deps, ranked, kindNames, kindOf, present }
}

/**
 * One ranking: the actors 0 .. ranked - 1 in order of score descending then id, with their scores and
 * reaches (indexed by actor), over the edges whose basis is in key, each weighed by its basis.
 */
function rankOrder(deps: Dependencies, ranked: number, key: number) {
  const { total, reach } = influenceTotals(
    deps,
    ranked,
    DEFAULT_PARAMETERS,
    (k) => (deps.basis[k] & key) !== 0,
    (k) => deps.strength[k] * WEIGHT_OF_BIT[deps.basis[k]],
  )
  const others = Math.max(ranked - 1, 1)
  // To 12 significant digits: scores that differ only by the order floats were summed in (the
  // order Neo4j returned the edges) tie, and ties go by id, so the same graph always ranks the same.
  const score = total.map((t) => Number((t / others).toPrecision(12)))
  const ids = deps.ids
  const order = new Int32Array(ranked).map((_, i) => i)
  // Two actors never have one id, so a tie on score is always broken.
  order.sort((a, b) => score[b] - score[a] || (ids[a] < ids[b] ? -1 : 1))
  return { order, score, reach }
}

/**
 * Fresh when computed for this graph version with this model: a ranking stored by an older model
 * version (or other default parameters) is recomputed by the next seed or write.
 */
const isFresh = (meta: Row) => meta.rankingVersion === meta.version && meta.rankingModel === JSON.stringify(rankingModel())

/** True when the graph has a stored ranking that is not fresh (a graph with no meta node has none to refresh). */
export async function rankingIsStale(graph: Graph): Promise<boolean> {
  const [meta] = await graph.read('graph-version')
  return meta !== undefined && !isFresh(meta)
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
  if (!meta || (!force && isFresh(meta))) return false
  const started = performance.now()
  // The generation is claimed before the graph is read: a later claim reads a graph at least as new.
  const [claimed] = await graph.write('influence-claim-generation')
  const gen = int(claimed.gen as number)
  const { deps, ranked, kindNames, kindOf, present } = await readDependencies(graph)
  // Sets of bases that select the same dependencies share one ranking, stored once under that mask.
  const keys = BASIS_SETS.map((set) => basisMask(set) & present)
  for (const key of new Set(keys)) {
    const { order, score, reach } = rankOrder(deps, ranked, key)
    // Each batch's entries are built when it is written, ranked overall and among their kind.
    const kindRank = new Int32Array(kindNames.length)
    for (let i = 0; i < ranked; i += BATCH) {
      const entries = Array.from({ length: Math.min(BATCH, ranked - i) }, (_, j) => {
        const a = order[i + j]
        const kind = kindOf[a]
        return { actor: deps.ids[a], kind: kindNames[kind], score: score[a], reach: reach[a], rank: i + j + 1, kindRank: ++kindRank[kind] }
      })
      await graph.write('influence-store-ranks', { gen, key: int(key), entries })
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
