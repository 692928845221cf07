// Cursors, in one place: what a page's nextCursor holds and what a cursor means when it comes back.
// Every cursor the contract allows means something, so none is refused as "not ours".
// - A list is ordered by id, and its cursor is the id of the last item served: the next page starts
//   at the first id greater than it. Any id works (one that is not stored continues where it would sort),
//   and pages never shift when earlier items are added or removed.
// - The ranking is ordered by score, and its cursor is `<graphVersion>-<rank>`: the page after that
//   rank of that version's ranking. The ranking is recomputed when a seed changes the graph, so a cursor
//   of another version is answered 409 by the ranking query (src/queries/influence.ts).

/** The nextCursor of a list page whose last item has this id. */
export const listCursor = (lastId: string) => lastId

/**
 * The id a list continues after; '' for the first page: it sorts before every id, so the statements
 * read `id > $after` alone, a range an index can seek (an `$after IS NULL OR …` hides it).
 */
export const listAfter = (cursor: string | undefined): string => cursor ?? ''

/** The nextCursor of a ranking page of this graph version that ended at this rank. */
export const rankingCursor = (graphVersion: number, lastRank: number) => `${graphVersion}-${lastRank}`

/** Where a ranking continues: the version it was issued for and the rank it ended at; none: the top. */
export function rankingAfter(cursor: string | undefined): { version: number; rank: number } | undefined {
  if (cursor === undefined) return undefined
  const [version, rank] = cursor.split('-').map(Number)
  return { version, rank }
}
