// GET /graph: the actors and relations a dashboard draws, either the ego network of a center actor
// (every actor within depth hops, either direction, and the relations among them) or the whole graph.
// Two round trips: the actor ids (graph-ego-nodes or graph-all-nodes), then the subgraph between them
// with each actor's relations ranked and cut at limitPerNode in Neo4j (graph-subgraph), so an export
// never carries more than nodeLimit × limitPerNode relations.
import type { Graph, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import type { GraphEdge, GraphExport, GraphNode, GraphParams } from '../schemas/graph-export.js'
import { asOfWindow, atKnown, knownAtParams } from './filters.js'
import { resolveActor } from './resolve-actor.js'
import { shapeRelation } from './shape.js'
import { untorn } from './torn-read.js'

/** Most actors in one export; past it the export keeps the nearest (ego) or most connected (whole graph) and says truncated. */
export const GRAPH_NODE_LIMIT = 5000

/** The graph, or the network of one actor, for export. Read again when a write tore it (torn-read.ts). */
export const exportGraph = (graph: Graph, q: GraphParams, nodeLimit = GRAPH_NODE_LIMIT): Promise<GraphExport> =>
  untorn(() => exportGraphOnce(graph, q, nodeLimit))

async function exportGraphOnce(graph: Graph, q: GraphParams, nodeLimit = GRAPH_NODE_LIMIT): Promise<GraphExport> {
  const filters = {
    types: q.types ?? null,
    minConfidence: q.minConfidence,
    bases: q.basis,
    ...asOfWindow(q.asOf),
    ...knownAtParams(q.knownAt),
  }
  const center = q.center === undefined ? null : await resolveActor(graph, q.center, 'center', q.knownAt)
  // depth counts hops from the center: the whole graph has none, so there it has nothing to bound.
  const depth = center === null ? null : (q.depth ?? 1)
  const idRows =
    center === null || depth === null
      ? await graph.read(atKnown('graph-all-nodes', q.knownAt), { ...filters, limit: int(nodeLimit + 1) })
      : await graph.read(atKnown(`graph-ego-nodes@${depth}`, q.knownAt), { ...filters, center, limit: int(nodeLimit + 1) })
  const truncated = idRows.length > nodeLimit
  const ids = idRows.slice(0, nodeLimit).map((r) => r.id as string)

  const [row] = await graph.read(atKnown('graph-subgraph', q.knownAt), { ...filters, ids, limitPerNode: int(q.limitPerNode) })
  const edges: GraphEdge[] = (row.edges as Row[]).map((r) => {
    const {
      id,
      type,
      plover,
      from,
      to,
      weight,
      confidence,
      claims,
      symmetric,
      basis,
      note,
      validFrom,
      validTo,
      dateBasis,
      knownFrom,
      dependency,
    } = shapeRelation(r)
    return {
      id,
      type,
      plover,
      from,
      to,
      weight,
      confidence,
      claims,
      symmetric,
      basis,
      note,
      validFrom,
      validTo,
      dateBasis,
      knownFrom,
      dependency,
    }
  })
  const kept = new Map<string, number>()
  for (const e of edges) {
    // Seeds refuse a relation from an actor to itself, so the two ends always differ.
    for (const end of [e.from, e.to]) kept.set(end, (kept.get(end) ?? 0) + 1)
  }
  const nodes: GraphNode[] = (row.nodes as Row[]).map((n) => ({
    id: n.id as string,
    name: n.name as string,
    kind: n.kind as GraphNode['kind'],
    aliases: n.aliases as string[],
    omitted: (n.degree as number) - (kept.get(n.id as string) ?? 0),
  }))
  return {
    nodes,
    edges,
    meta: {
      center,
      depth,
      nodeCount: nodes.length,
      edgeCount: edges.length,
      omittedEdges: (row.relationCount as number) - edges.length,
      truncated,
      limitPerNode: q.limitPerNode,
      nodeLimit,
    },
  }
}
