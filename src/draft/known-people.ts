// People the CAMEO country actor dictionary knows (src/draft/data/cameo-people.json, built by
// tools/build-people.ts from openeventdata/petrarch2, MIT): 17,796 people it holds in the government or
// the military of a state, with the dates of each role. News names them without an office ("Reagan said
// he imposed the tariffs", "Mr Arafat"); a reader knows whose state speaks, and so does the draft, as an
// inferred reading that names this dictionary (docs/drafts.md "People the CAMEO dictionary knows").
import { countryByIso3 } from '../model/countries.js'
import type { Candidate } from './candidates.js'
import people from './data/cameo-people.json' with { type: 'json' }
import type { Mention } from './gazetteer.js'
import { slug } from './ids.js'
import type { Token } from './nlp.js'

type Role = [state: string, from: string | null, to: string | null]
type Entry = [name: string, aliases: string[], roles: Role[]]

export interface KnownPerson {
  /** The name the dictionary files them under, as it writes it ("YASIR ARAFAT"). */
  filedAs: string
  state: string
  /** The role's first and last day, either open; the earliest and latest of several. */
  from: string | null
  to: string | null
}

const ENTRIES = people as Entry[]
/**
 * The day the dictionary was made (its header: "Generated at: Thu Jan 30 2014"). A role it leaves open is
 * attested up to that day only: for a text of 2024 it cannot say that Vladimir Putin still led Russia.
 */
export const FILED_ON = '2014-01-30'
let byName: Map<string, Entry[]> | undefined
let bySurname: Map<string, Entry[]> | undefined
const add = (map: Map<string, Entry[]>, key: string, e: Entry) => {
  const list = map.get(key) ?? []
  if (!list.includes(e)) list.push(e)
  map.set(key, list)
}
/** Built on first use: the extractor that never meets an unknown name never pays for them. */
function indexes() {
  if (!byName || !bySurname) {
    byName = new Map()
    bySurname = new Map()
    for (const e of ENTRIES) {
      // Another spelling names the same person when it keeps the surname ("YASSER ARAFAT" for "YASIR
      // ARAFAT"); the file also lists places and bodies under people, which do not.
      const surname = e[0].split(' ').pop() as string
      for (const n of [e[0], ...e[1].filter((a) => a.split(' ').includes(surname))]) add(byName, n, e)
      add(bySurname, surname, e)
    }
  }
  return { byName, bySurname }
}

/**
 * The one state that the people filed under a key held a role in (on `on`, when given; a text with no date
 * takes any role they held): a state no other shares, or the one member of the United Nations among
 * several ("Bush": the United States, not the Cayman Islands' Bush). Undefined when none or two.
 */
function stateOf(entries: Entry[], on: string | undefined): KnownPerson | undefined {
  const roles = entries.flatMap((e) =>
    e[2]
      .filter(([, from, to]) => !on || ((!from || from <= on) && on <= (to ?? FILED_ON)))
      .map(([state, from, to]) => ({ filedAs: e[0], state, from, to })),
  )
  const states = [...new Set(roles.map((r) => r.state))]
  const members = states.filter((s) => countryByIso3(s.toUpperCase())?.unMember)
  const state = states.length === 1 ? states[0] : members.length === 1 ? members[0] : undefined
  const mine = roles.filter((r) => r.state === state)
  const first = mine[0]
  if (!first) return undefined
  const names = [...new Set(mine.map((r) => r.filedAs))]
  const froms = mine.map((r) => r.from)
  const tos = mine.map((r) => r.to)
  return {
    filedAs: names.join(', '),
    state: first.state,
    /* c8 ignore next -- the shipped dictionary dates the start of every role it keeps; the format allows an open one */
    from: froms.includes(null) ? null : ((froms as string[]).sort()[0] as string),
    to: tos.includes(null) ? null : ((tos as string[]).sort().pop() as string),
  }
}

