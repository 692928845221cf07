// GET /influence and GET /influence/ranking against an independent brute force: every simple chain of
// depends-on relations enumerated depth-first in the test (test/helpers/random-graph.ts), on a
// hand-built graph worked out below and on seeded random graphs, loaded into the real Neo4j.
import t, { type Test } from 'tap'
import { testApp, wipe } from './helpers/graph.js'
import {
  chainStrength,
  close,
  closeLists,
  getJson,
  handGraph,
  influenceOf,
  loadGraph,
  modelOf,
  pathProblems,
  qs,
  randomGraph,
  removeSeedDirs,
  Rng,
  unionGraph,
  type Filter,
  type Model,
} from './helpers/random-graph.js'

const app = await testApp()
t.teardown(async () => {
  removeSeedDirs()
  await app.close()
})
await wipe(app)

interface InfluenceQ {
  from: string
  to: string
  maxHops?: number
  decay?: number
  minConfidence?: number
  k?: number
  asOf?: string
}

/** How many checked queries had chains that share evidence (fewer channels than chains). */
let sharedEvidence = 0

const rounded6 = (x: number) => Math.abs(x * 1e6 - Math.round(x * 1e6)) < 1e-6

/**
 * Asks /influence and checks it against the brute force: score, reverseScore, asymmetry (6 decimals),
 * chainCount, the parameters echoed, and the top-k chains (valid, distinct, strengths descending and
 * equal to the brute force's top k). Returns the body.
 */
async function checkInfluence(t: Test, m: Model, q: InfluenceQ) {
  const url = `/influence?${qs({ ...q })}`
  const res = await getJson(app, url)
  t.equal(res.status, 200, `${url}: 200`)
  const o = { maxHops: q.maxHops ?? 3, decay: q.decay ?? 0.5, minConfidence: q.minConfidence ?? 0, asOf: q.asOf }
  const k = q.k ?? 5
  const fwd = influenceOf(m, q.from, q.to, o)
  const rev = influenceOf(m, q.to, q.from, o)
  if (fwd.channels.length < fwd.chains.length) sharedEvidence++
  const b = res.body
  const numbers = {
    score: b.score,
    reverseScore: b.reverseScore,
    asymmetry: b.asymmetry,
    chainCount: b.chainCount,
    channelCount: b.channelCount,
  }
  const wanted = {
    score: fwd.score,
    reverseScore: rev.score,
    asymmetry: fwd.score - rev.score,
    chainCount: fwd.chains.length,
    channelCount: fwd.channels.length,
  }
  t.ok(
    close(b.score, wanted.score, 1e-6) &&
      close(b.reverseScore, wanted.reverseScore, 1e-6) &&
      close(b.asymmetry, wanted.asymmetry, 2e-6) &&
      b.chainCount === wanted.chainCount &&
      b.channelCount === wanted.channelCount,
    `${url}: score, reverseScore, asymmetry, chainCount, channelCount`,
    { found: numbers, wanted },
  )
  t.ok(rounded6(b.score) && rounded6(b.reverseScore) && rounded6(b.asymmetry), `${url}: rounded to 6 decimals`, { found: numbers })
  t.same(
    b.model.parameters,
    { ...o, asOf: q.asOf ?? null, knownAt: null, basis: ['stated', 'inferred', 'background'] },
    `${url}: parameters echoed`,
  )
  t.same([b.from, b.to], [q.from, q.to])
  const f: Filter = { types: ['depends-on'], direction: 'outgoing', minConfidence: o.minConfidence, asOf: o.asOf }
  const problems: string[] = []
  const keys = new Set<string>()
  for (const p of b.paths) {
    // a chain runs from the dependent (to) to the provider (from), every hop along its relation
    const { problems: ps, key } = pathProblems(m, p, q.to, q.from, o.maxHops, f, (c) => chainStrength(c, o.decay))
    problems.push(...ps)
    if (!p.relations.every((r: any) => r.forward === true)) problems.push(`a hop against its relation: ${key}`)
    if (keys.has(key)) problems.push(`duplicate chain ${key}`)
    keys.add(key)
  }
  t.same(problems, [], `${url}: every chain is a valid simple depends-on chain with its evidence`)
  const want = [...fwd.strengths].sort((a, c) => c - a).slice(0, k)
  const got = b.paths.map((p: any) => p.score)
  t.ok(closeLists(got, want, 1e-9), `${url}: the ${k} strongest chains, strongest first`, { found: got, wanted: want })
  return b
}

