// The attributes of nodes and edges as flat typed columns, shared by the GraphML, GEXF and CSV
// writers so the three agree on names, types and encodings: lists become one string (claim ids joined
// with a space, aliases with " | "), the dependency becomes four columns, null stays absent.
import type { GraphEdge, GraphNode } from '../schemas/graph-export.js'

export type Scalar = string | number | boolean | null
export type ColumnType = 'string' | 'double' | 'int' | 'boolean'

export interface Column<T> {
  name: string
  type: ColumnType
  get: (item: T) => Scalar
}

export const ALIAS_SEPARATOR = ' | '

/** Node attributes besides the id. */
export const NODE_COLUMNS: Column<GraphNode>[] = [
  { name: 'name', type: 'string', get: (n) => n.name },
  { name: 'kind', type: 'string', get: (n) => n.kind },
  { name: 'aliases', type: 'string', get: (n) => n.aliases.join(ALIAS_SEPARATOR) },
  { name: 'omitted', type: 'int', get: (n) => n.omitted },
]

/** Edge attributes besides the id and the two ends. */
export const EDGE_COLUMNS: Column<GraphEdge>[] = [
  { name: 'type', type: 'string', get: (e) => e.type },
  { name: 'weight', type: 'double', get: (e) => e.weight },
  { name: 'confidence', type: 'double', get: (e) => e.confidence },
  { name: 'claims', type: 'string', get: (e) => e.claims.join(' ') },
  { name: 'symmetric', type: 'boolean', get: (e) => e.symmetric },
  { name: 'basis', type: 'string', get: (e) => e.basis },
  { name: 'note', type: 'string', get: (e) => e.note },
  { name: 'validFrom', type: 'string', get: (e) => e.validFrom },
  { name: 'validTo', type: 'string', get: (e) => e.validTo },
  { name: 'dateBasis', type: 'string', get: (e) => e.dateBasis },
  { name: 'knownFrom', type: 'string', get: (e) => e.knownFrom },
  { name: 'dependencyKind', type: 'string', get: (e) => e.dependency?.kind ?? null },
  { name: 'dependencyShare', type: 'double', get: (e) => e.dependency?.share ?? null },
  { name: 'dependencyBound', type: 'string', get: (e) => e.dependency?.bound ?? null },
  { name: 'dependencyLevel', type: 'string', get: (e) => e.dependency?.level ?? null },
]

/** A value as text: null is the empty string, numbers and booleans as JavaScript writes them. */
export const text = (v: Scalar): string => (v === null ? '' : String(v))
