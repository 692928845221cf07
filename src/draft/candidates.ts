// People and organisations the text names that no list knows: runs of proper nouns ("Andrei Lankov",
// "NK News") become candidate actors with kebab-case ids, a person or an organization by their words.
// Later short forms ("Lankov", "Putin") are mentions of the full name they belong to; earlier ones are not.
import type { Mention } from './gazetteer.js'
import { slug } from './ids.js'
import type { Analysis, Token } from './nlp.js'

export interface Candidate {
  id: string
  name: string
  kind: 'person' | 'organization' | 'group'
  aliases: Set<string>
}

/** Words that end an organisation's name. */
const ORG_WORDS =
  /^(News|Institute|Union|Nations|Bank|Council|Agency|Ministry|Organization|Organisation|Fund|Forum|Party|Company|Corporation|Group|Association|Committee|Commission|Court|University|Times|Post|Press|Reuters|Foundation|Alliance|Army|Navy|Parliament|Assembly|Service|Centre|Center)$/
/** Titles before a name, dropped from it. */
const TITLES =
  /^(Presidents?|Prime|Ministers?|Premiers?|Foreign|Defence|Defense|Finance|Trade|Chancellor|King|Queen|Prince|Princess|Mr|Mrs|Ms|Dr|Sen|Senator|General|Gen|Director|Chairman|Secretary|Ambassador|Governor|Mayor|Leader|Supreme|Vice|Deputy|Former|Spokesperson|Spokesman|Spokeswoman|Analyst|Professor|Pope|Sheikh|Emir|Colonel|Admiral|Commander)$/
/** Words that make a capitalised run a place, an event or a heading, not an actor. */
const NOT_ACTOR =
  /^(Zone|Sea|Ocean|River|Strait|Peninsula|Gulf|Mountains?|Islands?|Pacific|Atlantic|Arctic|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|War|Summit|Partnership|Agreement|Treaty|Relationship|Cooperation|Co-operation|Friendly|Friendship|Neighbourliness|Neighborliness|Security|Strategic|Comprehensive|Mutual|Assistance|Peace|Declaration|Charter|Act|Accords?|Eye|Unity|Politics|Influence|The|A|An|It|What|East|West|North|South|Western|Eastern)$/

const NAME_WORD = /^\p{Lu}[\p{Ll}’']+(-\p{L}[\p{Ll}]*)*$/u
const ORG_WORD = /^(\p{Lu}[\p{L}’'&.]*|of|for)$/u

/** A sentence whose words are mostly capitalised is a heading or a title: its capitals say nothing. */
function isHeading(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.value))
  // A sentence that ends with a full stop and has a verb in lower case is news, however many names it has.
  const prose = tokens[tokens.length - 1]?.value === '.' && tokens.some((t) => t.pos === 'VERB' && /^\p{Ll}/u.test(t.value))
  return !prose && words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.value)).length / words.length > 0.6
}

