// Stable cursor pagination for every list: items are ordered by id and the cursor is the id of the last
// item served (src/queries/cursor.ts), so pages never shift when earlier items are inserted or removed.
import { z } from 'zod'
import { IdParam, queryNumber } from './params.js'

export const LimitParam = queryNumber(z.coerce.number().int().min(1).max(200).default(50).describe('items per page, 1-200'))

export const CursorParam = IdParam.optional().describe(
  'the nextCursor of the previous page: the id of the last item served; the page starts after it (any id works)',
)

export const PageQuery = z.object({ limit: LimitParam, cursor: CursorParam })

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*'

/** A pair of claims (/contradictions) is named by its two claim ids, sorted, joined by "~". */
export const PairIdParam = z
  .string()
  .min(3)
  .max(241)
  .regex(new RegExp(`^${KEBAB}~${KEBAB}$`), 'must be a pair id: two kebab-case claim ids joined by "~"')

/** The cursor of a list of pairs: as CursorParam, the id of the last pair served. */
export const PairCursorParam = PairIdParam.optional().describe(
  'the nextCursor of the previous page: the id of the last pair served (two claim ids joined by "~"); the page starts after it (any pair id works)',
)

export const PairPageQuery = z.object({ limit: LimitParam, cursor: PairCursorParam })

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last page'),
    })
    .meta({ id })