/** The ranking against the brute force: mean influence over the others with the default parameters. */
async function checkRanking(t: Test, m: Model) {
  const res = await getJson(app, '/influence/ranking?limit=200')
  t.equal(res.status, 200, 'ranking: 200')
  const ids = [...m.actors.keys()]
  const expected = new Map(
    ids.map((a) => {
      const scores = ids.filter((x) => x !== a).map((x) => influenceOf(m, a, x, { maxHops: 3, decay: 0.5, minConfidence: 0 }).score)
      return [a, { score: scores.reduce((s, x) => s + x, 0) / (ids.length - 1), reach: scores.filter((s) => s > 0).length }]
    }),
  )
  const items: any[] = res.body.items
  const problems: string[] = []
  if (items.length !== ids.length) problems.push(`${items.length} items for ${ids.length} actors`)
  if (new Set(items.map((i) => i.actor.id)).size !== items.length) problems.push('an actor twice')
  items.forEach((item, i) => {
    const e = expected.get(item.actor.id)
    const a = m.actors.get(item.actor.id)
    if (!e || !a) {
      problems.push(`unknown actor ${item.actor.id}`)
      return
    }
    if (item.actor.name !== a.name || item.actor.kind !== a.kind) problems.push(`actor ${JSON.stringify(item.actor)}`)
    if (!close(item.score, e.score, 1e-6)) problems.push(`${item.actor.id}: score ${item.score}, expected ${e.score}`)
    if (item.reach !== e.reach) problems.push(`${item.actor.id}: reach ${item.reach}, expected ${e.reach}`)
    if (item.rank !== i + 1) problems.push(`${item.actor.id}: rank ${item.rank} at position ${i + 1}`)
    if (i > 0) {
      const prev = expected.get(items[i - 1].actor.id)
      if (!prev) {
        problems.push(`unknown actor ${items[i - 1].actor.id}`)
        return
      }
      if (prev.score < e.score - 1e-12) problems.push(`${items[i - 1].actor.id} (${prev.score}) before ${item.actor.id} (${e.score})`)
      // equal scores: by id; only asserted for exact ties (zero), not for sums equal up to rounding noise
      if (prev.score === 0 && e.score === 0 && items[i - 1].actor.id > item.actor.id)
        problems.push(`zero scores out of id order at ${item.actor.id}`)
    }
  })
  t.same(problems, [], 'ranking: every actor with its score, reach and rank, ordered by score then id')
  t.same(
    res.body.model.parameters,
    { maxHops: 3, decay: 0.5, minConfidence: 0, asOf: null, knownAt: null, basis: ['stated', 'inferred', 'background'] },
    'ranking: default parameters',
  )
  return { items, expected }
}

