// Cytoscape.js JSON (https://js.cytoscape.org/#notation/elements-json): elements keyed by group, each
// element's fields under data; the export meta as the graph's own data (cy.data()).
import type { CytoscapeGraph, GraphExport } from '../schemas/graph-export.js'

export function toCytoscape(g: GraphExport): CytoscapeGraph {
  return {
    data: g.meta,
    elements: {
      nodes: g.nodes.map((n) => ({ data: { ...n, label: n.name } })),
      edges: g.edges.map(({ from, to, ...e }) => ({ data: { ...e, source: from, target: to } })),
    },
  }
}
