// Reads one clause: who the parties of each relation trigger are (the grammar's subject and object,
// passive voice and "received X from Y" included), how the clause hedges what it says (docs/model.md),
// and who says it (the author, unnamed reports, or a named speaker).
import type { Hedge } from '../model/vocabulary.js'
import type { Mention } from './gazetteer.js'
import type { Clause } from './clause-split.js'
import type { Token } from './nlp.js'
import { PLACE_READINGS, placeOf } from './plover-events.js'
import { type Context, resolve, signers } from './pronouns.js'
import { findTriggers, GOVERNING, type Trigger } from './triggers.js'
import {
  APPOSITION,
  CLAUSE_OPENING,
  CONDITION,
  COORDINATION,
  DENIED_AFTER,
  DIRECT,
  LIGHT_VERB,
  LOCATION,
  LOOSE,
  LOOSE_GAP,
  MODIFIER,
  NEGATION,
  NEVER_HAPPENED,
  ORDER,
  OTHERS_SAY,
  PEOPLE_IN,
  PLANNED,
  POSSESSOR,
  PREP_OBJECT,
  RELATIVE,
  SHARED_SUBJECT,
  THREAT_GAP,
} from './clause-patterns.js'

/** An act called impossible by the one who says so. */
const OUT_OF_QUESTION = /\b(is|are|was|were|remains?)\s+(\p{Ll}+\s+)?out of the question\b/u
/** Acts a party threatens when it says it will do them unless another gives way. */
const ULTIMATUM = new Set(['sanctions', 'attacks', 'coerces', 'invades', 'restricts-exports-to', 'mobilizes-against'])

export interface Reading {
  trigger: Trigger
  pairs: Array<[string, string]>
  /** The parties of a dependency stated with one end only ("North Korea needs financial support"). */
  parties: string[]
  hedge: Hedge
  assertedBy: string
  /** The span of text this reading rests on, within the clause. */
  start: number
  end: number
  /** Every actor the span names or a pronoun in it stands for. */
  about: string[]
  /** An analyst's reading rather than the words ("a crucial buyer" → the seller depends on it). */
  inferred?: string
}

