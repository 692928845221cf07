// What the loader stores for an actor beyond its seed entry: standard identifiers, and every name it
// resolves by. A state takes its ISO 3166-1 code from its id (validate-seed.ts checks a stated code
// agrees) and its official name and alternative spellings from the country table, so "Russian
// Federation" and "DPRK" resolve even when no seed file lists them.
import { countryByIso3, namesOf } from '../model/countries.js'
import type { SeedFile } from './seed-schema.js'

type SeedActor = SeedFile['actors'][number]

export interface ActorParams {
  id: string
  name: string
  kind: string
  aliases: string[]
  description?: string
  iso3: string | null
  wikidata: string | null
  /** Lower-cased keys of ActorKey nodes: id, name, aliases, identifiers, the country table's names. */
  keys: string[]
  /** Names from the country table that the seed does not list: searchable, not shown as aliases. */
  tableNames: string[]
}

/** The ISO 3166-1 alpha-3 code of a state: stated, or its id when the country table knows it. */
export function iso3Of(a: Pick<SeedActor, 'id' | 'kind' | 'identifiers'>): string | null {
  if (a.kind !== 'state') return null
  return a.identifiers?.iso3 ?? countryByIso3(a.id)?.iso3 ?? null
}

export function actorParams(a: SeedActor): ActorParams {
  const iso3 = iso3Of(a)
  const country = iso3 === null ? undefined : countryByIso3(iso3)
  const own = [a.name, ...a.aliases].map((n) => n.toLowerCase())
  const tableNames = (country ? namesOf(country) : []).filter((n) => !own.includes(n.toLowerCase()))
  const wikidata = a.identifiers?.wikidata ?? null
  const keys = [a.id, a.name, ...a.aliases, ...tableNames, ...(iso3 ? [iso3] : []), ...(wikidata ? [wikidata] : [])].map((k) =>
    k.toLowerCase(),
  )
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    ...(a.description === undefined ? {} : { description: a.description }),
    iso3,
    wikidata,
    keys: [...new Set(keys)],
    tableNames,
  }
}