export function findCandidates(a: Analysis, known: Mention[]): { candidates: Map<string, Candidate>; mentions: Mention[] } {
  // Which characters a span covers, so that a token's test is its own length, not the number of spans.
  const cover = (spans: Mention[]) => {
    const c = new Uint8Array(a.text.length + 1)
    for (const m of spans) c.fill(1, m.start, m.end)
    return c
  }
  const hits = (c: Uint8Array, t: Token) => c.subarray(t.start, t.end).includes(1)
  const knownCover = cover(known)
  const taken = (t: Token) => hits(knownCover, t)
  const indexOf = new Map(a.tokens.map((t, i) => [t, i]))
  const candidates = new Map<string, Candidate>()
  const mentions: Mention[] = []
  const runs: Array<{ tokens: Token[]; kind: Candidate['kind'] }> = []
  for (const s of a.sentences) {
    const tokens = a.tokens.slice(s.first, s.last)
    if (isHeading(tokens)) continue
    let run: Token[] = []
    const flush = (breaker?: Token) => {
      const words = run.filter((t) => t.value !== '-')
      let titled = false
      while (words.length > 0 && TITLES.test((words[0] as Token).value)) {
        words.shift()
        titled = true
      }
      let ofAfter = false
      while (words.length > 0 && /^(of|for)$/.test((words[words.length - 1] as Token).value)) ofAfter = words.pop()?.value === 'of'
      run = []
      // "King Hussein of Jordan", "President Mubarak of Egypt": one name between a title and "of" a named state.
      const only = words[0]
      const stateNext =
        breaker && (taken(breaker) || (/^the$/i.test(breaker.value) && taken(a.tokens[(indexOf.get(breaker) as number) + 1] as Token)))
      if (words.length === 1 && only && titled && ofAfter && stateNext && NAME_WORD.test(only.value) && only.pos === 'PROPN') {
        runs.push({ tokens: words, kind: 'person' })
        return
      }
      if (words.some((t) => NOT_ACTOR.test(t.value))) return
      const last = words[words.length - 1]
      if (last && ORG_WORDS.test(last.value) && words.length >= 2) {
        runs.push({ tokens: words, kind: 'organization' })
        return
      }
      // Hyphenated parts ("Jae-in") make one word of a name.
      const names: string[] = []
      words.forEach((t, i) => {
        const prev = words[i - 1]
        if (prev && a.text.slice(prev.end, t.start) === '-') names[names.length - 1] += `-${t.value}`
        else names.push(t.value)
      })
      if (names.length >= 2 && names.length <= 4 && names.every((n) => NAME_WORD.test(n)) && words.some((t) => t.pos === 'PROPN')) {
        // "the Tamil Tigers": a plural name after "the" names a group; "the Dalai Lama" is still one person.
        const the = /^the$/i.test(tokens[tokens.indexOf(words[0] as Token) - 1]?.value ?? '')
        runs.push({ tokens: words, kind: the && /s$/.test(names[names.length - 1] as string) ? 'group' : 'person' })
      }
    }
    // A capitalised noun inside a sentence is part of a name too ("President Moon Jae-in").
    const proper = (t: Token, i: number) =>
      (t.pos === 'PROPN' || (t.pos === 'NOUN' && (i > 0 || TITLES.test(t.value)))) && ORG_WORD.test(t.value) && /^\p{Lu}/u.test(t.value)
    tokens.forEach((t, i) => {
      const prev = tokens[i - 1]
      const joined = prev !== undefined && prev.end === t.start && (t.value === '-' || prev.value === '-') && run.length > 0
      if (!taken(t) && ((run.length > 0 && joined) || proper(t, i) || (run.length > 0 && /^(of|for)$/.test(t.value)))) run.push(t)
      else flush(t)
    })
    flush()
  }
  for (const { tokens, kind } of runs) {
    const first = tokens[0] as Token
    const last = tokens[tokens.length - 1] as Token
    const name = a.text.slice(first.start, last.end)
    const id = slug(name.replace(/^the\s+/i, ''))
    // A name the seed schema holds (120 characters at most) and an id that keeps all of it: other
    // scripts are tagged X, never a name word, but a hyphen joins any word ("Jae-ин").
    if (name.length > 120 || !/^[\p{Script=Latin}\s’'.&-]+$/u.test(name)) continue
    const c = candidates.get(id) ?? { id, name, kind, aliases: new Set<string>() }
    candidates.set(id, c)
    mentions.push({ actorId: id, start: first.start, end: last.end, via: 'name' })
  }
  // Short forms: a lone capitalised word that is the first or last word of one person's name.
  const shortForms = new Map<string, string | null>()
  for (const c of candidates.values()) {
    if (c.kind !== 'person') continue
    const words = c.name.split(/[\s]+/)
    // A short form two people share ("Ortiz" for Maria and Pedro Ortiz) names neither.
    for (const w of [words[0] as string, words[words.length - 1] as string])
      shortForms.set(w, shortForms.has(w) && shortForms.get(w) !== c.id ? null : c.id)
  }
  const runCover = cover(mentions)
  const inRun = (t: Token) => hits(runCover, t)
  // A short form refers back: "King Hussein" before "Saddam Hussein" is named is no mention of him.
  const firstAt = new Map<string, number>()
  for (const m of mentions) if (!firstAt.has(m.actorId)) firstAt.set(m.actorId, m.start)
  for (const t of a.tokens) {
    const id = shortForms.get(t.value)
    if (id && t.pos === 'PROPN' && !taken(t) && !inRun(t) && t.start > (firstAt.get(id) as number)) {
      mentions.push({ actorId: id, start: t.start, end: t.end, via: 'name' })
      candidates.get(id)?.aliases.add(t.value)
    }
  }
  return { candidates, mentions }
}
