// Names the draft knows before reading: every state of the country table (names, alternative
// spellings, capitals as metonyms, demonyms) and the actors the caller passes (the graph's, with
// their aliases). Finds them in a text as spans, longest name first, case as written.
import { COUNTRIES, countryByIso3, namesOf, type Country } from '../model/countries.js'
import type { ActorKind } from '../model/vocabulary.js'

export interface KnownActor {
  id: string
  name: string
  kind: ActorKind
  aliases?: string[]
  identifiers?: { iso3?: string; wikidata?: string }
  /** The states the graph has this actor leading or holding a role in: its acts are read as theirs. */
  leads?: string[]
}

export interface Mention {
  actorId: string
  start: number
  end: number
  /**
   * How the text names it: a demonym ("Chinese officials", "Israelis"), a capital ("Beijing") or a seat
   * or body of government ("the Kremlin", "the State Department") stands for the state.
   */
  via: 'name' | 'capital' | 'demonym' | 'seat'
}

/** Abbreviations English news writes as names; the country table files them among codes. */
const ABBREVIATIONS: Record<string, string> = {
  US: 'USA',
  'U.S.': 'USA',
  'U.S.A.': 'USA',
  UK: 'GBR',
  'U.K.': 'GBR',
  UAE: 'ARE',
  PRC: 'CHN',
  ROK: 'KOR',
}
/**
 * Former names of the same state that older reporting writes, with their demonyms: "Zaire" is today's
 * DR Congo, "Kampuchea" Cambodia. Only renamings, never a state that split or merged ("Soviet", "Yugoslav").
 */
const FORMER_NAMES: Record<string, string> = {
  Zaire: 'COD',
  Zairean: 'COD',
  Zairian: 'COD',
  Kampuchea: 'KHM',
  Kampuchean: 'KHM',
  Ceylon: 'LKA',
  Ceylonese: 'LKA',
  Dahomey: 'BEN',
  'Upper Volta': 'BFA',
  Siam: 'THA',
}
/**
 * Seats and bodies of government that news writes for the state ("the Kremlin said"), and the
 * European Union's, which the country table does not hold. Only names no other body shares.
 */
const SEATS: Record<string, string> = {
  Kremlin: 'RUS',
  'State Duma': 'RUS',
  'White House': 'USA',
  'State Department': 'USA',
  'Department of State': 'USA',
  Pentagon: 'USA',
  'Downing Street': 'GBR',
  Whitehall: 'GBR',
  Élysée: 'FRA',
  Elysee: 'FRA',
  "Quai d'Orsay": 'FRA',
  Zhongnanhai: 'CHN',
  'Blue House': 'KOR',
  Knesset: 'ISR',
  Bundestag: 'DEU',
  Bundeswehr: 'DEU',
}
// Named as a candidate organisation would be (kebab-case of its name); the graph's own id wins when
// the caller passes the graph's actors.
const EU: KnownActor = { id: 'european-union', name: 'European Union', kind: 'bloc' }
const EU_NAMES = ['European Union', 'EU', 'European Commission', 'the Commission', 'The Commission', 'Brussels']

/** "Israeli" → "Israelis": the people of a state, as news names them; "Chinese", "British" take none. */
const plural = (demonym: string) => (/(ese|ish|ch|sh|ss|s|x|z)$/.test(demonym) ? [] : [`${demonym}s`])

/** Capitals that are also common words or given names at the start of a sentence. */
const AMBIGUOUS_CAPITALS = new Set(['Male', 'Victoria', 'Kingston', 'Hamilton', 'Saint John’s', 'The Valley', 'Road Town'])

