// The PLOVER gold standard records that code two states (eval/plover/README.md): drafts each record's
// sentence and scores whether the draft links the coded states, in the coded direction, with the coded
// PLOVER type. Records with an odd id are the tuning half, even ones the held-out half.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { countryByIso3 } from '../src/model/countries.js'
import { PLOVER_RENAMED, type PloverType, ploverOf, type RelationType, SYMMETRIC_TYPES } from '../src/model/vocabulary.js'
import type { Extractor } from '../src/draft/extractor.js'
import { ratio } from './eval-score.js'

interface GsrActor {
  actorText: string
  code: string
}
interface GsrRecord {
  id: string
  event: string
  text?: string
  source?: GsrActor[] | string
  target?: GsrActor[] | string
}

export interface PloverCounts {
  records: number
  linked: number
  directed: number
  typeRight: number
  statesGold: number
  statesFound: number
}

const states = (x: GsrRecord['source']) =>
  Array.isArray(x) ? [...new Set(x.map((a) => a.code).filter((c) => countryByIso3(c) !== undefined))].map((c) => c.toLowerCase()) : []

export const ploverOfEvent = (event: string): PloverType => (PLOVER_RENAMED[event] ?? event) as PloverType

export function ploverSummary(c: PloverCounts) {
  return {
    records: c.records,
    pairLinked: ratio(c.linked, c.records),
    codedDirection: ratio(c.directed, c.records),
    ploverTypeRightOfLinked: ratio(c.typeRight, c.linked),
    stateRecall: ratio(c.statesFound, c.statesGold),
    counts: c,
  }
}

const zero = (): PloverCounts => ({ records: 0, linked: 0, directed: 0, typeRight: 0, statesGold: 0, statesFound: 0 })

/**
 * Drafts each coded record's sentence and adds it to the counts of its group (`groupOf`) and of `all`;
 * `show` says whether to print the record's line (the verbose listing).
 */
async function scoreRecords<G extends string>(
  records: GsrRecord[],
  extractor: Extractor,
  groups: readonly G[],
  groupOf: (r: GsrRecord) => G,
  show: (r: GsrRecord) => boolean,
): Promise<Record<G | 'all', PloverCounts>> {
  const out = Object.fromEntries([...groups, 'all'].map((g) => [g, zero()])) as Record<G | 'all', PloverCounts>
  for (const r of records) {
    const S = states(r.source)
    const T = states(r.target)
    const compound = T.length === 0
    const pairs: Array<[string, string]> = compound
      ? S.flatMap((a) => S.filter((b) => b !== a).map((b): [string, string] => [a, b]))
      : S.flatMap((a) => T.filter((b) => b !== a).map((b): [string, string] => [a, b]))
    const draft = await extractor.draft({ text: r.text as string })
    // PLOVER codes an actor by its country ("Rwandan rebels": RWA); a draft's group holds a role in its
    // state, so an end stands for the actor itself and the states it holds a role in.
    const countries = new Map(draft.seed.actors.map((a) => [a.id, [a.id, ...a.roles.map((r) => r.of)]]))
    // Every end of a relation is an actor of the draft (rule-extractor.ts adds them all).
    const rels = draft.seed.relations.map((x) => ({
      ...x,
      froms: countries.get(x.from) as string[],
      tos: countries.get(x.to) as string[],
    }))
    const runs = (x: (typeof rels)[number], a: string, b: string) => x.froms.includes(a) && x.tos.includes(b)
    const linkedRels = rels.filter((x) => pairs.some(([a, b]) => runs(x, a, b) || runs(x, b, a)))
    const linked = linkedRels.length > 0
    const directed = linkedRels.some(
      (x) => compound || SYMMETRIC_TYPES.includes(x.type as RelationType) || pairs.some(([a, b]) => runs(x, a, b)),
    )
    const want = ploverOfEvent(r.event)
    const typeRight = linkedRels.some((x) => ploverOf(x.type as RelationType) === want)
    const gold = [...new Set([...S, ...T])]
    const found = gold.filter((g) => draft.seed.actors.some((a) => a.id === g)).length
    for (const c of new Set([out[groupOf(r)], out.all])) {
      c.records++
      c.linked += linked ? 1 : 0
      c.directed += directed ? 1 : 0
      c.typeRight += typeRight ? 1 : 0
      c.statesGold += gold.length
      c.statesFound += found
    }
    if (show(r)) {
      const mark = typeRight ? 'TYPE' : directed ? 'DIR ' : linked ? 'LINK' : '----'
      console.log(
        `${mark} ${r.id} ${want} ${pairs.map((p) => p.join('>')).join(',')} | ${rels.map((x) => `${x.from} ${x.type} ${x.to}`).join('; ')}`,
      )
      console.log(`     ${r.text}`)
    }
  }
  return out
}

const readRecords = async (root: string, file: string) =>
  (JSON.parse(await readFile(path.join(root, file), 'utf8')) as GsrRecord[]).filter((r) => r.text)

/** The PLOVER records: odd ids (the tuning half) and even ids (the half read at the fourth round). */
export async function evalPlover(root: string, extractor: Extractor, verbose: boolean) {
  const half = (r: GsrRecord) => (Number(r.id.slice(-4)) % 2 === 1 ? 'tuning' : 'heldOut')
  const records = await readRecords(root, 'eval/plover/gsr-two-states.json')
  const c = await scoreRecords(records, extractor, ['tuning', 'heldOut'], half, (r) => verbose && half(r) === 'tuning')
  return { tuning: ploverSummary(c.tuning), heldOut: ploverSummary(c.heldOut), all: ploverSummary(c.all) }
}

/**
 * Two batches of news coded by hand before any draft of them: the first, whose failures were read to
 * write rules, and the second, which judges those rules unseen.
 */
async function evalBatches(root: string, extractor: Extractor, files: readonly [string, string], verbose: boolean) {
  const first = await readRecords(root, files[0])
  const second = await readRecords(root, files[1])
  const batch = (r: GsrRecord) => (first.includes(r) ? 'first' : 'second')
  const c = await scoreRecords([...first, ...second], extractor, ['first', 'second'], batch, () => verbose)
  return { first: ploverSummary(c.first), second: ploverSummary(c.second) }
}

/** The Lee corpus records (eval/lee/README.md). */
export const evalLee = (root: string, extractor: Extractor, verbose: boolean) =>
  evalBatches(root, extractor, ['eval/lee/lee-records.json', 'eval/lee/lee-records-2.json'], verbose)

/** The Reuters-21578 records (eval/reuters/README.md). */
export const evalReuters = (root: string, extractor: Extractor, verbose: boolean) =>
  evalBatches(root, extractor, ['eval/reuters/reuters-records.json', 'eval/reuters/reuters-records-2.json'], verbose)
