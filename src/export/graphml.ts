// GraphML (http://graphml.graphdrawing.org/): every attribute declared as a <key> with its type, one
// directed graph, a <data> element per present value (a null weight or validTo is left out, as
// GraphML intends for an absent value). The export meta is graph-level data.
import { EDGE_COLUMNS, NODE_COLUMNS, text, type Column, type ColumnType, type Scalar } from './columns.js'
import type { GraphExport, GraphMeta } from '../schemas/graph-export.js'
import { attrs, escapeXml } from './xml.js'

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', double: 'double', int: 'int', boolean: 'boolean' }

const META_COLUMNS: Column<GraphMeta>[] = [
  { name: 'center', type: 'string', get: (m) => m.center },
  { name: 'depth', type: 'int', get: (m) => m.depth },
  { name: 'nodeCount', type: 'int', get: (m) => m.nodeCount },
  { name: 'edgeCount', type: 'int', get: (m) => m.edgeCount },
  { name: 'omittedEdges', type: 'int', get: (m) => m.omittedEdges },
  { name: 'truncated', type: 'boolean', get: (m) => m.truncated },
  { name: 'limitPerNode', type: 'int', get: (m) => m.limitPerNode },
  { name: 'nodeLimit', type: 'int', get: (m) => m.nodeLimit },
]

// Key ids are prefixed by what they describe: a node and an edge attribute may share a name.
const keyId = (prefix: string, name: string) => `${prefix}_${name}`

function keys<T>(prefix: string, forWhat: string, columns: Column<T>[]): string[] {
  return columns.map(
    (c) =>
      `  <key${attrs([
        ['id', keyId(prefix, c.name)],
        ['for', forWhat],
        ['attr.name', c.name],
        ['attr.type', GRAPHML_TYPES[c.type]],
      ])}/>`,
  )
}

function data<T>(prefix: string, columns: Column<T>[], item: T, indent: string): string[] {
  return columns
    .map((c): [Column<T>, Scalar] => [c, c.get(item)])
    .filter(([, v]) => v !== null)
    .map(([c, v]) => `${indent}<data key="${keyId(prefix, c.name)}">${escapeXml(text(v))}</data>`)
}

export function toGraphml(g: GraphExport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('g', 'graph', META_COLUMNS),
    ...keys('n', 'node', NODE_COLUMNS),
    ...keys('e', 'edge', EDGE_COLUMNS),
    '  <graph id="entente" edgedefault="directed">',
    ...data('g', META_COLUMNS, g.meta, '    '),
  ]
  for (const n of g.nodes) {
    lines.push(`    <node${attrs([['id', n.id]])}>`, ...data('n', NODE_COLUMNS, n, '      '), '    </node>')
  }
  for (const e of g.edges) {
    lines.push(
      `    <edge${attrs([
        ['id', e.id],
        ['source', e.from],
        ['target', e.to],
      ])}>`,
      ...data('e', EDGE_COLUMNS, e, '      '),
      '    </edge>',
    )
  }
  lines.push('  </graph>', '</graphml>', '')
  return lines.join('\n')
}
