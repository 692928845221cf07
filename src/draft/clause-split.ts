// Splits a sentence into clauses (clauses.ts reads each): at ";" and ":", at an opening subordinate
// clause's comma, and at ", and|but|while" when a verb follows.
import type { Token } from './nlp.js'

export interface Clause {
  first: number
  last: number
  start: number
  end: number
}

/** Splits a sentence at ";", ":" and at ", and|but|while" when a verb follows. */
export function clausesOf(tokens: Token[], first: number, last: number): Clause[] {
  const cuts: number[] = [first]
  // "If Iran attacks Iraq, Syria will …", "When Putin was on better terms with the West, he …": an opening
  // subordinate clause ends at its first comma. A sentence has a first token (nlp.ts keeps no empty one).
  let opening = /^(if|unless|when|whenever|although|though|while|because|once|after|before|since|as)$/i.test((tokens[first] as Token).value)
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]
    const isCut =
      (opening && t.value === ',') ||
      t.value === ';' ||
      t.value === ':' ||
      (t.value === ',' && next !== undefined && /^(and|but|while|whereas|yet|as)$/i.test(next.value) && hasVerb(tokens, i + 2, last))
    if (isCut && i + 1 < last) cuts.push(i + 1)
    if (t.value === ',') opening = false
  }
  cuts.push(last)
  const out: Clause[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    let a = cuts[k] as number
    let b = cuts[k + 1] as number
    while (a < b && /^([,;:]|and|but|while|whereas|yet|as|\s*)$/i.test((tokens[a] as Token).value)) a++
    while (b > a && /^[.,;:!?]$/.test((tokens[b - 1] as Token).value)) b--
    if (b > a) out.push({ first: a, last: b, start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end })
  }
  return out
}

function hasVerb(tokens: Token[], from: number, last: number): boolean {
  for (let i = from; i < last && tokens[i]?.value !== ','; i++) if (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX') return true
  return false
}
