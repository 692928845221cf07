// Reads one page of a list: asks for limit + 1 rows, so the presence of the extra row says whether a
// next page exists without a count query.
import type { Statement } from '../db/cypher.js'
import type { Graph, Params, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { listAfter, listCursor } from './cursor.js'
import { untorn } from './torn-read.js'

export async function readPage<T extends { id: string }>(
  graph: Graph,
  name: Statement,
  column: string,
  params: Params,
  page: { limit: number; cursor?: string },
  shape: (row: Row) => T,
): Promise<{ items: T[]; nextCursor: string | null }> {
  // Read again when a write deleted an item under the read (torn-read.ts).
  return untorn(async () => {
    const rows = await graph.read(name, { ...params, after: listAfter(page.cursor), limit: int(page.limit + 1) })
    const items = rows.slice(0, page.limit).map((r) => shape(r[column] as Row))
    const nextCursor = rows.length > page.limit ? listCursor(items[items.length - 1].id) : null
    return { items, nextCursor }
  })
}
