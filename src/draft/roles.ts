// Roles a text states by apposition or title: "Chinese President Xi Jinping" (leads), "Andrei Lankov,
// director of NK News" (works-for). A former office is history, not a role, and is left out.
import type { Reading } from './clauses.js'
import type { Mention } from './gazetteer.js'
import type { KnownPerson } from './known-people.js'

/** "former" a word or two before a name: "former President Putin", "former Putin". */
export const FORMER_BEFORE = /\bformer\s+(\p{L}+\s+){0,2}$/iu
export const LEADER_TITLE =
  /^(?:[’']s)?\s+(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Supreme Leader|(?:(?:religious|spiritual|supreme)\s+)?leader)\s+$/
/**
 * Offices that speak for a state without heading it: "British Defence Secretary Tom King", "Nigerian junior
 * foreign minister", "Iranian Foreign Ministry spokesman", "French National Assembly president", "Mexican
 * central bank head".
 */
export const OFFICIAL_TITLE =
  /^(?:[’']s)?\s+((?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Jj]ustice|[Ii]nformation)\s+)?(?:Ministry|Office|National Assembly|Parliament|Senate|Cabinet|Army|Navy|Air Force|[Cc]entral [Bb]ank)\s+)?((?:[Jj]unior|[Dd]eputy|[Vv]ice|[Cc]hief|[Ss]enior|[Tt]op)\s+)?((?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ii]nterior|[Hh]ome|[Ee]conomy|[Ee]nergy|[Ff]oreign [Aa]ffairs)\s+)?([Mm]inister|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Nn]egotiator|[Ss]pokes(?:man|woman|person)|[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Ll]eader|[Ee]mir|[Kk]ing|[Qq]ueen|[Gg]overnor|[Hh]ead|[Cc]hairman)\s+$/
/**
 * A title before a name that "of" a state follows: "King Hussein of Jordan", "Prime Minister Sharif of
 * Pakistan"; a plural one is shared by the names it lists: "Prime Ministers Zhao Ziyang of China and Anibal
 * Cavaco Silva of Portugal".
 */
const TITLE_BEFORE =
  /(?:^|\s)(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Sheikh|Foreign Minister|Defen[cs]e Minister|Foreign Secretary|Ambassador)s?\s+$/
const SHARED_TITLE =
  /(?:^|\s)(President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Foreign Secretary|Ambassador)s\s+[^,;]{3,60}\s+of\s+(?:the\s+)?[^,;]{3,40},?\s+and\s+$/
const LEADER = /^(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan)$/
const JOB =
  /^,\s+(?:the\s+|a\s+|an\s+)?(director|editor|chief|head|founder|analyst|correspondent|spokesperson|spokesman|spokeswoman|chairman|chair|president|researcher|fellow)\s+(?:of|at)\s+(?:the\s+)?$/i

/** A person the text names by an office of a state, and the mention of that state. */
export interface Office {
  state: Mention
  person: Mention
  title: string
  /** The office heads the state ("President", "King"): a `leads` role. */
  leads: boolean
  /** "former US President Donald Trump": history, not a role; the state is still no party. */
  former: boolean
}

/**
 * "Russian President Vladimir Putin", "Iranian Foreign Ministry spokesman Hamid Reza Asefi", "French
 * National Assembly president Laurent Fabius" (past the body's own name), "King Hussein of Jordan".
 */
export function officesIn(text: string, mentions: Mention[], kindOf: (id: string) => string): Office[] {
  const out: Office[] = []
  mentions.forEach((m, i) => {
    if (kindOf(m.actorId) !== 'state') return
    const former = /former\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
    let next = mentions[i + 1]
    // Past a body of the state named as an organisation ("National Assembly").
    if (next && kindOf(next.actorId) === 'organization' && /^\s+$/.test(text.slice(m.end, next.start))) next = mentions[i + 2]
    if (next && kindOf(next.actorId) === 'person') {
      // "The Libyan leader, Muammar Gaddafi": the title set off by a comma.
      const gap = text.slice(m.end, next.start).replace(/^(\s+\p{L}[\p{L} ]*),\s+$/u, '$1 ')
      if (OFFICIAL_TITLE.test(gap) || LEADER_TITLE.test(gap))
        out.push({ state: m, person: next, title: gap.replace(/^[’']s/, '').trim(), leads: LEADER_TITLE.test(gap), former })
    }
    const prev = mentions[i - 1]
    if (prev && kindOf(prev.actorId) === 'person' && /^\s+of\s+(the\s+)?$/.test(text.slice(prev.end, m.start))) {
      const before = text.slice(Math.max(0, prev.start - 40), prev.start)
      const title = TITLE_BEFORE.exec(before)?.[1] ?? SHARED_TITLE.exec(text.slice(Math.max(0, prev.start - 120), prev.start))?.[1]
      if (title) out.push({ state: m, person: prev, title, leads: LEADER.test(title), former: FORMER_BEFORE.test(before) })
    }
  })
  return out
}

/**
 * The state each person speaks for where the text names them by office: their acts are lifted to the
 * state, as an inferred relation.
 */
export interface Speaker {
  state: string
  title: string
  /** The office is the graph's, not the text's: the text names the person only. */
  fromGraph?: boolean
  /** The role is the CAMEO actor dictionary's (known-people.ts): the text names the person only. */
  filed?: KnownPerson
}

export function speakersFor(offices: Office[]): Map<string, Speaker> {
  const out = new Map<string, Speaker>()
  for (const o of offices)
    if (!o.former && !out.has(o.person.actorId)) out.set(o.person.actorId, { state: o.state.actorId, title: o.title })
  return out
}

export function rolesIn(
  text: string,
  mentions: Mention[],
  offices: Office[],
  start: number,
  end: number,
  kindOf: (id: string) => string,
): Reading[] {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end)
  const out: Reading[] = []
  const reading = (from: Mention, to: Mention, type: 'leads' | 'works-for'): Reading => ({
    trigger: { type, reading: 'active', at: -1 },
    pairs: [[from.actorId, to.actorId]],
    parties: [],
    hedge: 'asserted',
    assertedBy: 'author',
    start: Math.min(from.start, to.start),
    end: Math.max(from.end, to.end),
    about: [from.actorId, to.actorId],
  })
  for (const o of offices)
    if (o.leads && !o.former && o.state.start >= start && o.state.end <= end && o.person.start >= start && o.person.end <= end)
      out.push(reading(o.person, o.state, 'leads'))
  inside.forEach((m, i) => {
    const next = inside[i + 1]
    if (!next) return
    const gap = text.slice(m.end, next.start)
    if (kindOf(m.actorId) === 'person' && kindOf(next.actorId) !== 'person' && kindOf(next.actorId) !== 'state' && JOB.test(gap)) {
      out.push(reading(m, next, 'works-for'))
    }
  })
  return out
}
