// The writer of each export format of GET /graph (the formats and their media types: src/lib/media-types.ts).
// The writers are pure functions of the export model.
import { toCsv, type CsvTable } from './csv.js'
import { toCytoscape } from './cytoscape.js'
import { toGexf } from './gexf.js'
import { toGraphml } from './graphml.js'
import { type Filters, graphPicture } from './pictures.js'
import { toSvg } from './svg.js'
import type { CytoscapeGraph, GraphExport } from '../schemas/graph-export.js'
import type { Format } from '../lib/media-types.js'

/** The body for a format: the model or Cytoscape JSON as an object (the serializer checks it), XML, SVG and CSV as text. */
export function render(g: GraphExport, format: Format, table: CsvTable, filters: Filters): GraphExport | CytoscapeGraph | string {
  switch (format) {
    case 'json':
      return g
    case 'cytoscape':
      return toCytoscape(g)
    case 'graphml':
      return toGraphml(g)
    case 'gexf':
      return toGexf(g)
    case 'csv':
      return toCsv(g, table)
    case 'svg':
      return toSvg(graphPicture(g, filters))
  }
}
