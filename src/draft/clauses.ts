// Reads one clause: who the parties of each relation trigger are (the grammar's subject and object,
// passive voice and "received X from Y" included), how the clause hedges what it says (docs/model.md),
// and who says it (the author, unnamed reports, or a named speaker).
import type { Hedge, RelationType } from '../model/vocabulary.js'
import type { Mention } from './gazetteer.js'
import type { Token } from './nlp.js'
import { findTriggers, type Trigger } from './triggers.js'

export interface Clause {
  first: number
  last: number
  start: number
  end: number
}

export interface Reading {
  trigger: Trigger
  pairs: Array<[string, string]>
  /** The parties of a dependency stated with one end only ("North Korea needs financial support"). */
  parties: string[]
}

export interface ClauseReading {
  hedge: Hedge
  assertedBy: string
  readings: Reading[]
  /** Every actor the clause names or a pronoun in it stands for. */
  about: string[]
}

const COORDINATION = /^\s*,?\s*(and|or|&|as well as)?\s*(the\s+)?$/i
const DIRECT = /^\s*((the|a|an|its|their|his|her|on|upon|of|with|against|sanctions|sanction)\s+)*$/i
const POSSESSOR = /^(?:[’']s?(\s+[\p{Ll}-]+){0,2}\s*|,\s*(?:a|an|the)?\s*([\p{Ll}-]+\s+){0,2})$/u
const LOCATION = /\b(in|at|near|across|around|outside)\s+(the\s+)?$/i

/** Splits a sentence at ";", ":" and at ", and|but|while" when a verb follows. */
export function clausesOf(tokens: Token[], first: number, last: number): Clause[] {
  const cuts: number[] = [first]
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]
    const isCut =
      t.value === ';' ||
      t.value === ':' ||
      (t.value === ',' && next !== undefined && /^(and|but|while|whereas|yet)$/i.test(next.value) && hasVerb(tokens, i + 2, last))
    if (isCut && i + 1 < last) cuts.push(i + 1)
  }
  cuts.push(last)
  const out: Clause[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    let a = cuts[k] as number
    let b = cuts[k + 1] as number
    while (a < b && /^([,;:]|and|but|while|whereas|yet)$/i.test((tokens[a] as Token).value)) a++
    while (b > a && /^[.,;:!?]$/.test((tokens[b - 1] as Token).value)) b--
    if (b > a) out.push({ first: a, last: b, start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end })
  }
  return out
}