// ---------------------------------------------------------------------------------------------------
// A hand-built graph. Relation strength = weight x confidence. Every relation cites claims of its own
// (handGraph), so two chains share evidence exactly when they share a relation (model 1.2).
//   d1 taurus -depends-on-> falcon  share .8 (lower), asserted .9, from 2020   .72
//   d2 taurus -depends-on-> falcon  low (.3), reported .6                      .18   (parallel to d1)
//   d3 taurus -depends-on-> xenon   high (.7), asserted .9, until 2019         .63
//   d4 xenon  -depends-on-> falcon  critical (.9), likely .7                   .63
//   d5 taurus -depends-on-> yarrow  share .5 (exact), asserted .9              .45
//   d6 yarrow -depends-on-> xenon   moderate (.5), asserted .9                 .45
//   d7 falcon -depends-on-> taurus  moderate (.5), doubted .25                 .125
//   d8 xenon  -depends-on-> taurus  high but weight .4 given, asserted .9      .36
//   s1 taurus -supplies-> falcon, s2 walrus -supplies-> taurus, s3 walrus -partners-with-> falcon:
//      not depends-on, so they count for nothing; zinnia has no relation at all.
const hand = handGraph(
  'hand-influence',
  [
    ['taurus', 'Taurus Republic'],
    ['falcon', 'Falcon Empire'],
    ['xenon', 'Xenon Union'],
    ['yarrow', 'Yarrow Federation'],
    ['walrus', 'Walrus Kingdom'],
    ['zinnia', 'Zinnia Isles'],
  ],
  [
    {
      id: 'd1',
      type: 'depends-on',
      from: 'taurus',
      to: 'falcon',
      hedges: ['asserted'],
      dependency: { kind: 'trade', share: 0.8, bound: 'lower' },
      validFrom: '2020',
    },
    { id: 'd2', type: 'depends-on', from: 'taurus', to: 'falcon', hedges: ['reported'], dependency: { kind: 'oil', level: 'low' } },
    {
      id: 'd3',
      type: 'depends-on',
      from: 'taurus',
      to: 'xenon',
      hedges: ['asserted'],
      dependency: { kind: 'cash', level: 'high' },
      validTo: '2019',
    },
    {
      id: 'd4',
      type: 'depends-on',
      from: 'xenon',
      to: 'falcon',
      hedges: ['likely'],
      dependency: { kind: 'components', level: 'critical' },
    },
    {
      id: 'd5',
      type: 'depends-on',
      from: 'taurus',
      to: 'yarrow',
      hedges: ['asserted'],
      dependency: { kind: 'trade', share: 0.5, bound: 'exact' },
    },
    {
      id: 'd6',
      type: 'depends-on',
      from: 'yarrow',
      to: 'xenon',
      hedges: ['asserted'],
      dependency: { kind: 'ammunition', level: 'moderate' },
    },
    {
      id: 'd7',
      type: 'depends-on',
      from: 'falcon',
      to: 'taurus',
      hedges: ['doubted'],
      dependency: { kind: 'diplomatic-cover', level: 'moderate' },
    },
    {
      id: 'd8',
      type: 'depends-on',
      from: 'xenon',
      to: 'taurus',
      hedges: ['asserted'],
      dependency: { kind: 'oil', level: 'high' },
      weight: 0.4,
    },
    { id: 's1', type: 'supplies', from: 'taurus', to: 'falcon', hedges: ['asserted'] },
    { id: 's2', type: 'supplies', from: 'walrus', to: 'taurus', hedges: ['asserted'] },
    { id: 's3', type: 'partners-with', from: 'walrus', to: 'falcon', hedges: ['asserted'] },
  ],
)

/** The hand-computed numbers of a response. */
function expect(t: Test, b: any, want: { score: number; reverseScore: number; chainCount: number; paths: number[] }, msg: string) {
  const found = {
    score: b.score,
    reverseScore: b.reverseScore,
    asymmetry: b.asymmetry,
    chainCount: b.chainCount,
    paths: b.paths.map((p: any) => p.score),
  }
  const ok =
    close(b.score, want.score, 1e-6) &&
    close(b.reverseScore, want.reverseScore, 1e-6) &&
    close(b.asymmetry, want.score - want.reverseScore, 2e-6) &&
    b.chainCount === want.chainCount &&
    closeLists(found.paths, want.paths, 1e-9)
  t.ok(ok, msg, { found, wanted: want })
}