export function readClause(ctx: Context, clause: Clause): Reading[] {
  const { text, tokens } = ctx
  const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end)
  const triggers = findTriggers(tokens, clause.first, clause.last).filter((t) => !/^(against|from)$/i.test(tokens[t.at - 1]?.value ?? ''))
  const lemmaAt = (from: number, to: number, re: RegExp) => {
    // A name is no verb: "the State Department" does not state.
    for (let i = to - 1; i >= from; i--) if (re.test((tokens[i] as Token).lemma) && (tokens[i] as Token).pos !== 'PROPN') return i
    return -1
  }
  const before = (i: number) => inClause.filter((m) => m.end <= (tokens[i] as Token).start)
  const speakerBefore = (at: number) => {
    const list = before(at)
    return ([...list].reverse().find((m) => ctx.kindOf(m.actorId) === 'person') ?? list[list.length - 1])?.actorId ?? 'reports'
  }
  // "…, Foreign Minister Sara Haddad said": a verb of saying after a comma that follows the trigger.
  const sayAfter = (from: number) => {
    for (let i = from + 1; i < clause.last; i++)
      if (
        /^(say|tell|state|add|claim)$/.test((tokens[i] as Token).lemma) &&
        (tokens[i] as Token).pos !== 'PROPN' &&
        text.lastIndexOf(',', (tokens[i] as Token).start) >= (tokens[from] as Token).end
      )
        return i
    return -1
  }
  const readings: Reading[] = []
  triggers.forEach((trigger, k) => {
    const lo0 = k === 0 ? clause.first : (triggers[k - 1] as Trigger).at + 1
    // "promised to continue military aid to Mozambique", "pledged 500 million dollars in aid to Indonesia": a
    // verb that governs another event reaches past that event's noun to its object (the noun itself, a
    // plan, is drafted as no event).
    const next = triggers[k + 1]
    const governs = next?.reading === 'noun' && GOVERNING.test((tokens[trigger.at] as Token).lemma) && next.at - trigger.at <= 8
    const hi = next ? (governs ? (triggers[k + 2]?.at ?? clause.last) : next.at) : clause.last
    const t = tokens[trigger.at] as Token
    // Who says it: a doubter, a denier, a named speaker before or after, or unnamed reports.
    const doubtAt = lemmaAt(clause.first, trigger.at, /^doubt$/)
    // "denied that", "rejected claims that": a denial; "rejected an ultimatum" is an event (rejects).
    let denyAt = lemmaAt(clause.first, trigger.at, /^(deny|refute)$/)
    if (denyAt < 0) {
      const rejectAt = lemmaAt(clause.first, trigger.at, /^(reject|dismiss)$/)
      const next = tokens.slice(rejectAt + 1, rejectAt + 4).map((x) => x.value.toLowerCase())
      if (rejectAt >= 0 && next.some((w) => /^(claims?|reports?|allegations?|accusations?|suggestions?|charges?|that)$/.test(w)))
        denyAt = rejectAt
    }
    // A verb of saying, not a noun ("a state visit").
    let sayBefore = lemmaAt(clause.first, trigger.at, /^(say|tell|state|claim|insist)$/)
    if (sayBefore >= 0 && (tokens[sayBefore] as Token).pos === 'NOUN') sayBefore = -1
    const sayAt = sayAfter(trigger.at)
    let assertedBy = 'author'
    let frameEnd = lo0
    if (doubtAt >= 0) [assertedBy, frameEnd] = [speakerBefore(doubtAt), Math.max(lo0, doubtAt + 1)]
    else if (denyAt >= 0) [assertedBy, frameEnd] = [speakerBefore(denyAt), Math.max(lo0, denyAt + 1)]
    else if (sayBefore >= 0) [assertedBy, frameEnd] = [speakerBefore(sayBefore), Math.max(lo0, sayBefore + 1)]
    else if (sayAt >= 0) {
      const comma = text.lastIndexOf(',', (tokens[sayAt] as Token).start)
      assertedBy = inClause.filter((m) => m.start > comma && m.end <= (tokens[sayAt] as Token).start).pop()?.actorId ?? 'reports'
    }
    const lo = frameEnd
    const loStart = (tokens[lo] as Token).start
    const hiEnd = (tokens[hi - 1] as Token).end
    const left = inClause.filter((m) => m.start >= loStart && m.end <= t.start)
    // A speaker named after the statement ("…, Foreign Minister Sara Haddad said") is no party to it.
    const speakerFrom = sayAt >= 0 ? text.lastIndexOf(',', (tokens[sayAt] as Token).start) : Number.POSITIVE_INFINITY
    const right = inClause.filter((m) => m.start >= t.end && m.end <= hiEnd && m.start < speakerFrom)
    // "fired rockets at Israel": an attack's "at" names its target, not a place.
    const located = (m: Mention) =>
      trigger.type !== 'visits' &&
      trigger.type !== 'invades' &&
      // "launched two incursions in the Gaza Strip": an incursion's place is whom it enters.
      !/^incursions?$/.test(t.lemma) &&
      LOCATION.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !(trigger.type === 'attacks' && /\bat\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)))
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
    const after = (word: RegExp, within = hi - trigger.at) => {
      for (let i = trigger.at + 1; i < Math.min(hi, trigger.at + 1 + within); i++)
        if (word.test((tokens[i] as Token).value)) return (tokens[i] as Token).end
      return -1
    }
    const ids = (g: Mention[]) => [...new Set(g.map((m) => m.actorId))]
    // The subject: the nearest named group before the trigger, unless a pronoun stands between. A place
    // ("arrested in Lebanon") is none, unless people are "in" it ("officials in Seoul"); a party after a
    // preposition ("the sides of Cyprus") or in an apposition ("Pakistan, a key U.S. ally …,") gives way to
    // the group before it.
    const subjectOf = (list: Mention[]): Mention[] => {
      let rest = list.filter(
        (m) =>
          !LOCATION.test(text.slice(Math.max(0, m.start - 30), m.start)) || PEOPLE_IN.test(text.slice(Math.max(0, m.start - 40), m.start)),
      )
      while (rest.length > 0) {
        const g = groupBack(rest)
        const head = g[0] as Mention
        const earlier = rest.slice(0, rest.length - g.length)
        const prev = earlier[earlier.length - 1]
        if (!prev) return g
        const appositive =
          APPOSITION.test(text.slice(prev.end, head.start)) && text.slice((g[g.length - 1] as Mention).end, t.start).includes(',')
        if (!appositive && !MODIFIER.test(text.slice(Math.max(0, head.start - 16), head.start))) return g
        rest = earlier
      }
      return []
    }
    let subject = subjectOf(left)
    // "Iraq's threat against Kuwait alarmed Saudi Arabia": a party after a preposition inside the subject's
    // noun phrase gives way to the phrase's owner, before an earlier trigger if need be.
    const head = subject[0]
    if (head && MODIFIER.test(text.slice(Math.max(0, head.start - 16), head.start))) {
      const wider = subjectOf(inClause.filter((m) => m.end <= t.start))
      if (wider[0] && wider[0] !== head && !MODIFIER.test(text.slice(Math.max(0, wider[0].start - 16), wider[0].start))) subject = wider
    }
    // "Kim expressed his support for …, a declaration that alarms Seoul": the clause's first party acts.
    const shared = t.pos === 'VERB' && SHARED_SUBJECT.test(text.slice(Math.max(clause.start, t.start - 16), t.start))
    const previous = triggers[k - 1]
    if (shared && previous) {
      // "is maintaining or improving ties with Iran": the subject of the verb before the "or".
      subject = subjectOf(inClause.filter((m) => m.end <= (tokens[previous.at] as Token).start))
    } else if (shared || RELATIVE.test(text.slice(Math.max(clause.start, t.start - 60), t.start))) {
      const first = inClause[0]
      subject = first && CLAUSE_OPENING.test(text.slice(clause.start, first.start)) ? groupFrom(inClause, first.start, undefined) : []
    }
    const lastSubject = subject[subject.length - 1]
    const pron = tokens
      .slice(lo, trigger.at)
      .filter((x) => x.pos === 'PRON' && /^(it|he|she|they|we)$/i.test(x.value) && (!lastSubject || x.start >= lastSubject.end))
      .pop()
    const we = pron && /^we$/i.test(pron.value) ? pron : undefined
    if (we) {
      // "We condemn …" under a list of signers: the signers, the last list of two or more parties before.
      subject = signers(ctx, we.start)
    } else if (pron) {
      const m = resolve(ctx, pron)
      subject = m ? [m] : []
    }
    // "was sanctioned by": a participle after "be"; "is suing" is the progressive, active.
    // "is opposed to": a stance, not a passive.
    const stance = t.lemma === 'oppose' && /^\s+to\s/.test(text.slice(t.end, t.end + 4))
    const passive =
      (t.pos === 'VERB' &&
        t.value.toLowerCase() !== t.lemma &&
        !/ing$/i.test(t.value) &&
        tokens[trigger.at - 1]?.lemma === 'be' &&
        !stance) ||
      (tokens[trigger.at - 2]?.lemma === 'be' && tokens[trigger.at - 1]?.pos === 'ADV')
    const byAt = after(/^by$/)
    let from: string[] = []
    let to: string[] = []
    let inferred: string | undefined
    if (trigger.reading === 'obligation') {
      // "Russia said that Sudan must return …", "Chirac issued a reminder to Iraq that it must cooperate":
      // the party that says it, or the subject before "that", demands it of the subject of "must".
      let thatAt = -1
      for (let i = clause.first; i < trigger.at; i++) if (/^that$/i.test((tokens[i] as Token).value)) thatAt = i
      const beforeThat = thatAt >= 0 ? inClause.filter((m) => m.end <= (tokens[thatAt] as Token).start) : []
      const sayer = assertedBy === 'author' || assertedBy === 'reports' ? [] : [assertedBy]
      // The one who reminds or warns is the clause's first party ("The Egyptian president reminded Israel that …").
      const opener = beforeThat[0]
      const main =
        opener && CLAUSE_OPENING.test(text.slice(clause.start, opener.start)) ? groupFrom(beforeThat, opener.start, undefined) : []
      from = sayer.length > 0 ? sayer : ids(main)
      to = ids(subject).filter((x) => !from.includes(x))
      // "a reminder to Ecuador that it must …": "it" is the one reminded, not the one who reminds.
      const addressee = beforeThat.filter((m) => !from.includes(m.actorId)).pop()
      if (to.length === 0 && pron && !we && addressee) to = [addressee.actorId]
    } else if (trigger.reading === 'hyphen') {
      const pair = inClause.filter((m) => m.end <= t.start && m.start >= t.start - 60)
      const a = pair[pair.length - 2]
      const b = pair[pair.length - 1]
      if (a && b && /^-$/.test(text.slice(a.end, b.start)) && /^\s*$/.test(text.slice(b.end, t.start)))
        [from, to] = [[a.actorId], [b.actorId]]
    } else if (trigger.reading === 'noun') {
      const owner = inClause.filter((m) => m.end <= t.start).pop()
      const ownerPron = tokens
        .slice(lo0, trigger.at)
        .filter((x) => x.pos === 'PRON' && /^(its|his|her|their)$/i.test(x.value))
        .pop()
      if (ownerPron && (!owner || ownerPron.start >= owner.end) && t.start - ownerPron.end < 40) {
        const m = resolve(ctx, ownerPron)
        if (m) from = [m.actorId]
      } else if (owner && POSSESSOR.test(text.slice(owner.end, t.start))) from = [owner.actorId]
      // "the Israeli air raid on Tunisia", "the Vietnamese invasion of Cambodia": a demonym before the noun.
      else if (
        owner &&
        (owner.via === 'demonym' || /^(U\.S\.|US|UK|U\.K\.)$/.test(text.slice(owner.start, owner.end))) &&
        /^\s+([\p{Ll}-]+\s+){0,2}$/u.test(text.slice(owner.end, t.start))
      )
        from = [owner.actorId]
      // "Serbia lodged an official protest with Albania": the noun is the object of a light verb, whose subject acts.
      else if (lemmaAt(lo0, trigger.at, LIGHT_VERB) >= Math.max(lo0, trigger.at - 4)) from = ids(subject)
      // "Taiwan will boycott the meeting in protest against China's admission": the clause's first party
      // protests, past the verb it explains ("pledged 500 million dollars in aid to" is a pledge, no aid).
      else if (/^protests?$/i.test(t.value) && /\bin\s+$/.test(text.slice(Math.max(clause.start, t.start - 4), t.start))) {
        const first = inClause[0]
        if (first && first.end <= t.start && CLAUSE_OPENING.test(text.slice(clause.start, first.start)))
          from = ids(groupFrom(inClause, first.start, undefined))
      }
      to = ids(
        groupFrom(
          rightFree,
          t.end,
          /^[\s”"’]*((is|was|are|were)\s+)?(of|to|with|for|on|against|in|into|over)\s+(the\s+)?((former|then|late|current)\s+)?(\p{Lu}[\p{L}.]*\s+)*$/u,
        ),
      )
      // "the withdrawal of its troops from Afghanistan": the place left is named after "from".
      const fromAt = trigger.type === 'retreats-from' ? after(/^from$/, 8) : -1
      if (fromAt >= 0) to = ids(groupFrom(rightFree, fromAt, PREP_OBJECT))
      // "talks between Ethiopia and Eritrea": the parties named after "between" meet each other.
      const between =
        from.length === 0
          ? groupFrom(rightFree, t.end, /^\s+((has|have|had|was|were|been|being|is|are)\s+)*(\p{Ll}+\s+)?between\s+(the\s+)?$/u)
          : []
      if (between.length >= 2) [from, to] = [[(between[0] as Mention).actorId], ids(between.slice(1))]
    } else if (trigger.reading === 'receive') {
      to = ids(subject)
      const f = after(/^from$/)
      if (f >= 0) from = ids(groupFrom(rightFree, f, PREP_OBJECT))
    } else if (passive && byAt >= 0) {
      from = ids(groupFrom(right, byAt, PREP_OBJECT))
      const toAt = after(/^to$/)
      to = toAt >= 0 && toAt < byAt ? ids(groupFrom(rightFree, toAt, PREP_OBJECT)) : ids(subject)
    } else if (passive && trigger.reading === 'active') {
      // "Two Iranian diplomats were expelled from Britain": the subject is acted on; the agent is the place
      // they were expelled from, or unnamed (then no relation).
      const f = /^(expel|deport)$/.test(t.lemma) ? after(/^from$/, 3) : -1
      if (f >= 0) [from, to] = [ids(groupFrom(right, f, PREP_OBJECT)), ids(subject)]
    } else {
      from = ids(subject)
      // The preposition that names the object, where the type or the verb has one.
      const objectAfter = (): number => {
        if (trigger.type === 'supplies' || t.lemma === 'extradite' || stance) return after(/^to$/, 10)
        if (trigger.type === 'buys-from' || t.lemma === 'come') return after(/^from$/, 10)
        if (t.lemma === 'arrive') return after(/^in$/, 2)
        if (trigger.reading === 'mutual') return after(/^with$/, 5)
        if (trigger.type === 'protests') return after(/^against$/)
        if (trigger.type === 'mobilizes-against') return after(/^(against|at)$/)
        if (/^(withdraw|pull|evacuate)$/.test(t.lemma)) return after(/^(from|of)$/, 10)
        if (trigger.type === 'retreats-from' && /^(allow|permit|let)$/.test(t.lemma)) return after(/^(to|into)$/, 12)
        return -1
      }
      const prep = objectAfter()
      // "sought asylum in Iran": the place asked is the party.
      const refuge = t.lemma === 'seek' && /^\s+(\S+\s+)?(asylum|refuge|sanctuary)\s+in\s/.test(text.slice(t.end, t.end + 40))
      to = ids(
        refuge
          ? groupFrom(right, after(/^in$/, 3), PREP_OBJECT)
          : prep >= 0
            ? groupFrom(rightFree, prep, PREP_OBJECT)
            : groupFrom(rightFree, t.end, DIRECT),
      )
      // News wording names its object loosely ("accused the United States of…", "rejected an Australian
      // ultimatum", "threatened further action against Russia"): the first party after the verb.
      // A threat names its target in its condition: "threatened to stop the talks if the United States…".
      if (to.length === 0 && LOOSE.has(trigger.type))
        to = ids(groupFrom(rightFree, t.end, trigger.type === 'threatens' ? THREAT_GAP : LOOSE_GAP))
      // A show of force on a party's border, a curfew lifted in a place: the place is the party, as a reading.
      const place = to.length === 0 ? placeOf(text, trigger.type, t.end, right) : undefined
      if (place) [to, inferred] = [[place.actorId], PLACE_READINGS[place.type]]
    }
    const pairs: Array<[string, string]> = []
    if (trigger.reading === 'mutual' || (trigger.reading === 'hyphen' && from.length > 0)) {
      // "Japan and South Korea agreed … with the United States": each of the subject with the other and with
      // the object; never two parties of the object with each other ("offered to mediate between Iraq and Kuwait").
      from.forEach((a, i) => {
        for (const b of [...from.slice(i + 1), ...to.filter((x) => !from.includes(x))]) pairs.push([a, b])
      })
      // "clashed", "exchanged accusations": each did it to the other.
      if (trigger.type === 'attacks' || trigger.type === 'accuses') for (const [a, b] of [...pairs]) pairs.push([b, a])
    } else if (to.length === 0 && from.length >= 2 && /^\s+(each other|one another)\b/i.test(text.slice(t.end, t.end + 14))) {
      // "India and China blamed each other": each did it to the other.
      for (const a of from) for (const b of from) if (a !== b) pairs.push([a, b])
    } else for (const f of from) for (const x of to) if (f !== x) pairs.push([f, x])
    // "…said that removing the sanctions on Burma is out of the question": the speaker refuses the act.
    const refused = pairs.length === 0 && sayBefore >= 0 && OUT_OF_QUESTION.test(text.slice(t.end, clause.end))
    if (refused) for (const x of to) if (x !== assertedBy) pairs.push([assertedBy, x])
    const parties = trigger.type === 'depends-on' ? from : []
    if (pairs.length === 0 && parties.length === 0) return
    // How it is said. Negation counts between the subject and the trigger ("X did not sell"); a modal,
    // "likely", "apparently" or reports anywhere before the trigger in the clause.
    // "We condemn…": the quote starts at the pronoun; the signers named before are what it is about.
    const subjectStart = Math.min(...(we ? [we.start] : subject.map((m) => m.start)), t.start)
    const narrow = tokens.slice(lo0, trigger.at).filter((x) => x.start >= subjectStart || trigger.reading === 'noun')
    const wide = tokens.slice(clause.first, trigger.at)
    const has = (list: Token[], re: RegExp) => list.some((x) => re.test(x.value.toLowerCase()) || re.test(x.lemma))
    const spanStart = Math.min(
      subjectStart,
      ...inClause.filter((m) => from.includes(m.actorId) && m.end <= t.start && m.start >= subjectStart).map((m) => m.start),
      (tokens[lo0] as Token).start,
    )
    const hedges: Hedge[] = []
    const negating = trigger.reading === 'noun' ? tokens.slice(Math.max(lo0, trigger.at - 3), trigger.at) : narrow
    // "failed to reach agreement", "failed to launch its invasion of": it did not happen. Before a noun, the
    // failure may stand further back than the three words negating looks at.
    const failed = narrow.some((x, j) => x.lemma === 'fail' && narrow[j + 1]?.value === 'to')
    // "The Vietnamese invasion of Cambodia never happened": a noun's event denied by what follows it.
    const deniedAfter = trigger.reading === 'noun' && NEVER_HAPPENED.test(text.slice(t.end, clause.end))
    if (denyAt >= 0 || failed || deniedAfter || has(negating, NEGATION)) hedges.push('denied')
    if (doubtAt >= 0) hedges.push('doubted')
    // A possibility, a plan ("will give", "is to recall", "is expected to condemn") or a condition ("If Iran
    // attacks Iraq, …"): not yet an event, so never asserted.
    if (
      wide.some((x) => /^(may|might|could|would)$/i.test(x.value) && x.pos === 'AUX') ||
      // "will likely cooperate" says how likely: that hedge, not this one.
      (wide.some((x) => /^(will|shall|'ll)$/i.test(x.value) && x.pos === 'AUX') && !has(wide, /^(likely|probably|presumably)$/)) ||
      PLANNED.test(text.slice(clause.start, t.start)) ||
      CONDITION.test(text.slice(ctx.sentenceStart, t.start))
    )
      hedges.push('speculative')
    if (has(wide, /^(likely|probably|presumably)$/)) hedges.push('likely')
    if (has(wide, /^(apparently|seemingly|seem|seems|appear|appears)$/)) hedges.push('apparent')
    const clauseText = text.slice(clause.start, clause.end)
    if (
      has(wide, /^(reportedly|allegedly|liken|likened)$/) ||
      OTHERS_SAY.test(text.slice(clause.start, t.start)) ||
      /\b(reports? (suggest|say|indicate)|signs? indicate|according to reports)/i.test(clauseText)
    ) {
      hedges.push('reported')
      if (assertedBy === 'author') assertedBy = 'reports'
    }
    const hedge = ORDER.find((h) => hedges.includes(h)) ?? 'asserted'
    const about = new Set([...from, ...to, ...inClause.filter((m) => m.start >= spanStart).map((m) => m.actorId)])
    if (assertedBy !== 'author' && assertedBy !== 'reports') about.add(assertedBy)
    readings.push({
      trigger: refused ? { ...trigger, type: 'rejects' } : trigger,
      pairs,
      parties,
      hedge,
      assertedBy,
      start: doubtAt >= 0 || denyAt >= 0 || sayBefore >= 0 ? clause.start : spanStart,
      // The whole clause from the subject on: a quote never stops mid-clause ("…, Russia's").
      end: clause.end,
      about: [...about],
      ...(inferred ? { inferred } : {}),
    })
    // "will withdraw its force from Chad unless …": an ultimatum is a threat, made now (PLOVER THREATEN).
    if (hedge === 'speculative' && ULTIMATUM.has(trigger.type) && /\bunless\b/i.test(text.slice(t.end, clause.end)))
      readings.push({ ...(readings[readings.length - 1] as Reading), trigger: { ...trigger, type: 'threatens' }, hedge: 'asserted' })
    // "…, a claim Moscow denied": the same statement, denied by that party (a claim, never a relation).
    const denial = DENIED_AFTER.exec(text.slice(t.end, clause.end))
    const denier = denial && inClause.find((m) => m.start >= t.end + denial.index && m.end <= t.end + denial.index + denial[0].length)
    if (denier) {
      const last = readings[readings.length - 1] as Reading
      readings.push({
        ...last,
        hedge: /^(disput|doubt|question)/.test(denial[1] as string) ? 'doubted' : 'denied',
        assertedBy: denier.actorId,
        about: [...new Set([...last.about, denier.actorId])],
      })
    }
    // "China, a crucial buyer of Russian oil": the seller depends on its buyer; a reading, said as one.
    if (
      trigger.type === 'buys-from' &&
      trigger.reading === 'noun' &&
      /\b(crucial|key|main|biggest|largest|major)\s+$/i.test(text.slice(loStart, t.start))
    ) {
      readings.push({
        ...(readings[readings.length - 1] as Reading),
        trigger: { type: 'depends-on', reading: 'noun', at: trigger.at },
        pairs: pairs.map(([a, b]) => [b, a]),
        parties: [],
        inferred: 'the text names the buyer crucial to the seller: the seller depends on it',
      })
    }
  })
  return readings
}
