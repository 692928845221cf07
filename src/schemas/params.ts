// Request parameters shared by several routes, each bounded: lengths, ranges, formats, enums.
import { z } from 'zod'
import { DEFAULT_BASES } from '../model/influence-model.js'
import { BASES, Basis } from '../model/vocabulary.js'

/** An actor reference as typed by a user: id, name or alias, any case ("Pyongyang", "prk"). */
export const ActorRef = z
  .string()
  // Something besides white space, said in the contract as well as checked: a no-break space alone is
  // as empty as a space once trimmed. (\ufeff is spelled out: JavaScript's trim removes it, and other
  // regex dialects do not count it as white space.)
  .regex(/[^\s\ufeff]/, 'must not be empty')
  .trim()
  .max(120)
  .describe('an actor id, name or alias, case-insensitive (prk, North Korea, Pyongyang)')

export const IdParam = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id')

/**
 * An actor as a path names it: its id, its ISO 3166-1 alpha-3 code in any case (PRK, prk) or its
 * Wikidata QID (Q423). A QID has no leading zero; "Q0423" is no identifier at all.
 */
export const ActorIdParam = z
  .string()
  .min(1)
  .max(120)
  .regex(
    /^([a-z0-9]+(-[a-z0-9]+)*|[A-Za-z]{3}|[Qq][1-9]\d*)$/,
    'must be an actor id (kebab-case), an ISO 3166-1 alpha-3 code (PRK) or a Wikidata QID (Q423)',
  )

/** Plain decimal notation: "5", "-0.25", ".5", "1e3", white space around allowed. */
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/

/**
 * A number from the query string. z.coerce.number() alone reads "" as 0 and "0x10" as 16, so a
 * client's slip would pass as a silent default; anything but plain decimal notation becomes NaN
 * here, which the number schema refuses: a 400 naming the parameter. Wraps the whole schema, default
 * included, so the OpenAPI document still shows type, bounds and default.
 */
export const queryNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && !DECIMAL.test(v) ? Number.NaN : v), schema)

/** Wrap with queryNumber where it is used (after .default, so the default is documented). */
export const Confidence = z.coerce.number().min(0).max(1).describe('0..1')

export const SearchText = z.string().max(200).describe('case-insensitive substring')

/** asOf: a year, month or day; only relations valid at some point of it count. */
export const AsOf = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('only relations valid at some time in this year, month or day (2018, 2024-06)')

/**
 * knownAt: an instant (RFC 3339 with its offset); the answer comes from the graph as the sources
 * recorded then made it, the versions current at that instant (docs/model.md, "The graph as it was known").
 */
export const KnownAt = z.iso
  .datetime({
    offset: true,
    error: 'must be an instant: YYYY-MM-DDThh:mm:ss with a fraction if any and Z or an offset (2026-12-01T09:00:00Z)',
  })
  // No example: Swagger UI's "Try it out" fills a parameter with its example, and an example instant
  // would answer every try from the graph as known then.
  .describe(
    "the graph as it was known at this instant (2026-12-01T09:00:00Z; a version's knownFrom names that version): only the source versions current then count (their relations, claims and actors); a source retracted since still counts, one put since does not. Absent: the graph as it is now",
  )

/** A list parameter, named once with commas or repeated (`x=a,b` or `x=a&x=b`), as its trimmed names. */
export const commaList = (v: unknown): string[] =>
  [v]
    .flat()
    .flatMap((s) => String(s).split(','))
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * `basis=stated,inferred` or `basis=stated&basis=inferred`: which relations count by what they rest on
 * (docs/model.md). Default: all three; /influence weighs inferred and background at half (docs/influence.md).
 */
export const BasisParam = z
  .preprocess(
    // Only called with a value: .default() answers for an absent parameter first.
    commaList,
    // The list as named is what the document bounds (maxItems 3): a fourth name is refused, even a
    // repeated one, so no URL the schema calls invalid is accepted. Repeats within it count once.
    z
      .array(Basis)
      .min(1, 'name at least one basis, or leave basis out')
      .max(BASES.length, `name at most ${BASES.length} bases`)
      .transform((bases) => [...new Set(bases)]),
  )
  .default(DEFAULT_BASES)
  .describe('which bases count, comma-separated or repeated: stated, inferred, background (default: all three)')
