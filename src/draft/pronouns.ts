// What readClause (clauses.ts) knows of the text around a clause, and the two lookups that go past the
// clause: who "we" are under a list of signers, and whom "it", "he" or "they" stands for.
import { COORDINATION } from './clause-patterns.js'
import type { Mention } from './gazetteer.js'
import type { Token } from './nlp.js'

export interface Context {
  text: string
  tokens: Token[]
  mentions: Mention[]
  sentenceStart: number
  kindOf: (id: string) => string
}

/** Who "we" are: the last list of two or more parties (states, blocs, organisations) before the pronoun. */
export function signers(ctx: Context, before: number): Mention[] {
  const list = ctx.mentions.filter((m) => m.end <= before && ctx.kindOf(m.actorId) !== 'person')
  for (let i = list.length - 1; i > 0; i--) {
    const g: Mention[] = [list[i] as Mention]
    for (let j = i - 1; j >= 0 && COORDINATION.test(ctx.text.slice((list[j] as Mention).end, (g[0] as Mention).start)); j--)
      g.unshift(list[j] as Mention)
    if (new Set(g.map((m) => m.actorId)).size >= 2) return g
  }
  return []
}

/** Bodies of a state's government that news names after the state: "the U.S. Treasury", "Japan's Finance Ministry". */
const BODY =
  /^(Treasury|Government|Administration|Ministry|Department|Navy|Army|Senate|Congress|Embassy|Cabinet|Parliament|Foreign|Finance|Trade|Defen[cs]e|Commerce|Agriculture|Energy|State)$/

/** The actor a pronoun stands for: the first of its kind in the sentence, else the nearest before. */
export function resolve(ctx: Context, pron: Token): Mention | undefined {
  const fits = (m: Mention) =>
    /^(he|his|she|her)$/i.test(pron.value) ? ctx.kindOf(m.actorId) === 'person' : ctx.kindOf(m.actorId) !== 'person'
  const earlier = ctx.mentions.filter((m) => m.end <= pron.start && m.start >= pron.start - 600 && fits(m))
  const m = earlier.find((x) => x.start >= ctx.sentenceStart) ?? earlier[earlier.length - 1]
  // "Egypt demanded that Hamas end its attacks": a name no list knows stands between, and may be the one
  // meant ("the West" is no "he").
  const person = /^(he|his|she|her)$/i.test(pron.value)
  // "The U.S. Treasury said it …": a body of the state named right after it is no other name.
  const bodyOf = (x: Token, i: number): boolean =>
    BODY.test(x.value) &&
    (ctx.mentions.some((y) => ctx.kindOf(y.actorId) === 'state' && /^([’']s)?\s+$/.test(ctx.text.slice(y.end, x.start))) ||
      (i > 0 && bodyOf(ctx.tokens[i - 1] as Token, i - 1)))
  const unknownName = ctx.tokens.some(
    (x, i) =>
      m &&
      x.pos === 'PROPN' &&
      !bodyOf(x, i) &&
      !(person && /^the$/i.test(ctx.tokens[i - 1]?.value ?? '')) &&
      x.start >= m.end &&
      x.end <= pron.start &&
      /^\p{Lu}/u.test(x.value) &&
      !ctx.mentions.some((y) => x.start < y.end && x.end > y.start),
  )
  return unknownName ? undefined : m
}
