// `npm run eval:draft`: drafts every seed/*.txt and the held-out set (eval/held-out/held-out.json) and
// compares each with its gold: the hand-made seed beside the text, or the held-out labels. Prints a
// table per set and writes eval/results.json. The held-out set was written before the extractor was
// tuned and is never tuned on.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SYMMETRIC_TYPES, type RelationType } from '../src/model/vocabulary.js'
import type { Draft } from '../src/draft/extractor.js'
import { RuleExtractor } from '../src/draft/rule-extractor.js'
import { evalPlover } from './eval-plover.js'

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

interface GoldRelation {
  from: string
  to: string
  type: RelationType
  hedge?: string
}
interface GoldClaim {
  start: number
  end: number
  hedge: string
}
interface Gold {
  name: string
  text: string
  publishedAt?: string
  actors: string[]
  relations: GoldRelation[]
  /** Statements the text denies: never a relation. */
  notAsserted: GoldRelation[]
  claims: GoldClaim[]
}

const key = (r: { from: string; to: string; type: string }) =>
  SYMMETRIC_TYPES.includes(r.type as RelationType) && r.to < r.from ? `${r.to}|${r.type}|${r.from}` : `${r.from}|${r.type}|${r.to}`

interface Counts {
  texts: number
  actorTp: number
  actorGold: number
  actorDrafted: number
  relTp: number
  relGold: number
  relDrafted: number
  hedgeMatched: number
  hedgeRight: number
  claimGold: number
  negatedOrDoubtedAsAsserted: number
}

function score(gold: Gold, draft: Draft, counts: Counts) {
  const s = draft.seed
  const drafted = new Set(s.actors.map((a) => a.id))
  counts.texts++
  counts.actorGold += gold.actors.length
  counts.actorDrafted += drafted.size
  counts.actorTp += gold.actors.filter((a) => drafted.has(a)).length
  const hedgeOfClaim = new Map(s.claims.map((c) => [c.id, c.hedge]))
  const relHedge = new Map<string, string>()
  const order = ['asserted', 'likely', 'reported', 'apparent', 'speculative', 'doubted', 'denied']
  for (const r of s.relations) {
    // A relation is as strong as its strongest claim (docs/model.md).
    const h = r.claims.map((c) => hedgeOfClaim.get(c) as string).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] as string
    relHedge.set(key(r), h)
  }
  const goldKeys = new Set(gold.relations.map(key))
  counts.relGold += goldKeys.size
  counts.relDrafted += relHedge.size
  counts.relTp += [...relHedge.keys()].filter((k) => goldKeys.has(k)).length
  const denied = new Set(gold.notAsserted.map(key))
  const doubted = new Set(gold.relations.filter((r) => r.hedge === 'doubted' || r.hedge === 'denied').map(key))
  for (const [k, h] of relHedge) if (denied.has(k) || (doubted.has(k) && h === 'asserted')) counts.negatedOrDoubtedAsAsserted++
  // Claims: a drafted claim overlapping a gold one is its draft; its hedge must match.
  counts.claimGold += gold.claims.length
  for (const g of gold.claims) {
    // The drafted claim covering most of the gold one, if it covers at least half of it.
    const cover = (c: (typeof s.claims)[number]) => (c.at ? Math.min(c.at.end, g.end) - Math.max(c.at.start, g.start) : 0)
    const mine = [...s.claims].sort((a, b) => cover(b) - cover(a)).find((c) => cover(c) * 2 >= g.end - g.start)
    if (!mine) continue
    counts.hedgeMatched++
    if (mine.hedge === g.hedge) counts.hedgeRight++
    // A drafted relation resting only on a claim the gold calls doubted or denied, drafted as asserted.
    if ((g.hedge === 'denied' || g.hedge === 'doubted') && mine.hedge === 'asserted') {
      counts.negatedOrDoubtedAsAsserted += s.relations.filter((r) => r.claims.includes(mine.id)).length
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000)

function summary(c: Counts) {
  return {
    texts: c.texts,
    actorRecall: ratio(c.actorTp, c.actorGold),
    actorPrecision: ratio(c.actorTp, c.actorDrafted),
    relationRecall: ratio(c.relTp, c.relGold),
    relationPrecision: ratio(c.relTp, c.relDrafted),
    hedgeAccuracy: ratio(c.hedgeRight, c.hedgeMatched),
    claimCoverage: ratio(c.hedgeMatched, c.claimGold),
    negatedOrDoubtedAsAsserted: c.negatedOrDoubtedAsAsserted,
    counts: c,
  }
}

const empty = (): Counts => ({
  texts: 0,
  actorTp: 0,
  actorGold: 0,
  actorDrafted: 0,
  relTp: 0,
  relGold: 0,
  relDrafted: 0,
  hedgeMatched: 0,
  hedgeRight: 0,
  claimGold: 0,
  negatedOrDoubtedAsAsserted: 0,
})

async function articleGolds(): Promise<Gold[]> {
  const dir = path.join(ROOT, 'seed')
  const out: Gold[] = []
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.txt')).sort()) {
    const json = path.join(dir, f.replace(/\.txt$/, '.json'))
    const seed = JSON.parse(await readFile(json, 'utf8').catch(() => 'null'))
    if (!seed || seed.source?.textFile !== f) continue
    const text = await readFile(path.join(dir, f), 'utf8')
    out.push({
      name: f,
      text,
      publishedAt: seed.source.publishedAt,
      actors: seed.actors.map((a: { id: string }) => a.id),
      relations: seed.relations.filter((r: { basis?: string }) => r.basis !== 'background'),
      notAsserted: [],
      claims: seed.claims.flatMap((c: { quote: string; hedge: string }) => {
        const at = text.indexOf(c.quote)
        return at < 0 ? [] : [{ start: at, end: at + c.quote.length, hedge: c.hedge }]
      }),
    })
  }
  return out
}

