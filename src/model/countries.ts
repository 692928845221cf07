// The states of the world, from the world-countries package (mledoze/countries, ODbL): ISO 3166-1
// codes, common and official names, alternative spellings, capitals and English demonyms. One table,
// read once, for everything that needs to know a state by name: identifiers on seeded states, actor
// resolution (`/actors/PRK`, "Russian Federation"), and the draft extractor (capitals as metonyms,
// demonyms). Nothing here is typed by hand.
import { createRequire } from 'node:module'
import type { Countries } from 'world-countries'

// The package's data file, read as data: importing it as a module would make TypeScript type 250 records.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries

export interface Country {
  /** ISO 3166-1 alpha-3, upper case: "PRK". */
  iso3: string
  /** ISO 3166-1 alpha-2, upper case: "KP". */
  iso2: string
  /** The common English name: "North Korea". */
  name: string
  /** The official English name: "Democratic People's Republic of Korea". */
  officialName: string
  /** Other names in Latin script, codes left out: "DPRK", "Korea, Democratic People's Republic of". */
  altSpellings: string[]
  /** Capitals, which news writing uses for the state ("Pyongyang", "Beijing"). */
  capitals: string[]
  /** English demonyms, masculine and feminine when they differ ("North Korean"). */
  demonyms: string[]
  /** A member of the United Nations: owns a demonym it shares with territories ("French"). */
  unMember: boolean
}

/**
 * English names news still writes that the package no longer lists: it names Türkiye by its own
 * name only, and Britain only as "Great Britain". Kept to the few a reader meets every day.
 */
const ENGLISH_NAMES: Record<string, string[]> = {
  TUR: ['Turkey'],
  GBR: ['Britain'],
  BIH: ['Bosnia'],
  // The two parts of the Palestinian territories, which news names on their own.
  PSE: ['Gaza Strip', 'West Bank', 'Gaza'],
}
/** The adjective news writes where it differs from the package's demonym ("the Philippine navy", not "Filipino"). */
const ENGLISH_ADJECTIVES: Record<string, string[]> = { PHL: ['Philippine'] }

/** Latin script only: the graph's texts are English, and other scripts would only add noise. */
const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u
/** Two- and three-letter codes are identifiers, looked up as such, not names. */
const CODE = /^[A-Z]{2,3}$/

const unique = (values: string[]) => [...new Set(values)]

export const COUNTRIES: readonly Country[] = countries.map((c) => ({
  iso3: c.cca3,
  iso2: c.cca2,
  name: c.name.common,
  officialName: c.name.official,
  altSpellings: unique(
    [...c.altSpellings, ...(ENGLISH_NAMES[c.cca3] ?? [])].filter(
      (s) => LATIN.test(s) && !CODE.test(s) && s !== c.name.common && s !== c.name.official,
    ),
  ),
  capitals: c.capital.filter((s) => LATIN.test(s)),
  // "Bosnian, Herzegovinian": the package writes two demonyms in one string.
  demonyms: unique(
    [...Object.values(c.demonyms.eng), ...(ENGLISH_ADJECTIVES[c.cca3] ?? [])].flatMap((s) => s.split(/,\s*/)).filter((s) => s !== ''),
  ),
  unMember: c.unMember,
}))

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]))

/** The state with this ISO 3166-1 alpha-3 code, any case; undefined when there is none. */
export const countryByIso3 = (code: string): Country | undefined => BY_ISO3.get(code.toUpperCase())

/** Every name a state goes by in English text, as a state: common and official names, alternative spellings. */
export const namesOf = (c: Country): string[] => unique([c.name, c.officialName, ...c.altSpellings])

/** Lower-cased name → state. No two states share a name in the package (test/countries.test.ts checks it). */
const BY_NAME = new Map(COUNTRIES.flatMap((c) => namesOf(c).map((n) => [n.toLowerCase(), c] as const)))

/** The state a name denotes (common, official or alternative spelling; any case); undefined when none. */
export const countryByName = (name: string): Country | undefined => BY_NAME.get(name.trim().toLowerCase())
