// The fact-check of issue 12 read back through the API, by quote and never by id: each finding of
// docs/evidence-review.md, with what the article's words decide. The expected facts come from the
// text (seed/tekedia-putin-kim-pyongyang.txt), not from the seed file.
import t from 'tap'
import { normaliseText } from '../src/seed/normalise-text.js'
import { articleGraph, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

const get = async (url: string) => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}

/** The claims whose quote contains these words (folded as the seed check folds them). */
async function claimsQuoting(words: string): Promise<any[]> {
  const q = encodeURIComponent(words.slice(0, 60).toLowerCase())
  const items = (await get(`/claims?q=${q}&limit=100`)).items
  const found = items.filter((c: any) => normaliseText(c.quote).includes(normaliseText(words)))
  if (found.length === 0) throw new Error(`no claim quotes "${words}"`)
  return found
}

/** Every relation a claim quoting these words evidences. */
async function relationsQuoting(words: string): Promise<any[]> {
  const ids = [...new Set((await claimsQuoting(words)).flatMap((c) => c.relations as string[]))]
  return Promise.all(ids.map((id) => get(`/relations/${id}`)))
}

const ends = (r: any) => `${r.from} ${r.type} ${r.to}`
const allRelations: any[] = (await get('/relations?limit=200')).items

t.test('the wrong type: blocked US-led sanctions are no sanctions', async (t) => {
  const rels = await relationsQuoting('blocking US-led sanctions at the United Nations')
  const blocks = rels.filter((r) => r.type === 'blocks-sanctions-against')
  t.same(blocks.map(ends), ['chn blocks-sanctions-against prk'])
  t.equal(blocks[0].basis, 'stated')
  t.notOk(
    rels.some((r) => r.type === 'sanctions'),
    'no one sanctions on the strength of this sentence',
  )
  t.ok(
    rels.some((r) => ends(r) === 'chn supports kim-jong-un' && r.basis === 'stated'),
    '"provided political support for Kim’s nuclear ambitions"',
  )
  const us = rels.filter((r) => r.from === 'usa')
  t.ok(us.length >= 1)
  for (const r of us) {
    t.equal(r.type, 'pressures', 'the US seeks sanctions, it does not impose them')
    t.equal(r.basis, 'inferred', 'the target is a reading of "Kim’s nuclear ambitions"')
    t.ok(r.note.length > 20, 'the reading is written down')
  }
  t.notOk(
    allRelations.some((r) => r.type === 'sanctions' && r.from === 'usa'),
    'the article never says the US sanctions anyone',
  )
})

t.test('relations their quotes do not state', async (t) => {
  const tourism = await claimsQuoting('relies on foreign tourism and investment')
  const fromTourism = await relationsQuoting('relies on foreign tourism and investment')
  t.notOk(
    fromTourism.some((r) => r.type === 'depends-on'),
    'no dependency on a provider the sentence does not name',
  )
  t.notOk(
    allRelations.some((r) => r.type === 'depends-on' && r.from === 'chn' && ['usa', 'eu'].includes(r.to)),
    'China depends on neither the US nor the EU',
  )
  t.same(tourism[0].actors, ['chn'], 'the claim is about China alone')
  // "North Korea needs financial support": who needs, not who pays.
  const cash = await relationsQuoting('North Korea needs financial support')
  t.notOk(
    cash.some((r) => r.type === 'supplies'),
    'no Russian cash supply',
  )
  t.same(cash.filter((r) => r.type === 'depends-on').map(ends), ['prk depends-on rus'])
  // A possibility Beijing may stop and Lankov doubts is not a supply.
  for (const words of ['may force Russia to reconsider selling advanced technology', 'doubts Russia will provide North Korea']) {
    t.notOk(
      (await relationsQuoting(words).catch(() => [])).some((r: any) => r.type === 'supplies'),
      words,
    )
  }
  t.notOk(
    allRelations.some((r) => r.type === 'supplies' && r.from === 'rus' && r.to === 'prk' && r.commodity !== 'oil'),
    'Russia supplies North Korea only what the text says: "a portion of North Korea’s oil"',
  )
  const [ammo] = (await relationsQuoting('no guarantee that Pyongyang can continuously supply ammunition')).filter(
    (r) => r.type === 'supplies',
  )
  t.match(ammo, { from: 'prk', to: 'rus', commodity: 'ammunition', basis: 'inferred' }, 'a supply the sentence presupposes, read as such')
  const leaders = allRelations.filter((r) => r.type === 'leads')
  t.same(Object.fromEntries(leaders.map((r) => [r.from, r.basis])), {
    'vladimir-putin': 'background',
    'kim-jong-un': 'background',
    'xi-jinping': 'stated',
  })
  t.ok(
    (await claimsQuoting('Chinese President Xi Jinping'))[0].relations.includes(leaders.find((r) => r.from === 'xi-jinping').id),
    'Xi leads China on the words "Chinese President Xi Jinping"',
  )
})

