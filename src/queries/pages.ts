// Reads one page of a list: asks for limit + 1 rows, so the presence of the extra row says whether a
// next page exists without a count query.
import type { Statement } from '../db/cypher.js'
import type { Graph, Params, Row } from '../db/graph.js'
import { int } from '../db/graph.js'
import { badRequest } from '../lib/http-errors.js'
import { decodeCursor, encodeCursor } from '../schemas/pagination.js'

export function afterOf(cursor: string | undefined): string | null {
  if (cursor === undefined) return null
  const after = decodeCursor(cursor)
  if (after === undefined)
    throw badRequest('Invalid request: cursor', [{ name: 'cursor', in: 'query', reason: 'not a cursor this API issued' }])
  return after
}

export async function readPage<T extends { id: string }>(
  graph: Graph,
  name: Statement,
  column: string,
  params: Params,
  page: { limit: number; cursor?: string },
  shape: (row: Row) => T,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const rows = await graph.read(name, { ...params, after: afterOf(page.cursor), limit: int(page.limit + 1) })
  const items = rows.slice(0, page.limit).map((r) => shape(r[column] as Row))
  const nextCursor = rows.length > page.limit ? encodeCursor(items[items.length - 1].id) : null
  return { items, nextCursor }
}
