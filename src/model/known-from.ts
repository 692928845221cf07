// When a relation is known from. A dated relation holds from its validFrom; an undated one is known
// from the time its claims refer to (their earliest `when`), or, when no claim says, from the date its
// source was published: an article of June 2024 says nothing about 2018 unless it dates what it says.
// A relation with only a validTo ended then, and when it began is open. The seed loader and the
// synthetic loader both store what this returns (knownFrom, and validStart from it).
import { intervalOf } from './partial-date.js'

export interface Timed {
  validFrom?: string
  validTo?: string
  claims: string[]
}

/** The partial date a relation is known from, or null when its start is open. */
export function knownFrom(r: Timed, whenOf: (claimId: string) => string | undefined, publishedAt: string | undefined): string | null {
  if (r.validFrom !== undefined) return r.validFrom
  if (r.validTo !== undefined) return null
  let earliest: string | undefined
  for (const id of r.claims) {
    const when = whenOf(id)
    if (when !== undefined && (earliest === undefined || intervalOf(when).start < intervalOf(earliest).start)) earliest = when
  }
  return earliest ?? publishedAt ?? null
}
