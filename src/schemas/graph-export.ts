// The graph export model (GET /graph): the JSON format itself, and what every other format renders.
// Registered by id so the OpenAPI document names GraphExport, GraphNode, GraphEdge and GraphMeta; and
// the query parameters of the route.
import { z } from 'zod'
import { ActorKind } from '../model/vocabulary.js'
import { TypesParam } from './analysis.js'
import { RelationSchema } from './models.js'
import { ActorRef, AsOf, BasisParam, Confidence, KnownAt, queryNumber } from './params.js'
import { FORMATS } from '../lib/media-types.js'

export const GraphNodeSchema = z
  .object({
    id: z.string().meta({ example: 'prk' }),
    name: z.string().meta({ example: 'North Korea' }),
    kind: ActorKind,
    aliases: z.array(z.string()),
    omitted: z.number().int().describe('relations of this actor inside the exported subgraph that limitPerNode left out'),
  })
  .meta({ id: 'GraphNode' })

export const GraphEdgeSchema = RelationSchema.pick({
  id: true,
  type: true,
  plover: true,
  from: true,
  to: true,
  weight: true,
  confidence: true,
  claims: true,
  symmetric: true,
  basis: true,
  note: true,
  validFrom: true,
  validTo: true,
  dateBasis: true,
  knownFrom: true,
  dependency: true,
}).meta({ id: 'GraphEdge', description: 'a relation between two exported actors (directed from → to)' })

export const GraphMetaSchema = z
  .object({
    center: z.string().nullable().describe('the resolved center actor id; null for the whole graph'),
    depth: z.number().int().nullable().describe('hops from center; null for the whole graph'),
    nodeCount: z.number().int(),
    edgeCount: z.number().int(),
    omittedEdges: z.number().int().describe('relations between exported actors that limitPerNode left out'),
    truncated: z.boolean().describe('true when more actors qualified than nodeLimit; the export keeps the first nodeLimit'),
    limitPerNode: z.number().int(),
    nodeLimit: z.number().int().describe('most actors one export holds'),
  })
  .meta({ id: 'GraphMeta' })

export const GraphExportSchema = z
  .object({ nodes: z.array(GraphNodeSchema), edges: z.array(GraphEdgeSchema), meta: GraphMetaSchema })
  .meta({ id: 'GraphExport', description: 'actors, the relations between them, and what was left out' })

export const CytoscapeGraphSchema = z
  .object({
    data: GraphMetaSchema.describe('graph-level data (cy.data()): the export meta'),
    elements: z.object({
      nodes: z.array(
        z.object({
          data: GraphNodeSchema.extend({ label: z.string().describe('the actor name, for display') }),
        }),
      ),
      edges: z.array(
        z.object({
          data: GraphEdgeSchema.omit({ from: true, to: true }).extend({ source: z.string(), target: z.string() }),
        }),
      ),
    }),
  })
  .meta({ id: 'CytoscapeGraph', description: 'Cytoscape.js JSON: pass to cytoscape({elements}) or cy.json()' })

export type GraphNode = z.infer<typeof GraphNodeSchema>
export type GraphEdge = z.infer<typeof GraphEdgeSchema>
export type GraphMeta = z.infer<typeof GraphMetaSchema>
export type GraphExport = z.infer<typeof GraphExportSchema>
export type CytoscapeGraph = z.infer<typeof CytoscapeGraphSchema>

export const GraphQuery = z.object({
  center: ActorRef.optional()
    .meta({ example: 'Pyongyang' })
    .describe('an actor id, name or alias: export its ego network instead of the whole graph'),
  depth: queryNumber(z.coerce.number().int().min(1).max(3))
    .optional()
    .describe('hops from center, 1-3, either direction (default 1); without center it bounds nothing and is ignored (meta.depth null)'),
  limitPerNode: queryNumber(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(25)
      .describe('most relations kept per actor, 1-100, strongest first: weight desc (null as 0), confidence desc, id'),
  ),
  types: TypesParam,
  minConfidence: queryNumber(Confidence.default(0)),
  asOf: AsOf.optional(),
  knownAt: KnownAt.optional(),
  basis: BasisParam,
  format: z
    .enum(FORMATS)
    .optional()
    .describe('json, cytoscape, graphml, gexf, csv or svg; absent: chosen by the Accept header (default json)'),
  table: z.enum(['nodes', 'edges']).default('edges').describe('which table format=csv returns; ignored by the other formats'),
})

/** What the export query takes: the validated query string of /graph without the format choice, which the route makes. */
export type GraphParams = Omit<z.infer<typeof GraphQuery>, 'format' | 'table'>
