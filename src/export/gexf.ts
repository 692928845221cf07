// GEXF 1.3 (https://gexf.net/) for Gephi: node and edge attributes declared with their types, the
// actor name as node label, the relation type as edge label and kind (GEXF's way to keep parallel
// edges of different kinds apart), the weight as the edge weight. A relation without a weight has no
// weight attribute (Gephi then draws it at its default 1.0); its other null values are left out.
import { EDGE_COLUMNS, NODE_COLUMNS, text, type Column, type ColumnType, type Scalar } from './columns.js'
import type { GraphExport, GraphMeta } from '../schemas/graph-export.js'
import { attrs, escapeXml } from './xml.js'

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', double: 'double', int: 'integer', boolean: 'boolean' }

// The name is the node label and the weight the edge weight: not repeated as attributes.
const nodeColumns = NODE_COLUMNS.filter((c) => c.name !== 'name')
const edgeColumns = EDGE_COLUMNS.filter((c) => c.name !== 'weight')

function declarations<T>(cls: string, columns: Column<T>[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...columns.map(
      (c) =>
        `      <attribute${attrs([
          ['id', c.name],
          ['title', c.name],
          ['type', GEXF_TYPES[c.type]],
        ])}/>`,
    ),
    '    </attributes>',
  ]
}

function attvalues<T>(columns: Column<T>[], item: T, indent: string): string[] {
  const present = columns.map((c): [Column<T>, Scalar] => [c, c.get(item)]).filter(([, v]) => v !== null)
  return [
    `${indent}<attvalues>`,
    ...present.map(
      ([c, v]) =>
        `${indent}  <attvalue${attrs([
          ['for', c.name],
          ['value', text(v)],
        ])}/>`,
    ),
    `${indent}</attvalues>`,
  ]
}

export function describe(m: GraphMeta): string {
  const scope = m.center === null ? 'the whole graph' : `the ego network of ${m.center}, depth ${m.depth}`
  return (
    `entente graph export: ${scope}; ${m.nodeCount} actors, ${m.edgeCount} relations; ` +
    `${m.omittedEdges} relations left out by limitPerNode=${m.limitPerNode}` +
    (m.truncated ? `; truncated at ${m.nodeLimit} actors` : '')
  )
}

export function toGexf(g: GraphExport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>entente</creator>',
    `    <description>${escapeXml(describe(g.meta))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', nodeColumns),
    ...declarations('edge', edgeColumns),
    '    <nodes>',
  ]
  for (const n of g.nodes) {
    lines.push(
      `      <node${attrs([
        ['id', n.id],
        ['label', n.name],
      ])}>`,
      ...attvalues(nodeColumns, n, '        '),
      '      </node>',
    )
  }
  lines.push('    </nodes>', '    <edges>')
  for (const e of g.edges) {
    lines.push(
      `      <edge${attrs([
        ['id', e.id],
        ['source', e.from],
        ['target', e.to],
        ['label', e.type],
        ['kind', e.type],
        ['weight', e.weight],
      ])}>`,
      ...attvalues(edgeColumns, e, '        '),
      '      </edge>',
    )
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '')
  return lines.join('\n')
}
