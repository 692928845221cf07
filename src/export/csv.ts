// CSV (RFC 4180): one table per response, nodes or edges, with a header row, CRLF line ends, and a
// field quoted when it holds a comma, a double quote, CR or LF (its quotes doubled). Columns are the
// JSON fields flattened as in columns.ts; an empty field is a null.
import { EDGE_COLUMNS, NODE_COLUMNS, text, type Scalar } from './columns.js'
import type { GraphExport } from '../schemas/graph-export.js'

export type CsvTable = 'nodes' | 'edges'

export function csvField(value: Scalar): string {
  const s = text(value)
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

const row = (values: Scalar[]) => `${values.map(csvField).join(',')}\r\n`

export function toCsv(g: GraphExport, table: CsvTable): string {
  if (table === 'nodes') {
    return row(['id', ...NODE_COLUMNS.map((c) => c.name)]) + g.nodes.map((n) => row([n.id, ...NODE_COLUMNS.map((c) => c.get(n))])).join('')
  }
  return (
    row(['id', 'from', 'to', ...EDGE_COLUMNS.map((c) => c.name)]) +
    g.edges.map((e) => row([e.id, e.from, e.to, ...EDGE_COLUMNS.map((c) => c.get(e))])).join('')
  )
}
