// Request parameters picked deterministically from the loaded synthetic graph, through the API's own
// read statements: relations are named rel-0 … rel-(M-1) by the generator, so relation rel-k at a few
// fixed fractions of M starts each pick, and chains are followed with actor-relations (outgoing,
// first by id). Every /paths pair is connected (1, 2 and 3 hops), every /influence pair has a
// dependency chain (direct or through one intermediary).
import { int, type Graph, type Row } from '../src/db/graph.js'

export interface BenchParams {
  pairs: Array<{ from: string; to: string; hops: number }>
  influence: Array<{ provider: string; dependent: string; hops: number }>
  queries: string[]
  centers: string[]
}

const FRACTIONS = [0.1, 0.35, 0.6, 0.85]

/* c8 ignore start -- picks the benchmark's requests from a graph seeded at the benchmark's sizes (rel-k at fractions of a million relations); run by npm run bench on a quiet machine */
async function relation(graph: Graph, k: number): Promise<Row> {
  const [row] = await graph.read('relation-by-id', { id: `rel-${k}` })
  return row.relation as Row
}

/** The first outgoing relation of `id` (of `type`, when given) that does not lead to an actor in `avoid`. */
async function onwards(graph: Graph, id: string, avoid: string[], type: string | null = null): Promise<string | undefined> {
  const rows = await graph.read('actor-relations', { id, direction: 'out', type, after: null, limit: int(50) })
  return rows.map((r) => (r.relation as Row).to as string).find((to) => !avoid.includes(to))
}

export async function pickParams(graph: Graph, relations: number): Promise<BenchParams> {
  const params: BenchParams = { pairs: [], influence: [], queries: [], centers: [] }
  for (const f of FRACTIONS) {
    const k = Math.floor(f * relations)
    const first = await relation(graph, k)
    params.pairs.push({ from: first.from as string, to: first.to as string, hops: 1 })
    params.centers.push(first.from as string)
    const [{ actor }] = await graph.read('actor-by-id', { id: first.from })
    const word = ((actor as Row).name as string).split(' ').find((w) => w.length >= 4 && w !== 'The') as string
    params.queries.push(word.slice(0, 4).toLowerCase())
    // Chains of 2 and 3 hops from the next relations.
    for (const hops of [2, 3]) {
      const start = await relation(graph, k + hops - 1)
      const chain = [start.from as string, start.to as string]
      while (chain.length <= hops) {
        const next = await onwards(graph, chain[chain.length - 1], chain)
        if (next === undefined) break
        chain.push(next)
      }
      if (chain.length === hops + 1) params.pairs.push({ from: chain[0], to: chain[hops], hops })
    }
    // The first dependency at or after rel-k, and a chain of two through its provider.
    for (let j = k; j < k + 200; j++) {
      const r = await relation(graph, j)
      if (r.type !== 'depends-on') continue
      params.influence.push({ provider: r.to as string, dependent: r.from as string, hops: 1 })
      const further = await onwards(graph, r.to as string, [r.from as string, r.to as string], 'depends-on')
      if (further !== undefined) params.influence.push({ provider: further, dependent: r.from as string, hops: 2 })
      break
    }
  }
  return params
}