/** "YASIR ARAFAT, in the government or the military of Palestine from 1994-07-05 to 2004-11-11": a note's words. */
/* c8 ignore next 2 -- the shipped dictionary dates the start of every role it keeps; the format allows an open one */
export const filing = (p: KnownPerson, state: string) =>
  `${p.filedAs}, in the government or the military of ${state}${p.from ? ` from ${p.from}` : ''}${p.to ? ` to ${p.to}` : ''}`

const key = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ')

/** A full name as the text writes it ("Yasser Arafat", "Ariel Sharon"), on the day `on` (YYYY-MM-DD) if known. */
export function personNamed(name: string, on?: string): KnownPerson | undefined {
  const entries = indexes().byName.get(key(name))
  return entries ? stateOf(entries, on) : undefined
}

/** A surname alone ("Reagan said", "Mr Arafat"): the people the dictionary files under it. */
export function personBySurname(surname: string, on?: string): KnownPerson | undefined {
  const entries = indexes().bySurname.get(key(surname))
  return entries ? stateOf(entries, on) : undefined
}

/** Words before a surname that make it a person's: "Mr Arafat", "President Reagan", "Premier Li". */
const TITLE_BEFORE = /^(Mr|Mrs|Ms|Dr|President|Premier|Chancellor|Minister|Secretary|Senator|Sen|General|Gen|Ambassador|Envoy)\.?$/

/**
 * Surnames the dictionary knows, named alone where no name of the text covers them: a capitalised proper
 * noun of three letters or more with no other capitalised word beside it, bar a title before, that acts or
 * owns ("Reagan said", "Arafat's offices") or follows a title ("Mr Arafat"). A word used of a people
 * ("Pashtun tribal leaders") does neither.
 */
function surnamesIn(tokens: Token[], covered: (t: Token) => boolean, on?: string): Array<{ token: Token; person: KnownPerson }> {
  const out: Array<{ token: Token; person: KnownPerson }> = []
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.value) && t.pos !== 'PUNCT'
  tokens.forEach((t, i) => {
    if (t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.value) || covered(t)) return
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    const titled = !!prev && TITLE_BEFORE.test(prev.value)
    if ((capital(prev) && !titled) || capital(next)) return
    if (!titled && !/^(VERB|AUX)$/.test(next?.pos ?? '') && !/^[’']s$/.test(next?.value ?? '')) return
    const person = personBySurname(t.value, on)
    if (person) out.push({ token: t, person })
  })
  return out
}

/**
 * The people of a text the dictionary files, on the day `on` (YYYY-MM-DD) if known: the person candidates
 * whose full name it knows, and surnames named alone that no mention in `taken` covers, each a new person
 * (`added`, with its mention). A surname of a person the text names in full elsewhere is theirs, or no
 * one's: never another actor.
 */
export function filedPeople(
  text: string,
  tokens: Token[],
  candidates: ReadonlyMap<string, Candidate>,
  taken: readonly Mention[],
  on?: string,
): { filed: Map<string, KnownPerson>; added: Candidate[]; mentions: Mention[] } {
  const filed = new Map<string, KnownPerson>()
  const people = [...candidates.values()].filter((c) => c.kind === 'person')
  for (const c of people) {
    const p = personNamed(c.name, on)
    if (p) filed.set(c.id, p)
  }
  const cover = new Uint8Array(text.length + 1)
  for (const m of taken) cover.fill(1, m.start, m.end)
  const namesWords = new Set(people.flatMap((c) => c.name.split(/\s+/)))
  const added: Candidate[] = []
  const mentions: Mention[] = []
  for (const { token, person } of surnamesIn(tokens, (t) => cover.subarray(t.start, t.end).includes(1), on)) {
    if (namesWords.has(token.value)) continue
    const id = slug(token.value)
    if (!candidates.has(id) && !added.some((c) => c.id === id)) added.push({ id, name: token.value, kind: 'person', aliases: new Set() })
    mentions.push({ actorId: id, start: token.start, end: token.end, via: 'name' })
    filed.set(id, person)
  }
  return { filed, added, mentions }
}