t.test('attribution and hedges', async (t) => {
  const [signs] = await claimsQuoting('Signs indicate that Xi Jinping disapproves')
  t.match(signs, { assertedBy: 'author', hedge: 'apparent', confidence: 0.5 }, 'the author’s hedged reading, not unnamed reports')
  const disapproval = await relationsQuoting('Signs indicate that Xi Jinping disapproves')
  t.same(disapproval.map(ends).sort(), ['xi-jinping disapproves-of prk', 'xi-jinping disapproves-of rus'])
  // "the growing alliance between Russia and North Korea": the alliance is disapproved of, not each partner
  for (const r of disapproval) t.match(r, { basis: 'inferred', note: /alliance/ }, `${ends(r)}: a reading`)
  for (const r of await relationsQuoting('subtle disapproval of this burgeoning alliance'))
    t.match(r, { type: 'disapproves-of', from: 'chn', basis: 'inferred', note: /alliance/ }, `${ends(r)}: a reading`)
  const [lankov] = await claimsQuoting('suggesting it offers little benefit')
  t.equal(lankov.assertedBy, 'andrei-lankov')
  t.not(lankov.hedge, 'asserted', 'a suggestion is not an assertion')
  t.ok(lankov.confidence < 0.9)
  const [reports] = await claimsQuoting('Reports suggest that Beijing advised Putin')
  t.match(reports, { assertedBy: 'reports', hedge: 'reported' })
  const advice = (await relationsQuoting('Reports suggest that Beijing advised Putin')).map(ends)
  t.same(advice, ['chn advises-against vladimir-putin'], 'the advice went to Putin')
})

t.test('levels need words that say how much', async (t) => {
  // The words of degree the article uses, by level (docs/model.md).
  const degree = { critical: /desperately|indispensable|oil lamp/i, high: /relies heavily|crucial/i }
  const dependencies = allRelations.filter((r) => r.type === 'depends-on')
  for (const r of dependencies.filter((r) => r.dependency.level === 'critical' || r.dependency.level === 'high')) {
    const quotes = (await Promise.all(r.claims.map((id: string) => get(`/claims/${id}`)))).map((c: any) => c.quote)
    t.ok(
      quotes.some((q: string) => degree[r.dependency.level as 'critical' | 'high'].test(q)),
      `${ends(r)} ${r.dependency.kind} is ${r.dependency.level}: ${quotes.join(' / ')}`,
    )
  }
  const [cash] = (await relationsQuoting('North Korea needs financial support')).filter((r) => r.type === 'depends-on')
  t.equal(cash.dependency.level, 'moderate', '"needs", no word of degree')
  const [ammo] = (await relationsQuoting('Putin desperately needs ammunition')).filter((r) => r.type === 'depends-on')
  t.match(ammo, { from: 'rus', to: 'prk', dependency: { kind: 'ammunition', level: 'critical' } }, '"desperately needs"')
  const [cover] = (await relationsQuoting('blocking US-led sanctions at the United Nations')).filter((r) => r.type === 'depends-on')
  t.match(cover, { from: 'prk', to: 'chn', basis: 'inferred', dependency: { kind: 'diplomatic-cover', level: 'moderate' } })
})

t.test('evidence on the relation its quote states', async (t) => {
  const invasion = (await relationsQuoting('for Russia’s invasion of Ukraine')).filter((r) => r.type === 'invades')
  t.same(invasion.map(ends), ['rus invades ukr'], '"Russia’s invasion of Ukraine" evidences the invasion')
  t.match(invasion[0], { basis: 'stated', validFrom: '2022-02', dateBasis: 'background' }, 'its start is general knowledge, and says so')
  // A negation is no evidence of what it negates: the restraint stays a claim, and China's support
  // rests on the pressure "to reduce support for Moscow", which presupposes it.
  t.same(await relationsQuoting('refrained from providing substantial military aid to Russia'), [], 'the restraint evidences nothing')
  const support = (await relationsQuoting('to reduce support for Moscow')).filter((r) => r.type === 'supports')
  t.same(support.map(ends), ['chn supports rus'])
  t.match(support[0], { basis: 'inferred', note: /presupposes/ }, 'a support the sentence presupposes, read as such')
  t.match(support[0].note, /substantial military aid/, 'its limits said in the note')
  t.ok(
    (await relationsQuoting('primarily transactional')).some((r) => ends(r) === 'rus partners-with prk'),
    'the transactional partnership is the partnership',
  )
})