function hasVerb(tokens: Token[], from: number, last: number): boolean {
  for (let i = from; i < last && tokens[i]?.value !== ','; i++) if (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') return true
  return false
}

export function readClause(text: string, tokens: Token[], clause: Clause, mentions: Mention[], kindOf: (id: string) => string): ClauseReading | undefined {
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end).sort((a, b) => a.start - b.start)
  const triggers = findTriggers(tokens, clause.first, clause.last).filter((t) => !/^(against|from)$/i.test(tokens[t.at - 1]?.value ?? ''))
  if (triggers.length === 0) return undefined
  const lemmaAt = (from: number, to: number, re: RegExp) => {
    for (let i = to - 1; i >= from; i--) if (re.test((tokens[i] as Token).lemma)) return i
    return -1
  }
  const before = (i: number) => inClause.filter((m) => m.end <= (tokens[i] as Token).start)
  const nearest = (list: Mention[]) => list[list.length - 1]
  const readings: Reading[] = []
  const about = new Set(inClause.map((m) => m.actorId))
  const firstAt = (triggers[0] as Trigger).at

  // Who says it, and how.
  const doubtAt = lemmaAt(clause.first, firstAt, /^doubt$/)
  const denyAt = lemmaAt(clause.first, firstAt, /^(deny|refute|reject)$/)
  const sayBefore = lemmaAt(clause.first, firstAt, /^(say|tell|state|claim|insist)$/)
  const sayAfter = (() => {
    for (let i = firstAt + 1; i < clause.last; i++) if (/^(say|tell|state|add|claim)$/.test((tokens[i] as Token).lemma)) return i
    return -1
  })()
  let assertedBy = 'author'
  let frameEnd = clause.first
  const speakerBefore = (at: number) => nearest(before(at))
  if (doubtAt >= 0) {
    assertedBy = speakerBefore(doubtAt)?.actorId ?? 'reports'
    frameEnd = doubtAt + 1
  } else if (denyAt >= 0) {
    assertedBy = speakerBefore(denyAt)?.actorId ?? 'reports'
    frameEnd = denyAt + 1
  } else if (sayBefore >= 0) {
    assertedBy = speakerBefore(sayBefore)?.actorId ?? 'reports'
    frameEnd = sayBefore + 1
  } else if (sayAfter >= 0) {
    const comma = text.lastIndexOf(',', (tokens[sayAfter] as Token).start)
    const speaker = inClause.filter((m) => m.start > comma && m.end <= (tokens[sayAfter] as Token).start).pop()
    assertedBy = speaker?.actorId ?? 'reports'
  }
  const window = tokens.slice(clause.first, firstAt)
  const has = (re: RegExp) => window.some((t) => re.test(t.value.toLowerCase()) || re.test(t.lemma))
  const clauseText = text.slice(clause.start, clause.end)
  let hedge: Hedge = 'asserted'
  if (denyAt >= 0 || has(/^(not|never|no|neither|nor|refrain)$/)) hedge = 'denied'
  else if (doubtAt >= 0) hedge = 'doubted'
  else if (has(/^(may|might|could|would)$/)) hedge = 'speculative'
  else if (has(/^(likely|probably|presumably)$/)) hedge = 'likely'
  else if (has(/^(apparently|seemingly|seem|seems|appear|appears)$/)) hedge = 'apparent'
  else if (has(/^(reportedly|allegedly|liken|likened)$/) || /\b(reports? (suggest|say|indicate)|signs? indicate|according to reports)/i.test(clauseText)) {
    hedge = 'reported'
    if (assertedBy === 'author') assertedBy = 'reports'
  }
  if (assertedBy !== 'author' && assertedBy !== 'reports') about.add(assertedBy)

  triggers.forEach((trigger, k) => {
    const lo = k === 0 ? Math.max(clause.first, frameEnd) : (triggers[k - 1] as Trigger).at + 1
    const hi = k + 1 < triggers.length ? (triggers[k + 1] as Trigger).at : clause.last
    const t = tokens[trigger.at] as Token
    const loStart = (tokens[lo] as Token | undefined)?.start ?? clause.start
    const hiEnd = (tokens[hi - 1] as Token).end
    const left = inClause.filter((m) => m.start >= loStart && m.end <= t.start)
    const right = inClause.filter((m) => m.start >= t.end && m.end <= hiEnd)
    const located = (m: Mention) => trigger.type !== 'visits' && trigger.type !== 'invades' && LOCATION.test(text.slice(Math.max(0, m.start - 12), m.start))
    const rightFree = right.filter((m) => !located(m))
    const groupBack = (list: Mention[]) => {
      const g: Mention[] = []
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i] as Mention
        if (g.length > 0 && !COORDINATION.test(text.slice(m.end, (g[0] as Mention).start))) break
        g.unshift(m)
      }
      return g
    }
    const groupFrom = (list: Mention[], startAt: number, gap: RegExp | undefined) => {
      const g: Mention[] = []
      for (const m of list) {
        if (m.start < startAt) continue
        if (g.length === 0) {
          if (gap && !gap.test(text.slice(startAt, m.start))) break
        } else if (!COORDINATION.test(text.slice((g[g.length - 1] as Mention).end, m.start))) break
        g.push(m)
      }
      return g
    }
    const after = (word: RegExp) => {
      for (let i = trigger.at + 1; i < hi; i++) if (word.test((tokens[i] as Token).value)) return (tokens[i] as Token).end
      return -1
    }
    let subject = groupBack(left)
    if (subject.length === 0) {
      // "X denied that it …": a pronoun subject stands for the nearest earlier actor of its kind.
      const pron = tokens.slice(lo, trigger.at).find((x) => x.pos === 'PRON' && /^(it|he|she|they)$/i.test(x.value))
      if (pron) {
        const earlier = mentions.filter((m) => m.end <= pron.start && m.start >= clause.start - 400)
        const fits = (m: Mention) => (/^(he|she)$/i.test(pron.value) ? kindOf(m.actorId) === 'person' : kindOf(m.actorId) !== 'person')
        const m = [...earlier].reverse().find(fits)
        if (m) subject = [m]
      }
    }
    const ids = (g: Mention[]) => [...new Set(g.map((m) => m.actorId))]
    subject.forEach((m) => about.add(m.actorId))
    const passive = t.pos === 'VERB' && t.value.toLowerCase() !== t.lemma && /^(be)$/.test(tokens[trigger.at - 1]?.lemma ?? '') || tokens[trigger.at - 2]?.lemma === 'be' && tokens[trigger.at - 1]?.pos === 'ADV'
    const byAt = after(/^by$/)
    let from: string[] = []
    let to: string[] = []
    if (trigger.reading === 'noun') {
      const owner = nearest(inClause.filter((m) => m.end <= t.start))
      if (owner && POSSESSOR.test(text.slice(owner.end, t.start))) from = [owner.actorId]
      to = ids(groupFrom(rightFree, t.end, /^\s*(of|to)\s+(the\s+)?$/i))
    } else if (trigger.reading === 'receive') {
      to = ids(subject)
      const f = after(/^from$/)
      if (f >= 0) from = ids(groupFrom(rightFree, f, /^\s*(the\s+)?$/))
    } else if (passive && byAt >= 0) {
      from = ids(groupFrom(right, byAt, /^\s*(the\s+)?$/))
      const toAt = after(/^to$/)
      to = toAt >= 0 && toAt < byAt ? ids(groupFrom(rightFree, toAt, /^\s*(the\s+)?$/)) : ids(subject)
    } else {
      from = ids(subject)
      const prep = trigger.type === 'supplies' ? after(/^to$/) : trigger.type === 'buys-from' || t.lemma === 'come' ? after(/^from$/) : trigger.reading === 'mutual' ? after(/^with$/) : -1
      to = ids(prep >= 0 ? groupFrom(rightFree, prep, /^\s*(the\s+)?$/) : groupFrom(rightFree, t.end, DIRECT))
    }
    const pairs: Array<[string, string]> = []
    if (trigger.reading === 'mutual') {
      const all = [...new Set([...from, ...to])]
      all.forEach((a, i) => all.slice(i + 1).forEach((b) => pairs.push([a, b])))
    } else for (const f of from) for (const x of to) if (f !== x) pairs.push([f, x])
    ;[...from, ...to].forEach((id) => about.add(id))
    readings.push({ trigger, pairs, parties: trigger.type === 'depends-on' ? from : [] })
  })
  if (readings.every((r) => r.pairs.length === 0 && r.parties.length === 0)) return undefined
  return { hedge, assertedBy, readings, about: [...about] }
}

export const relationTypeOf = (r: Reading): RelationType => r.trigger.type
