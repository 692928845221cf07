// The one place that talks to the NLP library (wink-nlp with its English lite model, shipped as an npm
// package: nothing is downloaded at run time). It turns a text into sentences and tokens that carry
// their UTF-16 offsets in the text, so everything downstream can cut quotes as slices of the input.
// docs/drafts.md says why wink-nlp and not compromise.
import model from 'wink-eng-lite-web-model'
import winkNLP, { type WinkMethods } from 'wink-nlp'

export interface Token {
  /** The token as the library read it ("n't" for the end of "didn't"). */
  value: string
  /** Lower-case base form: "supplied" → "supply", "n't" → "not". */
  lemma: string
  /** Universal POS tag: PROPN, VERB, AUX, NOUN, ADP, PART, … */
  pos: string
  start: number
  end: number
}

export interface Sentence {
  start: number
  end: number
  /** Token indices, end exclusive. */
  first: number
  last: number
}

export interface Analysis {
  text: string
  tokens: Token[]
  sentences: Sentence[]
}

/**
 * Past forms the tagger reads as nouns after a plural noun ("Israeli troops shot eight …"), and the
 * lemma it gives a verb it does not know ("waging" → "wag"): mended where the next word begins an object.
 */
const PAST_AS_NOUN: Record<string, string> = { shot: 'shoot', struck: 'strike', fought: 'fight', hit: 'hit', beat: 'beat' }
const LEMMAS: Record<string, string> = { waging: 'wage', waged: 'wage', wages: 'wage' }

function mend(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    const lemma = PAST_AS_NOUN[t.value.toLowerCase()]
    if (
      lemma &&
      prev &&
      next &&
      t.pos === 'NOUN' &&
      prev.pos === 'NOUN' &&
      /s$/.test(prev.value) &&
      /^(DET|NUM|PROPN|ADJ|PRON)$/.test(next.pos)
    ) {
      t.pos = 'VERB'
      t.lemma = lemma
    }
    t.lemma = LEMMAS[t.value.toLowerCase()] ?? t.lemma
  })
}

/**
 * "The U.S. Is to lend Sudan …", "the U.S. And Japan will hold talks": wire copy that capitalises the word
 * after an initialism, which the tagger takes for a new sentence. A sentence that ends on an initialism
 * runs on when the next opens with a word no sentence of news opens with: an auxiliary, "And" or "Or", or
 * a verb in "-s".
 */
function joinAfterInitialism(tokens: Token[], spans: Array<{ first: number; last: number }>) {
  const out: Array<{ first: number; last: number }> = []
  for (const s of spans) {
    const prev = out[out.length - 1]
    const end = tokens[s.first - 1]
    const open = tokens[s.first] as Token
    const runsOn =
      /^(AUX|CCONJ|VERB)$/.test(open.pos) &&
      (open.pos !== 'CCONJ' || /^(And|Or)$/.test(open.value)) &&
      (open.pos !== 'VERB' || /s$/.test(open.value))
    if (prev && prev.last === s.first && end && /^(?:\p{Lu}\.){2,}$/u.test(end.value) && runsOn) prev.last = s.last
    else out.push({ ...s })
  }
  return out
}

let nlp: WinkMethods | undefined
/** The model loads once per process (about a second); a worker pays it at its first draft. */
const engine = (): WinkMethods => {
  nlp ??= winkNLP(model)
  return nlp
}

export function analyse(text: string): Analysis {
  const wink = engine()
  const its = wink.its
  const doc = wink.readDoc(text)
  const values = doc.tokens().out() as string[]
  // The typings of `its.lemma` disagree with `out`, which takes it at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[]
  const pos = doc.tokens().out(its.pos) as string[]
  const tokens: Token[] = []
  let cursor = 0
  values.forEach((value, i) => {
    // The library keeps each token's characters; finding it from the cursor gives its offset. A token
    // it normalised beyond recognition gets an empty span at the cursor and so never enters a quote.
    const at = text.indexOf(value, cursor)
    /* c8 ignore next 2 -- wink keeps every token's characters; the fallback guards quotes should a version not */
    const start = at < 0 ? cursor : at
    const end = at < 0 ? cursor : at + value.length
    cursor = end
    tokens.push({ value, lemma: String(lemmas[i]).toLowerCase(), pos: pos[i] as string, start, end })
  })
  mend(tokens)
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>
  const sentences = joinAfterInitialism(
    tokens,
    spans.map(([first, lastIncl]) => ({ first, last: lastIncl + 1 })).filter((s) => s.last > s.first),
  ).map((s) => ({ ...s, start: (tokens[s.first] as Token).start, end: (tokens[s.last - 1] as Token).end }))
  return { text, tokens, sentences }
}
