// The answers of /paths and /graph as pictures (src/export/svg.ts): which actors and relations are
// drawn, how each is styled, and a title and subtitle that say the query, so a picture pasted into a
// dashboard still tells what was asked.
import { type Basis, HEDGE_CONFIDENCE } from '../model/vocabulary.js'
import type { z } from 'zod'
import type { PathsResponse } from '../schemas/analysis.js'
import type { GraphExport } from '../schemas/graph-export.js'
import type { Picture, PictureEdge } from './svg.js'

type PathsAnswer = z.infer<typeof PathsResponse>

/** The filters both pictures name in their subtitle. */
export interface Filters {
  types?: readonly string[]
  minConfidence: number
  asOf?: string
}

interface RelationLike {
  id: string
  type: string
  from: string
  to: string
  confidence: number
  weight: number | null
  symmetric: boolean
  basis: Basis
}

const edgeOf = (r: RelationLike): PictureEdge => ({
  id: r.id,
  from: r.from,
  to: r.to,
  type: r.type,
  confidence: r.confidence,
  weight: r.weight,
  // A relation's confidence is its best claim's; below "asserted", none of its claims states it as fact.
  hedged: r.confidence < HEDGE_CONFIDENCE.asserted,
  basis: r.basis,
  symmetric: r.symmetric,
})

function filterText(f: Filters): string[] {
  return [
    ...(f.types ? [`types ${f.types.join(', ')}`] : []),
    ...(f.minConfidence > 0 ? [`minConfidence ${f.minConfidence}`] : []),
    ...(f.asOf ? [`as of ${f.asOf}`] : []),
  ]
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export interface PathsPictureQuery extends Filters {
  maxHops: number
  k: number
  direction: 'outgoing' | 'any'
  rank: 'shortest' | 'strongest'
}

/** Every actor and relation of the paths, once; an actor's column is the first hop it appears at. */
export function pathsPicture(answer: PathsAnswer, q: PathsPictureQuery): Picture {
  const names = new Map<string, string>()
  const nodes: Picture['nodes'] = []
  const columns = new Map<string, number>()
  const edges = new Map<string, PictureEdge>()
  for (const path of answer.paths) {
    path.actors.forEach((a, i) => {
      if (!names.has(a.id)) {
        names.set(a.id, a.name)
        nodes.push({ id: a.id, label: a.name, kind: a.kind, emphasis: a.id === answer.from || a.id === answer.to })
      }
      columns.set(a.id, Math.min(columns.get(a.id) ?? i, i))
    })
    for (const r of path.relations) if (!edges.has(r.id)) edges.set(r.id, edgeOf(r))
  }
  const name = (id: string) => names.get(id) ?? id
  const subtitle = [
    `${q.rank} paths, up to ${q.maxHops} hops, k ${q.k}${q.direction === 'any' ? ', any direction' : ''}`,
    ...filterText(q),
    plural(answer.paths.length, 'path', 'paths'),
  ].join(' · ')
  return {
    title: `Paths from ${name(answer.from)} to ${name(answer.to)}`,
    subtitle,
    nodes,
    edges: [...edges.values()],
    empty: 'No path between these actors with these filters.',
    columns,
    pinned: null,
  }
}

/** The whole graph or an ego network, as the export holds it. */
export function graphPicture(g: GraphExport, q: Filters): Picture {
  const names = new Map(g.nodes.map((n) => [n.id, n.name]))
  // The center is always among the nodes: an ego network keeps the nearest actors first.
  const title = g.meta.center === null ? 'The whole graph' : `Ego network of ${names.get(g.meta.center) as string}, depth ${g.meta.depth}`
  const counts = `${plural(g.meta.nodeCount, 'actor', 'actors')}, ${plural(g.meta.edgeCount, 'relation', 'relations')}`
  const subtitle = [
    ...filterText(q),
    counts,
    ...(g.meta.omittedEdges > 0 ? [`${g.meta.omittedEdges} more left out (limitPerNode ${g.meta.limitPerNode})`] : []),
    ...(g.meta.truncated ? [`truncated at ${g.meta.nodeLimit} actors`] : []),
  ].join(' · ')
  return {
    title,
    subtitle,
    nodes: g.nodes.map((n) => ({ id: n.id, label: n.name, kind: n.kind, emphasis: n.id === g.meta.center, omitted: n.omitted })),
    edges: g.edges.map(edgeOf),
    empty: 'No actor passes these filters.',
    pinned: g.meta.center,
  }
}
