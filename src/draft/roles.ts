// Roles a text states by apposition or title: "Chinese President Xi Jinping" (leads), "Andrei Lankov,
// director of NK News" (works-for). A former office is history, not a role, and is left out.
import type { Reading } from './clauses.js'
import type { Mention } from './gazetteer.js'

export const LEADER_TITLE = /^(?:[’']s)?\s+(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Supreme Leader|leader)\s+$/
/** Offices that speak for a state without heading it: "British Defence Secretary Tom King", "Nigerian junior foreign minister". */
export const OFFICIAL_TITLE =
  /^(?:[’']s)?\s+((?:[Jj]unior|[Dd]eputy|[Vv]ice|[Cc]hief|[Ss]enior|[Tt]op)\s+)?((?:[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Tt]rade|[Ii]nterior|[Hh]ome|[Ee]conomy|[Ee]nergy|[Ff]oreign [Aa]ffairs)\s+)?([Mm]inister|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Nn]egotiator|[Ss]pokes(?:man|woman|person)|[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Ll]eader|[Ee]mir|[Kk]ing|[Qq]ueen)\s+$/
const JOB =
  /^,\s+(?:the\s+|a\s+|an\s+)?(director|editor|chief|head|founder|analyst|correspondent|spokesperson|spokesman|spokeswoman|chairman|chair|president|researcher|fellow)\s+(?:of|at)\s+(?:the\s+)?$/i

/**
 * The state each person speaks for where the text names them by office ("Russian President Vladimir
 * Putin", "British Defence Secretary Tom King"): their acts are lifted to the state, as an inferred relation.
 */
export function speakersFor(
  text: string,
  mentions: Mention[],
  kindOf: (id: string) => string,
): Map<string, { state: string; title: string }> {
  const out = new Map<string, { state: string; title: string }>()
  mentions.forEach((m, i) => {
    const next = mentions[i + 1]
    if (!next || kindOf(m.actorId) !== 'state' || kindOf(next.actorId) !== 'person' || out.has(next.actorId)) return
    const gap = text.slice(m.end, next.start)
    if (!OFFICIAL_TITLE.test(gap) || /former\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return
    out.set(next.actorId, { state: m.actorId, title: gap.replace(/^[’']s/, '').trim() })
  })
  return out
}

export function rolesIn(text: string, mentions: Mention[], start: number, end: number, kindOf: (id: string) => string): Reading[] {
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
  inside.forEach((m, i) => {
    const next = inside[i + 1]
    if (!next) return
    const gap = text.slice(m.end, next.start)
    const before = text.slice(Math.max(0, m.start - 8), m.start)
    if (kindOf(m.actorId) === 'state' && kindOf(next.actorId) === 'person' && LEADER_TITLE.test(gap) && !/former\s+$/i.test(before)) {
      out.push(reading(next, m, 'leads'))
    }
    if (kindOf(m.actorId) === 'person' && kindOf(next.actorId) !== 'person' && kindOf(next.actorId) !== 'state' && JOB.test(gap)) {
      out.push(reading(m, next, 'works-for'))
    }
  })
  return out
}