t.test('dates: stated or background, and only where the article or general knowledge fixes them', async (t) => {
  const dated = allRelations.filter((r) => r.validFrom !== null || r.validTo !== null)
  t.ok(dated.length >= 10)
  for (const r of dated) t.ok(r.dateBasis === 'stated' || r.dateBasis === 'background', `${r.id} says where its dates come from`)
  for (const r of allRelations.filter((r) => r.validFrom === null && r.validTo === null)) t.equal(r.dateBasis, null, r.id)
  t.same(
    allRelations.filter((r) => r.validFrom === '2022-02').map(ends),
    ['rus invades ukr'],
    'the invasion’s start dates the invasion, nothing else',
  )
  const [ammo] = (await relationsQuoting('Putin desperately needs ammunition')).filter((r) => r.type === 'depends-on')
  t.match(ammo, { validFrom: null, dateBasis: null, knownFrom: '2024-06' }, 'the article says "needs", now: known from its date')
  const [meeting] = (await relationsQuoting('During Kim’s diplomatic summits in 2018, he met Putin only once')).filter(
    (r) => r.to === 'vladimir-putin' || r.from === 'vladimir-putin',
  )
  t.match(meeting, { type: 'met', validFrom: '2018', validTo: '2018', dateBasis: 'stated' })
  const [sanctions] = (await relationsQuoting('he sanctioned Pyongyang')).filter((r) => r.type === 'sanctions')
  t.match(sanctions, { from: 'rus', to: 'prk', basis: 'stated', dateBasis: 'background' })
  t.ok(sanctions.validTo < '2024-06', 'in the past: "Historically … when Putin was on better terms with the West"')
})

t.test('asOf=2018 returns no relation known only from 2024', async (t) => {
  const graph = await get('/graph?asOf=2018&limitPerNode=100')
  const at2018 = graph.edges.map(ends).sort()
  // What the article (and the dated background) places in 2018: Kim's summits, and Russia's sanctions.
  t.same(at2018, [
    'kim-jong-un met donald-trump',
    'kim-jong-un met moon-jae-in',
    'kim-jong-un met vladimir-putin',
    'kim-jong-un met xi-jinping',
    'rus sanctions prk',
  ])
  for (const e of graph.edges) t.ok(e.knownFrom === null || e.knownFrom <= '2018', `${e.id} known from ${e.knownFrom}`)
  const trade = await get('/paths?from=prk&to=chn&maxHops=1&k=20&asOf=2018')
  t.same(trade.paths, [], '"at least 80% of its trade is with China" is said of 2024, not of 2018')
  const now = await get('/paths?from=prk&to=chn&maxHops=1&k=20&asOf=2024-06')
  t.ok(
    now.paths.some((p: any) => p.relations[0].dependency?.share === 0.8),
    'and holds as of the article',
  )
  const before = await get('/paths?from=prk&to=chn&maxHops=1&k=20&asOf=2024-05')
  t.same(before.paths, [], 'not before it')
})

