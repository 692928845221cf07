// Stable cursor pagination for every list: items are ordered by id and the cursor is the id of the last
// item served (src/queries/cursor.ts), so pages never shift when earlier items are inserted or removed.
import { z } from 'zod'
import { IdParam, queryNumber } from './params.js'

export const LimitParam = queryNumber(z.coerce.number().int().min(1).max(200).default(50).describe('items per page, 1-200'))

export const CursorParam = IdParam.optional().describe(
  'the nextCursor of the previous page: the id of the last item served; the page starts after it (any id works)',
)

export const PageQuery = z.object({ limit: LimitParam, cursor: CursorParam })

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last page'),
    })
    .meta({ id })