/** "Republic of Turkey" → "Turkey": the short name an official spelling implies, when no other state owns it. */
function impliedShortNames(c: Country): string[] {
  return c.altSpellings.flatMap((s) => {
    const m = /^(?:the )?(?:Republic|Kingdom|State|Commonwealth) of (?:the )?([A-Z][\p{L}' -]+)$/u.exec(s)
    return m?.[1] ? [m[1]] : []
  })
}

export const stateId = (c: Country) => c.iso3.toLowerCase()

export class Gazetteer {
  private readonly surfaces = new Map<string, { actor: KnownActor; via: Mention['via'] }>()
  readonly actors = new Map<string, KnownActor>()
  private readonly pattern: RegExp

  constructor(known: readonly KnownActor[] = []) {
    const byState = (c: Country): KnownActor => ({ id: stateId(c), name: c.name, kind: 'state', identifiers: { iso3: c.iso3 } })
    const claimed = new Map<string, Country[]>()
    const note = (name: string, c: Country) => claimed.set(name, [...(claimed.get(name) ?? []), c])
    for (const c of COUNTRIES) for (const n of namesOf(c)) note(n, c)
    const allNames = [...claimed.keys()]
    for (const c of COUNTRIES) {
      /* c8 ignore next -- whether an implied name clashes depends on the table's data */
      for (const n of impliedShortNames(c)) if (!allNames.some((other) => other.includes(n))) note(n, c)
    }
    for (const [name, owners] of claimed) if (owners.length === 1) this.add(name, byState(owners[0] as Country), 'name')
    for (const [abbr, iso3] of Object.entries(ABBREVIATIONS)) {
      const c = COUNTRIES.find((x) => x.iso3 === iso3)
      /* c8 ignore next -- the table holds these three states */
      if (c) this.add(abbr, byState(c), 'name')
    }
    const demonymOwners = new Map<string, Country[]>()
    const capitalOwners = new Map<string, Country[]>()
    for (const c of COUNTRIES) {
      for (const d of c.demonyms.flatMap((x) => [x, ...plural(x)])) demonymOwners.set(d, [...(demonymOwners.get(d) ?? []), c])
      for (const cap of c.capitals) {
        const name = cap.replace(/\s+D\.C\.$/, '')
        if (!AMBIGUOUS_CAPITALS.has(name)) capitalOwners.set(name, [...(capitalOwners.get(name) ?? []), c])
      }
    }
    // A demonym or capital two states share ("Congolese") names neither, unless one of them is the only
    // member of the United Nations among them ("French": France, not the French Southern Lands).
    for (const [d, owners] of demonymOwners) {
      const members = owners.filter((c) => c.unMember)
      const owner = owners.length === 1 ? owners[0] : members.length === 1 ? members[0] : undefined
      if (owner && !this.surfaces.has(d)) this.add(d, byState(owner), 'demonym')
    }
    for (const [seat, iso3] of Object.entries(SEATS)) this.add(seat, byState(countryByIso3(iso3) as Country), 'seat')
    for (const [name, iso3] of Object.entries(FORMER_NAMES))
      this.add(name, byState(countryByIso3(iso3) as Country), /(an|ese)$/.test(name) ? 'demonym' : 'name')
    for (const n of EU_NAMES) this.add(n, EU, 'name', true)
    for (const [cap, owners] of capitalOwners)
      if (owners.length === 1 && !this.surfaces.has(cap)) this.add(cap, byState(owners[0] as Country), 'capital')
    // The caller's actors come last and win: the graph's id for a name is the one to keep.
    for (const a of known) for (const n of [a.name, ...(a.aliases ?? [])]) this.add(n, a, 'name', true)
    const escaped = [...this.surfaces.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  }

  private add(surface: string, actor: KnownActor, via: Mention['via'], override = false) {
    /* c8 ignore next -- one-letter names and a second owner of a name occur in the table, not in every test */
    if (surface.length < 2 || (!override && this.surfaces.has(surface))) return
    this.surfaces.set(surface, { actor, via })
    this.actors.set(actor.id, actor)
  }

  find(text: string): Mention[] {
    const out: Mention[] = []
    for (const m of text.matchAll(this.pattern)) {
      const hit = this.surfaces.get(m[0]) as { actor: KnownActor; via: Mention['via'] }
      out.push({ actorId: hit.actor.id, start: m.index, end: m.index + m[0].length, via: hit.via })
    }
    return out
  }

  actor(id: string): KnownActor | undefined {
    return this.actors.get(id)
  }
}
