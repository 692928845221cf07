// The export formats of GET /graph (and GET /paths) and their media types: the one table the query schema (format=),
// the route's response content map, the Content-Type header and Accept negotiation all read. A leaf:
// it imports nothing, so the schemas and the writers can both depend on it.

export const FORMATS = ['json', 'cytoscape', 'graphml', 'gexf', 'csv', 'svg'] as const
export type Format = (typeof FORMATS)[number]

/** GET /paths answers JSON or a picture. */
export const PATHS_FORMATS = ['json', 'svg'] as const satisfies readonly Format[]
export type PathsFormat = (typeof PATHS_FORMATS)[number]

/** GET /influence/timeline answers JSON, a CSV table or a line chart. */
export const TIMELINE_FORMATS = ['json', 'csv', 'svg'] as const satisfies readonly Format[]
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number]

interface MediaType {
  /** The media type without parameters: the key in the route's response content map, what Accept names. */
  type: string
  /** The parameters sent with it in Content-Type. */
  parameters: string
}

export const MEDIA_TYPES: Readonly<Record<Format, MediaType>> = {
  json: { type: 'application/json', parameters: 'charset=utf-8' },
  cytoscape: { type: 'application/vnd.cytoscape+json', parameters: 'charset=utf-8' },
  graphml: { type: 'application/graphml+xml', parameters: 'charset=utf-8' },
  gexf: { type: 'application/gexf+xml', parameters: 'charset=utf-8' },
  csv: { type: 'text/csv', parameters: 'charset=utf-8; header=present' },
  svg: { type: 'image/svg+xml', parameters: 'charset=utf-8' },
}

/** The Content-Type header of a format's response. */
export const contentType = (format: Format) => `${MEDIA_TYPES[format].type}; ${MEDIA_TYPES[format].parameters}`