t.test('hand-built graph', async (t) => {
  await loadGraph(app, hand)
  const m = modelOf(hand)

  t.test('falcon over taurus: parallel channels and chains, noisy-OR over channels', async (t) => {
    // chains taurus -> ... -> falcon, maxHops 3, decay .5:
    //   [d1] .72; [d2] .18; [d3,d4] .5 * .63 * .63 = .19845; [d5,d6,d4] .25 * .45 * .45 * .63 = .03189375
    //   [d3,d4] and [d5,d6,d4] both cite d4's claim: one channel, counted by its strongest, .19845
    //   score = 1 - .28 * .82 * (1 - .19845) = 1 - .2296 * .80155 = .81596412
    //   (1.1 multiplied in the fourth chain too: .82183371434775)
    // reverse, falcon -> taurus: [d7] .125 only. asymmetry = .81596412 - .125
    const b = await checkInfluence(t, m, { from: 'falcon', to: 'taurus' })
    expect(t, b, { score: 0.81596412, reverseScore: 0.125, chainCount: 4, paths: [0.72, 0.19845, 0.18, 0.03189375] }, 'defaults')
    t.equal(b.channelCount, 3, 'four chains, three channels: [d1], [d2], and [d3,d4] with [d5,d6,d4]')
    t.same(
      b.paths.map((p: any) => p.relations.map((r: any) => r.id).join()),
      ['d1', 'd3,d4', 'd2', 'd5,d6,d4'],
      'the chains, strongest first',
    )
    t.same(
      b.paths[0].actors.map((a: any) => a.id),
      ['taurus', 'falcon'],
      'a chain starts at the dependent',
    )
    t.same(
      b.paths[1].relations.map((r: any) => [r.weight, r.confidence]),
      [
        [0.7, 0.9],
        [0.9, 0.7],
      ],
      'level weights',
    )
    // k = 2: the two strongest
    expect(
      t,
      await checkInfluence(t, m, { from: 'falcon', to: 'taurus', k: 2 }),
      { score: 0.81596412, reverseScore: 0.125, chainCount: 4, paths: [0.72, 0.19845] },
      'k=2',
    )
    // maxHops 2 drops the 3-hop chain, which added nothing (it shares d4): 1 - .28 * .82 * .80155 = .81596412
    expect(
      t,
      await checkInfluence(t, m, { from: 'falcon', to: 'taurus', maxHops: 2 }),
      { score: 0.81596412, reverseScore: 0.125, chainCount: 3, paths: [0.72, 0.19845, 0.18] },
      'maxHops 2',
    )
    // maxHops 1: the two direct channels, 1 - .28 * .82 = .7704
    expect(
      t,
      await checkInfluence(t, m, { from: 'falcon', to: 'taurus', maxHops: 1 }),
      { score: 0.7704, reverseScore: 0.125, chainCount: 2, paths: [0.72, 0.18] },
      'maxHops 1',
    )
  })

  t.test('decay', async (t) => {
    // decay 0: chains of 2+ hops count 0 (but are still chains): .7704, strengths .72, .18, 0, 0
    expect(
      t,
      await checkInfluence(t, m, { from: 'falcon', to: 'taurus', decay: 0 }),
      { score: 0.7704, reverseScore: 0.125, chainCount: 4, paths: [0.72, 0.18, 0, 0] },
      'decay 0',
    )
    // decay 1: .72, .18, .63 * .63 = .3969, .45 * .45 * .63 = .127575; the last two share d4, the
    // channel counts .3969: 1 - .28 * .82 * .6031 = 1 - .13847176 = .86152824
    expect(
      t,
      await checkInfluence(t, m, { from: 'falcon', to: 'taurus', decay: 1 }),
      { score: 0.86152824, reverseScore: 0.125, chainCount: 4, paths: [0.72, 0.3969, 0.18, 0.127575] },
      'decay 1',
    )
  })

  t.test('minConfidence', async (t) => {
    // .65 drops d2 (.6) and d7 (.25): [d1] .72, [d3,d4] .19845, [d5,d6,d4] .03189375 (one channel with
    // the one before, through d4); 1 - .28 * .80155 = .775566; no reverse chain left
    const want = { score: 0.775566, reverseScore: 0, chainCount: 3, paths: [0.72, 0.19845, 0.03189375] }
    expect(t, await checkInfluence(t, m, { from: 'falcon', to: 'taurus', minConfidence: 0.65 }), want, '.65')
    // .7 keeps d4 (likely, exactly .7)
    expect(t, await checkInfluence(t, m, { from: 'falcon', to: 'taurus', minConfidence: 0.7 }), want, '.7 keeps .7')
    // .75 drops d4 too: [d1] only
    expect(
      t,
      await checkInfluence(t, m, { from: 'falcon', to: 'taurus', minConfidence: 0.75 }),
      { score: 0.72, reverseScore: 0, chainCount: 1, paths: [0.72] },
      '.75',
    )
  })

  t.test('asOf', async (t) => {
    // 2018 and 2019-12-31: d1 (from 2020) not yet: [d2] .18, [d3,d4] .19845, [d5,d6,d4] .03189375
    //   (the last two one channel, through d4): 1 - .82 * .80155 = .342729
    const before = { score: 0.342729, reverseScore: 0.125, chainCount: 3, paths: [0.19845, 0.18, 0.03189375] }
    expect(t, await checkInfluence(t, m, { from: 'falcon', to: 'taurus', asOf: '2018' }), before, '2018')
    expect(t, await checkInfluence(t, m, { from: 'falcon', to: 'taurus', asOf: '2019-12-31' }), before, 'last day of d3')
    // 2021 and 2020-01: d3 (until 2019) is over: [d1] .72, [d2] .18, [d5,d6,d4] .03189375, three
    //   channels (no relation in common): 1 - .28 * .82 * .96810625 = .777722805
    const after = { score: 0.777722805, reverseScore: 0.125, chainCount: 3, paths: [0.72, 0.18, 0.03189375] }
    expect(t, await checkInfluence(t, m, { from: 'falcon', to: 'taurus', asOf: '2021' }), after, '2021')
    expect(t, await checkInfluence(t, m, { from: 'falcon', to: 'taurus', asOf: '2020-01' }), after, 'first month of d1')
  })

  t.test('the other pairs: leverage both ways, nothing without depends-on', async (t) => {
    // xenon over taurus: [d3] .63, [d5,d6] .5 * .45 * .45 = .10125 -> 1 - .37 * .89875 = .6674625
    // taurus over xenon: [d8] .36, [d4,d7] .5 * .63 * .125 = .039375 -> 1 - .64 * .960625 = .3852
    const b = await checkInfluence(t, m, { from: 'xenon', to: 'taurus' })
    expect(t, b, { score: 0.6674625, reverseScore: 0.3852, chainCount: 2, paths: [0.63, 0.10125] }, 'xenon over taurus')
    t.ok(close(b.asymmetry, 0.2822625, 1e-6), 'asymmetry .6674625 - .3852 = .2822625 (to 6 decimals)')
    // walrus only supplies and partners: no chain either way
    const none = await checkInfluence(t, m, { from: 'walrus', to: 'taurus' })
    expect(t, none, { score: 0, reverseScore: 0, chainCount: 0, paths: [] }, 'walrus')
    expect(
      t,
      await checkInfluence(t, m, { from: 'zinnia', to: 'falcon', maxHops: 4 }),
      { score: 0, reverseScore: 0, chainCount: 0, paths: [] },
      'zinnia',
    )
  })

  t.test('ranking', async (t) => {
    const { items, expected } = await checkRanking(t, m)
    // walrus and zinnia influence nobody: score 0, reach 0, last and by id
    t.same(
      items.slice(-2).map((i) => [i.actor.id, i.score, i.reach]),
      [
        ['walrus', 0, 0],
        ['zinnia', 0, 0],
      ],
    )
    // falcon over taurus is .81596412 (above); falcon reaches taurus, xenon and yarrow
    t.equal(items.find((i) => i.actor.id === 'falcon').reach, 3)
    t.ok((expected.get('falcon')?.score ?? 0) > 0.81596412 / 5, 'falcon: at least its influence over taurus, over 5')
  })

  t.test('unknown actors: 404 naming them', async (t) => {
    for (const [param, url, name] of [
      ['from', '/influence?from=atlantis&to=taurus', 'atlantis'],
      ['to', '/influence?from=taurus&to=el-dorado', 'el-dorado'],
    ]) {
      const res = await getJson(app, url)
      t.equal(res.status, 404, url)
      t.match(res.type, /^application\/problem\+json/)
      t.equal(res.body.param, param)
      t.ok(res.body.detail.includes(name), `detail names ${name}`)
    }
  })
})

