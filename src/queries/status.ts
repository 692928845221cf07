// Whether the graph is there and seeded: what /ready reports.
import type { Graph } from '../db/graph.js'

export interface GraphStatus {
  sources: number
  version: number | null
}

export async function graphStatus(graph: Graph): Promise<GraphStatus> {
  const [row] = await graph.read('ready-status')
  return { sources: row.sources as number, version: (row.version as number | null) ?? null }
}