t.test('what was missing: the 2000 visit, the weapons tests, the unused claims', async (t) => {
  const visits = (await relationsQuoting('first visit to Pyongyang since 2000')).filter((r) => r.type === 'visits')
  const y2000 = visits.find((r) => r.validFrom === '2000')
  t.match(y2000, { from: 'vladimir-putin', to: 'prk', validTo: '2000', dateBasis: 'stated', basis: 'stated' })
  const then = await get('/paths?from=Putin&to=Pyongyang&maxHops=1&asOf=2000')
  t.same(
    then.paths.map((p: any) => p.relations[0].type),
    ['visits'],
    'in 2000 Putin visits Pyongyang',
  )
  const tests = await relationsQuoting('North Korea’s weapons tests have led Japan and South Korea')
  const threats = tests.filter((r) => r.type === 'threatens')
  t.same(threats.map(ends).sort(), ['prk threatens jpn', 'prk threatens kor'])
  for (const r of threats) t.match(r, { basis: 'inferred', note: /threat/ })
  t.same(
    tests
      .filter((r) => r.type === 'defence-pact')
      .map((r) => [r.from, r.to].sort().join('+'))
      .sort(),
    ['jpn+kor', 'jpn+usa', 'kor+usa'],
  )
  t.ok(
    (await relationsQuoting('heightening Xi’s fears')).some((r) => ends(r) === 'usa alarms xi-jinping'),
    'US warships alarm Xi',
  )
  // A possibility Beijing may stop and Lankov doubts, in a clause that never names Russia: a claim only.
  const [concern] = await claimsQuoting('a significant concern for the US')
  t.same(concern.relations, [], 'the concern stays a claim, with its quote')
  t.notOk(
    allRelations.some((r) => r.type === 'alarms' && r.from === 'rus'),
    'Russia alarms no one on its strength',
  )
  const alarms = (await relationsQuoting('a declaration that alarms Seoul, Tokyo, Washington, and Brussels')).map(ends).sort()
  t.same(
    alarms,
    ['kim-jong-un alarms eu', 'kim-jong-un alarms jpn', 'kim-jong-un alarms kor', 'kim-jong-un alarms usa'],
    'Kim’s declaration',
  )
})

t.test('Thailand, Australia and the UN: the text states nothing relational about them', async (t) => {
  for (const name of ['Thailand', 'Australia', 'United Nations'])
    t.same((await get(`/actors?q=${encodeURIComponent(name)}`)).items, [], name)
  const visa = await claimsQuoting('visa-free travel for certain European countries as well as Thailand and Australia')
  t.same(visa[0].relations, [], 'the claim stays, with its quote')
})

t.test('every relation says its basis; every inferred one its reading', async (t) => {
  t.ok(allRelations.length >= 60)
  for (const r of allRelations) {
    t.ok(['stated', 'inferred', 'background'].includes(r.basis), r.id)
    if (r.basis === 'inferred') t.ok(typeof r.note === 'string' && r.note.length > 0, `${r.id} says its reading`)
  }
  const path = await get('/paths?from=Pyongyang&to=Tokyo&maxHops=1&k=10')
  for (const p of path.paths) for (const rel of p.relations) t.ok(rel.basis, 'hops carry their basis')
})