async function heldOut(): Promise<Gold[]> {
  const items = JSON.parse(await readFile(path.join(ROOT, 'eval/held-out/held-out.json'), 'utf8'))
  return items.map(
    (x: {
      id: string
      text: string
      publishedAt?: string
      actors: string[]
      relations: GoldRelation[]
      notAsserted: GoldRelation[]
      claims: Array<{ span: string; hedge: string }>
    }) => ({
      name: x.id,
      text: x.text,
      publishedAt: x.publishedAt,
      actors: x.actors,
      relations: x.relations,
      notAsserted: x.notAsserted,
      claims: x.claims.map((c) => ({ start: x.text.indexOf(c.span), end: x.text.indexOf(c.span) + c.span.length, hedge: c.hedge })),
    }),
  )
}

const extractor = new RuleExtractor()
const results: Record<string, ReturnType<typeof summary>> = {}
const verbose = process.argv.includes('--verbose')
for (const [set, golds] of [
  ['article', await articleGolds()],
  ['held-out', await heldOut()],
] as const) {
  const counts = empty()
  for (const g of golds) {
    const draft = await extractor.draft({ text: g.text, ...(g.publishedAt ? { publishedAt: g.publishedAt } : {}) })
    score(g, draft, counts)
    if (verbose && (set === 'article' || process.argv.includes('--held-out'))) {
      const goldKeys = new Set(g.relations.map(key))
      const mine = new Set(draft.seed.relations.map(key))
      console.log(`## ${g.name}`)
      console.log('  actors missed:', g.actors.filter((a) => !draft.seed.actors.some((x) => x.id === a)).join(' '))
      console.log(
        '  actors extra :',
        draft.seed.actors
          .filter((x) => !g.actors.includes(x.id))
          .map((x) => x.id)
          .join(' '),
      )
      for (const k of mine) console.log(goldKeys.has(k) ? '  ok   ' : '  extra', k)
      for (const k of goldKeys) if (!mine.has(k)) console.log('  miss ', k)
      for (const c of draft.seed.claims) console.log('  claim', c.hedge, c.assertedBy, '|', c.quote)
    }
  }
  results[set] = summary(counts)
}

const rows = [
  'actorRecall',
  'actorPrecision',
  'relationRecall',
  'relationPrecision',
  'hedgeAccuracy',
  'claimCoverage',
  'negatedOrDoubtedAsAsserted',
] as const
console.log('| metric | article | held-out |\n| --- | --- | --- |')
for (const r of rows) console.log(`| ${r} | ${results.article?.[r]} | ${results['held-out']?.[r]} |`)
console.log(`| texts | ${results.article?.texts} | ${results['held-out']?.texts} |`)
const plover = await evalPlover(ROOT, extractor, verbose && process.argv.includes('--plover'))
console.log('\nPLOVER gold records coding two states (eval/plover/):\n')
console.log('| metric | tuning half | held-out half | all |\n| --- | --- | --- | --- |')
for (const r of ['pairLinked', 'codedDirection', 'ploverTypeRightOfLinked', 'stateRecall', 'records'] as const)
  console.log(`| ${r} | ${plover.tuning[r]} | ${plover.heldOut[r]} | ${plover.all[r]} |`)
await writeFile(path.join(ROOT, 'eval/results.json'), `${JSON.stringify({ extractor: extractor.name, ...results, plover }, null, 2)}\n`)
