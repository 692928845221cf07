// The export formats of GET /graph: each one's content type and writer. The writers are pure
// functions of the export model.
import { toCsv, type CsvTable } from './csv.js'
import { toCytoscape } from './cytoscape.js'
import { toGexf } from './gexf.js'
import { toGraphml } from './graphml.js'
import { type Filters, graphPicture } from './pictures.js'
import { toSvg } from './svg.js'
import type { CytoscapeGraph, GraphExport } from '../schemas/graph-export.js'

export const FORMATS = ['json', 'cytoscape', 'graphml', 'gexf', 'csv', 'svg'] as const
export type Format = (typeof FORMATS)[number]

/** GET /paths answers JSON or a picture. */
export const PATHS_FORMATS = ['json', 'svg'] as const
export type PathsFormat = (typeof PATHS_FORMATS)[number]

/** Media types without parameters: the keys of the route's response content map. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json',
  cytoscape: 'application/vnd.cytoscape+json',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'text/csv',
  svg: 'image/svg+xml',
}

/** The Content-Type header sent. */
export const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  cytoscape: 'application/vnd.cytoscape+json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  svg: 'image/svg+xml; charset=utf-8',
}

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
