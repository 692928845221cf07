// What the seed checker (src/seed/validate-seed.ts and the seed schema) would refuse, found in the page
// before publishing, next to the item it concerns: a quote not verbatim in the text or not at its
// offsets, an unknown actor, a relation without evidence, an inferred relation without a note, a
// depends-on without a dependency, a relation joining an actor to itself, the same relation twice.
import { normaliseText } from '../../../src/seed/normalise-text.js'
import type { Built } from './document.js'
import type { ReviewState } from './model.js'

const SYMMETRIC = new Set(['met', 'trades-with', 'partners-with', 'defence-pact', 'cooperates-with', 'agrees-with'])
const ANONYMOUS = new Set(['author', 'reports'])

/** Findings by item id (relation, claim or actor id). */
export function findings(s: ReviewState, built: Built): Map<string, string[]> {
  const { doc } = built
  const out = new Map<string, string[]>()
  const add = (id: string, message: string) => out.set(id, [...(out.get(id) ?? []), message])
  const text = doc.source.text
  const folded = normaliseText(text)
  const known = (id: string) => doc.actors.some((a) => a.id === id) || id in s.graphActors
  const claimIds = new Set(doc.claims.map((c) => c.id))
  for (const c of doc.claims) {
    if (!folded.includes(normaliseText(c.quote))) add(c.id, 'the quote does not occur verbatim in the text')
    if (c.at && text.slice(c.at.start, c.at.end) !== c.quote) add(c.id, 'the text at these offsets is not the quote')
    if (c.statement.length > 500) add(c.id, 'the statement is longer than 500 characters')
    if (c.quote.length > 1000) add(c.id, 'the quote is longer than 1,000 characters')
    if (!ANONYMOUS.has(c.assertedBy) && !known(c.assertedBy)) add(c.id, `unknown actor "${c.assertedBy}" (asserted by)`)
    for (const id of c.about) if (!known(id)) add(c.id, `unknown actor "${id}"`)
  }
  const keys = new Map<string, string>()
  for (const r of doc.relations) {
    for (const end of [r.from, r.to]) if (!known(end)) add(r.id, `unknown actor "${end}"`)
    if (r.from === r.to) add(r.id, 'a relation joins two different actors')
    if (r.claims.length === 0 || r.claims.some((c) => !claimIds.has(c))) add(r.id, 'no relation without evidence: its quote is not sent')
    if (r.basis === 'inferred' && !r.note?.trim()) add(r.id, 'an inferred relation needs a note saying the reading')
    if ((r.type === 'depends-on') !== (r.dependency !== undefined))
      add(r.id, 'a depends-on relation needs a dependency (kind and level), and only depends-on has one')
    const ends = SYMMETRIC.has(r.type) ? [r.from, r.to].sort() : [r.from, r.to]
    const key = [r.type, ...ends, r.dependency?.kind ?? r.commodity ?? '', r.validFrom ?? ''].join('|')
    const first = keys.get(key)
    if (first) add(r.id, `states the same relation as ${first}; reject one of them`)
    else keys.set(key, r.id)
  }
  return out
}