// ---------------------------------------------------------------------------------------------------
// Random graphs, mostly depends-on.

function randomQuery(rng: Rng, from: string, to: string): InfluenceQ {
  const q: InfluenceQ = { from, to }
  if (rng.chance(0.8)) q.maxHops = rng.int(1, 4)
  if (rng.chance(0.6)) q.decay = rng.pick([0, 0.25, 0.5, 0.8, 1])
  if (rng.chance(0.5)) q.minConfidence = rng.pick([0, 0.25, 0.5, 0.6, 0.7, 0.9])
  if (rng.chance(0.5)) q.k = rng.pick([1, 2, 3, 5, 20])
  if (rng.chance(0.3)) q.asOf = rng.partialDate(2014, 2026)
  return q
}

t.test('random graphs: /influence and the ranking equal the brute force', async (t) => {
  // 12 graphs, loaded four at a time as one seed (disjoint ids: no chain crosses them; the ranking is
  // over all actors of the batch)
  const BATCHES = 3
  const PER_BATCH = 4
  let requests = 0
  let withChains = 0
  for (let batch = 0; batch < BATCHES; batch++) {
    const graphs = Array.from({ length: PER_BATCH }, (_, i) => {
      const g = batch * PER_BATCH + i
      const rng = new Rng(19500625 + g * 104729)
      return { g, rng, spec: randomGraph(rng, g, { actors: [6, 8], relations: [12, 20], dependsOn: 0.65 }) }
    })
    const union = unionGraph(
      `random-influence-${batch}`,
      graphs.map((x) => x.spec),
    )
    await loadGraph(app, union)
    const m = modelOf(union)
    await t.test(`batch ${batch}: ranking of ${union.actors.length} actors`, async (t) => {
      await checkRanking(t, m)
    })
    for (const { g, rng, spec } of graphs) {
      const ids = spec.actors.map((a) => a.id)
      const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const))
      // mostly pairs with some chain (either way, up to 4 hops, no filter), some at random
      const some = { maxHops: 4, decay: 0.5, minConfidence: 0 }
      const linked = pairs.filter(([a, b]) => influenceOf(m, a, b, some).chains.length + influenceOf(m, b, a, some).chains.length > 0)
      await t.test(`graph ${g}: ${spec.actors.length} actors, ${spec.relations.length} relations`, async (t) => {
        for (let i = 0; i < 8; i++) {
          const [from, to] = rng.pick(i < 6 && linked.length > 0 ? linked : pairs)
          const b = await checkInfluence(t, m, randomQuery(rng, from, to))
          requests++
          if (b.chainCount > 0) withChains++
        }
      })
    }
  }
  t.ok(withChains >= requests / 3, `most random queries find chains (${withChains} of ${requests})`)
  t.ok(sharedEvidence >= requests / 10, `many have chains that share evidence (${sharedEvidence} of ${requests})`)
})