t.test('basis= on /paths, /graph, /influence and /influence/ranking', async (t) => {
  const toTokyo = async (basis?: string) =>
    (await get(`/paths?from=prk&to=jpn&maxHops=1&k=10${basis ? `&basis=${basis}` : ''}`)).paths.map((p: any) => p.relations[0].basis)
  t.same(await toTokyo(), ['inferred'], 'default: every basis, the threat read from the weapons tests included')
  t.same(await toTokyo('stated'), [], 'the article never says North Korea threatens Japan')
  t.same(await toTokyo('stated,inferred'), ['inferred'])
  const background = await get('/graph?basis=background')
  t.same(background.edges.map(ends).sort(), ['kim-jong-un leads prk', 'vladimir-putin leads rus'], 'what the article assumes')
  const stated = await get('/graph?basis=stated&limitPerNode=100')
  t.ok(stated.edges.length > 40 && stated.edges.every((e: any) => e.basis === 'stated'))

  // China over North Korea (dependency-chains 1.2), by hand. Strength = weight x confidence (asserted
  // .9) x basis weight (inferred .5); a chain of two hops x .5.
  //   stated: trade .8 x .9 = .72, lifeline .9 x .9 = .81; through Russia's cash dependency (.5 x .9 = .45)
  //     to its lifeline, energy and trade dependencies on China (.81, high .7 x .9 = .63, .63):
  //     .5 x .45 x .81 = .18225, .5 x .45 x .63 = .14175 twice. One channel: the chains through Russia
  //     cite "crucial for both nations" (with the trade) and "indispensable to both regimes" (with the
  //     lifeline), and share the cash dependency. Score .81, the lifeline.
  //   inferred, at half weight: the cover .5 x .9 x .5 = .225 (a claim no other chain cites: a channel of
  //     its own); Russia's components (.225) through the cash, and North Korea's oil from Russia (low .3 x
  //     .9 x .5 = .135) to each of Russia's four dependencies: chains that share the cash or the oil claim
  //     and so join the first channel, adding nothing.
  //   all: 1 - (1 - .81) x (1 - .225) = 1 - .19 x .775 = .85275
  const all = await get('/influence?from=chn&to=prk')
  const onlyStated = await get('/influence?from=chn&to=prk&basis=stated')
  t.same(all.model.parameters.basis, ['stated', 'inferred', 'background'])
  t.same(onlyStated.model.parameters.basis, ['stated'])
  t.match(onlyStated, { score: 0.81, chainCount: 5, channelCount: 1 }, 'stated: five chains, one channel')
  t.match(all, { score: 0.85275, chainCount: 11, channelCount: 2 }, 'all: eleven chains, two channels')
  // basis=inferred: the cover .225, and the oil (.135) through the components (.225), .5 x .135 x .225 =
  // .0151875, two channels: 1 - .775 x .9848125 = .2367703125
  const inferredOnly = await get('/influence?from=chn&to=prk&basis=inferred')
  t.ok(Math.abs(inferredOnly.score - 0.2367703125) < 1e-6, `basis=inferred: the cover and the oil (${inferredOnly.score})`)
  for (const p of inferredOnly.paths) for (const r of p.relations) t.equal(r.basis, 'inferred')

  const ranking = await get('/influence/ranking?basis=stated&limit=3')
  t.same(ranking.model.parameters.basis, ['stated'])
  t.equal(ranking.items[0].actor.id, 'chn', 'China first on what the article states')
  // basis=inferred: China over North Korea .2367703125 and over Russia (the components) .225, over 15
  // others = .030784687...; Russia over North Korea (the oil) .135 / 15 = .009; nobody else.
  const inferredRanking = await get('/influence/ranking?basis=inferred&limit=3')
  t.same(
    inferredRanking.items.map((i: any) => [i.actor.id, i.score]),
    [
      ['chn', 0.030785],
      ['rus', 0.009],
      [inferredRanking.items[2].actor.id, 0],
    ],
    'the inferred dependencies: on China, and North Korea’s oil from Russia',
  )
  t.same((await get('/influence/ranking?basis=inferred,stated&limit=1')).model.parameters.basis, ['inferred', 'stated'])

  for (const url of [
    '/paths?from=prk&to=jpn&basis=hearsay',
    '/influence?from=chn&to=prk&basis=',
    '/influence/ranking?basis=stated,rumour',
    '/graph?basis=x',
  ]) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.ok(
      res.json()['invalid-params'].some((p: any) => /^basis(\[\d+\])?$/.test(p.name)),
      `${url} names basis (or the item of it)`,
    )
  }
})

t.test('basis names at most three bases, as maxItems says in the contract: a fourth is refused, even a repeat', async (t) => {
  // What Schemathesis sent (issue 26): a list longer than maxItems 3, accepted because repeats were merged first.
  for (const url of [
    '/influence/ranking?basis=stated&basis=stated&basis=inferred&basis=background',
    '/influence/ranking?basis=stated,stated,stated,stated',
    '/influence?from=chn&to=prk&basis=stated,inferred,background,stated',
    '/paths?from=prk&to=jpn&basis=inferred&basis=inferred&basis=inferred&basis=inferred',
    '/graph?basis=background,background,background,background',
  ]) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.json()['invalid-params'], [{ name: 'basis', in: 'query', reason: 'name at most 3 bases' }], url)
  }
  // Within the bound a repeat counts once, and the answer is the one without it.
  const repeated = await get('/influence/ranking?basis=stated,stated&limit=3')
  t.same(repeated.model.parameters.basis, ['stated'])
  t.same(repeated.items, (await get('/influence/ranking?basis=stated&limit=3')).items)
})

t.test('exports carry the basis of every edge and date', async (t) => {
  const csv = (await app.inject('/graph?format=csv&table=edges&limitPerNode=100')).body
  const header = csv.split('\r\n')[0].split(',')
  for (const column of ['basis', 'note', 'dateBasis', 'knownFrom']) t.ok(header.includes(column), `CSV column ${column}`)
  const graphml = (await app.inject('/graph?format=graphml')).body
  t.match(graphml, /attr\.name="basis"/)
  t.match(graphml, /attr\.name="dateBasis"/)
  const gexf = (await app.inject('/graph?format=gexf')).body
  t.match(gexf, /title="basis"/)
  t.match(gexf, /title="knownFrom"/)
})
