// GET /graph: the dashboard feed, as JSON, Cytoscape.js JSON, GraphML, GEXF, CSV or an SVG picture.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { render } from '../../export/formats.js'
import { contentType, MEDIA_TYPES } from '../../lib/media-types.js'
import { chooseFormat, OFFERS } from '../../export/negotiate.js'
import { SVG_DESCRIPTION } from '../../export/svg.js'
import { CytoscapeGraphSchema, GraphExportSchema, GraphQuery } from '../../schemas/graph-export.js'
import { exportGraph, GRAPH_NODE_LIMIT } from '../../queries/graph-export.js'
import { problem } from '../../schemas/common.js'

const DESCRIPTION = `The graph for a dashboard or Gephi: actors (nodes) and the relations between them (edges), every edge with its type, weight and claim ids.

**Scope.** With \`center\` (an id, name or alias; unknown: 404): the ego network, the center and every actor within \`depth\` hops of it in either direction, through relations that pass the filters, with the relations among them. Without: the whole graph, every actor. At most ${GRAPH_NODE_LIMIT} actors: past that the export keeps the nearest (ego network) or the most connected (whole graph) and sets \`meta.truncated\`.

**Filters** \`types\`, \`minConfidence\` and \`asOf\` (a relation counts when it was valid at some day of the year, month or day) apply to the relations, and to the hops of the ego network.

**limitPerNode.** Each actor ranks its relations in the export by weight (null as 0), then confidence, both descending, then id; a relation is kept when it is among the first \`limitPerNode\` of both its ends, so no actor has more. \`omitted\` on a node counts its relations that were left out; \`meta.omittedEdges\` counts them all.

**Formats** (\`format\`, or the Accept header when \`format\` is absent; a \`format\` wins over Accept; nothing acceptable: 406):
- \`json\` (${MEDIA_TYPES.json.type}, the default): \`{nodes, edges, meta}\`.
- \`cytoscape\` (${MEDIA_TYPES.cytoscape.type}): Cytoscape.js elements JSON, \`{data: meta, elements: {nodes: [{data}], edges: [{data: {source, target, …}}]}}\`.
- \`graphml\` (${MEDIA_TYPES.graphml.type}; Accept application/xml or text/xml also selects it): typed \`<key>\` declarations, directed edges, meta as graph data.
- \`gexf\` (${MEDIA_TYPES.gexf.type}): GEXF 1.3 for Gephi; the relation type is the edge label, kind and a \`type\` attribute, the weight the edge weight.
- \`csv\` (${MEDIA_TYPES.csv.type}, RFC 4180, header row, CRLF): one table, \`table=edges\` (default) or \`table=nodes\`. No meta.
- \`svg\` (${MEDIA_TYPES.svg.type}; an \`<img>\` asks for it by itself): ${SVG_DESCRIPTION}

In GraphML, GEXF and CSV the claim ids are joined with a space, aliases with " | ", the dependency is four columns (dependencyKind, dependencyShare, dependencyBound, dependencyLevel), and a null (a relation without weight, an open validTo) is left out or an empty field.`

const text = z.string()

const graph: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/graph',
    {
      schema: {
        tags: ['graph'],
        operationId: 'exportGraph',
        summary: 'The graph or an ego network, for dashboards: JSON, Cytoscape.js, GraphML, GEXF, CSV or SVG',
        description: DESCRIPTION,
        querystring: GraphQuery,
        response: {
          200: {
            description: 'the export, in the requested format',
            content: {
              [MEDIA_TYPES.json.type]: { schema: GraphExportSchema },
              [MEDIA_TYPES.cytoscape.type]: { schema: CytoscapeGraphSchema },
              [MEDIA_TYPES.graphml.type]: { schema: text.describe('GraphML document') },
              [MEDIA_TYPES.gexf.type]: { schema: text.describe('GEXF 1.3 document') },
              [MEDIA_TYPES.csv.type]: { schema: text.describe('RFC 4180 CSV with a header row') },
              [MEDIA_TYPES.svg.type]: { schema: text.describe('SVG picture: actors, relations, legend and a title saying the query') },
            },
          },
          400: problem(400),
          404: problem(404),
          406: problem(406),
          503: problem(503),
        },
      },
    },
    async (req, reply) => {
      const format = chooseFormat(req.query.format, req.headers.accept, OFFERS, '/graph')
      const { table, format: _format, ...query } = req.query
      const body = render(await exportGraph(app.graph, query), format, table, query)
      return reply.type(contentType(format)).send(body)
    },
  )
}
export default graph
