// Stable cursor pagination for every list: items are ordered by id, and the cursor is an opaque token
// holding the last id served, so pages never shift when earlier items are inserted or removed.
import { z } from 'zod'
import { queryNumber } from './params.js'

export const LimitParam = queryNumber(z.coerce.number().int().min(1).max(200).default(50).describe('items per page, 1-200'))

export const CursorParam = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a nextCursor value returned by this endpoint')
  .optional()
  .describe('the nextCursor of the previous page')

export const PageQuery = z.object({ limit: LimitParam, cursor: CursorParam })

export const encodeCursor = (lastId: string) => Buffer.from(JSON.stringify({ after: lastId })).toString('base64url')

/** The id to continue after, or undefined when the cursor is not one of ours. */
export function decodeCursor(cursor: string): string | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    return typeof parsed?.after === 'string' ? parsed.after : undefined
  } catch {
    return undefined
  }
}

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last page'),
    })
    .meta({ id })
