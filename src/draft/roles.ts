// Roles a text states by apposition or title: "Chinese President Xi Jinping" (leads), "Andrei Lankov,
// director of NK News" (works-for). A former office is history, not a role, and is left out.
import type { Reading } from './clauses.js'
import type { Mention } from './gazetteer.js'

export const LEADER_TITLE = /^\s+(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Supreme Leader|leader)\s+$/
const JOB =
  /^,\s+(?:the\s+|a\s+|an\s+)?(director|editor|chief|head|founder|analyst|correspondent|spokesperson|spokesman|spokeswoman|chairman|chair|president|researcher|fellow)\s+(?:of|at)\s+(?:the\s+)?$/i

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
