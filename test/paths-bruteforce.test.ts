// GET /paths against an independent brute force: every simple path enumerated depth-first in the test
// (test/helpers/random-graph.ts), on hand-built graphs whose answers are worked out below and on
// seeded random graphs, all loaded into the real Neo4j through the seed format.
import t, { type Test } from 'tap'
import { testApp, wipe } from './helpers/graph.js'
import {
  close,
  closeLists,
  getJson,
  handGraph,
  loadGraph,
  modelOf,
  pathProblems,
  pathScore,
  qs,
  randomGraph,
  removeSeedDirs,
  Rng,
  simplePaths,
  storedGraphProblems,
  trailLengths,
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

interface PathQ {
  from: string
  to: string
  maxHops?: number
  k?: number
  types?: string[]
  /** sent as repeated `types=` parameters instead of one comma-separated list */
  repeatTypes?: boolean
  direction?: 'outgoing' | 'any'
  minConfidence?: number
  asOf?: string
  rank?: 'shortest' | 'strongest'
}

function urlOf(q: PathQ): string {
  const base = qs({
    from: q.from,
    to: q.to,
    maxHops: q.maxHops,
    k: q.k,
    types: q.types && !q.repeatTypes ? q.types.join(',') : undefined,
    direction: q.direction,
    minConfidence: q.minConfidence,
    asOf: q.asOf,
    rank: q.rank,
  })
  const repeated = q.types && q.repeatTypes ? q.types.map((ty) => `&types=${ty}`).join('') : ''
  return `/paths?${base}${repeated}`
}

/**
 * Asks /paths and checks the answer against the brute force: every path valid and distinct; strongest:
 * min(k, all) paths with the top-k scores; shortest: the first k of all simple paths by (hops asc, score
 * desc), exactly. Returns the paths. `ids` are the actor ids when q names them.
 */
async function checkPaths(t: Test, m: Model, q: PathQ, ids = { from: q.from, to: q.to }) {
  const url = urlOf(q)
  const res = await getJson(app, url)
  t.equal(res.status, 200, `${url}: 200`)
  const maxHops = q.maxHops ?? 4
  const k = q.k ?? 5
  const f: Filter = { types: q.types, direction: q.direction ?? 'outgoing', minConfidence: q.minConfidence ?? 0, asOf: q.asOf }
  const all = simplePaths(m, ids.from, ids.to, maxHops, f)
  const paths: any[] = res.body.paths ?? []
  const problems: string[] = []
  if (res.body.from !== ids.from || res.body.to !== ids.to) problems.push(`from/to echoed as ${res.body.from}/${res.body.to}`)
  const keys = new Set<string>()
  for (const p of paths) {
    const { problems: ps, key } = pathProblems(m, p, ids.from, ids.to, maxHops, f, pathScore)
    problems.push(...ps)
    if (keys.has(key)) problems.push(`duplicate path ${key}`)
    keys.add(key)
  }
  t.same(problems, [], `${url}: every path is a valid, distinct simple path with its evidence`)
  const got = paths.map((p) => p.score as number)
  if ((q.rank ?? 'shortest') === 'strongest') {
    t.equal(paths.length, Math.min(k, all.length), `${url}: min(k, ${all.length}) paths`)
    const want = all
      .map(pathScore)
      .sort((a, b) => b - a)
      .slice(0, k)
    t.ok(closeLists(got, want, 1e-9), `${url}: top-${k} scores`, { found: got, wanted: want })
  } else {
    // The spec: the first k of all simple paths ordered by hops ascending, then score descending.
    const ideal = all.map((p) => [p.hops, pathScore(p)] as const).sort((a, b) => a[0] - b[0] || b[1] - a[1])
    const asIdeal = (list: ReadonlyArray<readonly [number, number]>) =>
      list.length === paths.length && list.every(([h, s], i) => paths[i].hops === h && close(paths[i].score, s, 1e-9))
    const found = paths.map((p) => [p.hops, p.score])
    t.ok(asIdeal(ideal.slice(0, k)), `${url}: the first ${k} by (hops asc, score desc)`, { found, wanted: ideal.slice(0, k) })
  }
  return paths
}

/** [hops, score] of each path, for comparing with hand-computed lists. */
const hopsAndScores = (paths: any[]) => paths.map((p) => [p.hops, p.score] as [number, number])
function sameList(t: Test, paths: any[], want: Array<[number, number]>, msg: string) {
  const got = hopsAndScores(paths)
  const ok = got.length === want.length && got.every(([h, s], i) => h === want[i][0] && close(s, want[i][1], 1e-9))
  t.ok(ok, msg, { found: got, wanted: want })
}

// ---------------------------------------------------------------------------------------------------
// A hand-built graph of three separate parts.
//
// Part 1: a diamond with parallel edges, a weak direct edge and a strong three-hop route, and a
// symmetric tail. Hop factor = (weight ?? 1) x confidence.
//   r1  alpha -supplies->   bravo    asserted .9                        factor .9
//   r2  alpha -supports->   bravo    reported .6  (parallel to r1)      factor .6
//   r3  bravo -supplies->   delta    likely .7                          factor .7
//   r4  alpha -depends-on-> charlie  critical (.9), asserted .9         factor .81
//   r5  charlie -depends-on-> delta  share .5 (lower), asserted .9      factor .45
//   r6  alpha -pressures->  delta    speculative .4                     factor .4
//   r7  alpha -supplies->   echo     asserted                           factor .9
//   r8  echo -supplies->    foxtrot  asserted                           factor .9
//   r9  foxtrot -supplies-> delta    asserted                           factor .9
//   r10 delta -partners-with-> golf  asserted, symmetric                factor .9
// Part 2: validity windows.
//   t1 papa -supplies-> quebec    2018..2018        asserted .9
//   t2 quebec -supplies-> sierra  2016-05..         asserted .9
//   t3 papa -sanctions-> sierra   ..2017-06         asserted .9
//   t4 papa -threatens-> sierra   2024-02..2024-02  likely .7   (2024 is a leap year: to 2024-02-29)
// Part 3: confidence.
//   c1 uniform -supports-> victor   doubted .25
//   c2 uniform -supports-> whiskey  apparent .5
//   c3 whiskey -supports-> victor   asserted .9
//   c4 uniform -opposes->  victor   denied .05 + apparent .5: confidence = max = .5
// Part 4: many short non-simple trails ahead of a long simple path.
//   m1..m5 kilo -met-> lima        five parallel symmetric relations (meetings of 2011..2015), asserted
//   k1 kilo -supports-> romeo      speculative .4
//   k2..k5 kilo -supplies-> mike -supplies-> november -supplies-> oscar -supplies-> romeo, asserted
const hand = handGraph(
  'hand-paths',
  [
    ['alpha', 'Alpha Land'],
    ['bravo', 'Bravo Land'],
    ['charlie', 'Charlie Land'],
    ['delta', 'Delta Land'],
    ['echo', 'Echo Land'],
    ['foxtrot', 'Foxtrot Land'],
    ['golf', 'Golf Land'],
    ['papa', 'Papa Land'],
    ['quebec', 'Quebec Land'],
    ['sierra', 'Sierra Land'],
    ['uniform', 'Uniform Land'],
    ['victor', 'Victor Land'],
    ['whiskey', 'Whiskey Land'],
    ['kilo', 'Kilo Land'],
    ['lima', 'Lima Land'],
    ['mike', 'Mike Land'],
    ['november', 'November Land'],
    ['oscar', 'Oscar Land'],
    ['romeo', 'Romeo Land'],
  ],
  [
    { id: 'r1', type: 'supplies', from: 'alpha', to: 'bravo', hedges: ['asserted'] },
    { id: 'r2', type: 'supports', from: 'alpha', to: 'bravo', hedges: ['reported'] },
    { id: 'r3', type: 'supplies', from: 'bravo', to: 'delta', hedges: ['likely'] },
    { id: 'r4', type: 'depends-on', from: 'alpha', to: 'charlie', hedges: ['asserted'], dependency: { kind: 'oil', level: 'critical' } },
    {
      id: 'r5',
      type: 'depends-on',
      from: 'charlie',
      to: 'delta',
      hedges: ['asserted'],
      dependency: { kind: 'trade', share: 0.5, bound: 'lower' },
    },
    { id: 'r6', type: 'pressures', from: 'alpha', to: 'delta', hedges: ['speculative'] },
    { id: 'r7', type: 'supplies', from: 'alpha', to: 'echo', hedges: ['asserted'] },
    { id: 'r8', type: 'supplies', from: 'echo', to: 'foxtrot', hedges: ['asserted'] },
    { id: 'r9', type: 'supplies', from: 'foxtrot', to: 'delta', hedges: ['asserted'] },
    { id: 'r10', type: 'partners-with', from: 'delta', to: 'golf', hedges: ['asserted'] },
    { id: 't1', type: 'supplies', from: 'papa', to: 'quebec', hedges: ['asserted'], validFrom: '2018', validTo: '2018' },
    { id: 't2', type: 'supplies', from: 'quebec', to: 'sierra', hedges: ['asserted'], validFrom: '2016-05' },
    { id: 't3', type: 'sanctions', from: 'papa', to: 'sierra', hedges: ['asserted'], validTo: '2017-06' },
    { id: 't4', type: 'threatens', from: 'papa', to: 'sierra', hedges: ['likely'], validFrom: '2024-02', validTo: '2024-02' },
    { id: 'c1', type: 'supports', from: 'uniform', to: 'victor', hedges: ['doubted'] },
    { id: 'c2', type: 'supports', from: 'uniform', to: 'whiskey', hedges: ['apparent'] },
    { id: 'c3', type: 'supports', from: 'whiskey', to: 'victor', hedges: ['asserted'] },
    { id: 'c4', type: 'opposes', from: 'uniform', to: 'victor', hedges: ['denied', 'apparent'] },
    // Five meetings, each its own relation because each starts in another year (a seed states a relation once).
    ...[1, 2, 3, 4, 5].map((i) => ({
      id: `m${i}`,
      type: 'met',
      from: 'kilo',
      to: 'lima',
      hedges: ['asserted' as const],
      validFrom: String(2010 + i),
    })),
    { id: 'k1', type: 'supports', from: 'kilo', to: 'romeo', hedges: ['speculative'] },
    { id: 'k2', type: 'supplies', from: 'kilo', to: 'mike', hedges: ['asserted'] },
    { id: 'k3', type: 'supplies', from: 'mike', to: 'november', hedges: ['asserted'] },
    { id: 'k4', type: 'supplies', from: 'november', to: 'oscar', hedges: ['asserted'] },
    { id: 'k5', type: 'supplies', from: 'oscar', to: 'romeo', hedges: ['asserted'] },
  ],
)

t.test('hand-built graph', async (t) => {
  await loadGraph(app, hand)
  const m = modelOf(hand)

  t.test('the stored-graph check behind loadGraph sees a graph that differs from its spec', async (t) => {
    // The same graph as stored, judged against a spec that differs in one hedge, one dependency share
    // and one relation too many: each difference is named.
    const differs = structuredClone(hand)
    differs.claims = differs.claims.map((c) => (c.id === 'r1-c1' ? { ...c, hedge: 'likely' } : c))
    differs.relations = differs.relations.map((r) =>
      r.id === 'r5' ? { ...r, dependency: { kind: 'trade', share: 0.6, bound: 'lower' } } : r,
    )
    differs.relations.push({ ...differs.relations[0], id: 'r-extra' })
    const problems = (await storedGraphProblems(app, differs)).sort()
    t.equal(problems.length, 4, problems.join('\n'))
    t.match(problems, [
      /^claim r1-c1 = .*"hedge":"asserted".*, expected .*"hedge":"likely"/,
      /^relation r1 = .*"confidence":0\.9.*, expected .*"confidence":0\.7/,
      /^relation r5 = .*"share":0\.5.*"weight":0\.5.*, expected .*"share":0\.6.*"weight":0\.6/,
      /^relations missing: r-extra$/,
    ])
    t.same(await storedGraphProblems(app, hand), [], 'and none against its own spec')
  })

  t.test('diamond with parallel edges: shortest first, then strongest', async (t) => {
    // alpha -> delta, outgoing, maxHops 4: [r6] 1 hop .4; [r1,r3] .9*.7 = .63; [r2,r3] .6*.7 = .42;
    // [r4,r5] .81*.45 = .3645; [r7,r8,r9] .9^3 = .729. Shortest: by hops, then score desc.
    const shortest = await checkPaths(t, m, { from: 'alpha', to: 'delta' })
    sameList(
      t,
      shortest,
      [
        [1, 0.4],
        [2, 0.63],
        [2, 0.42],
        [2, 0.3645],
        [3, 0.729],
      ],
      'alpha->delta shortest',
    )
    t.same(
      shortest.map((p) => p.relations.map((r: any) => r.id).join()),
      ['r6', 'r1,r3', 'r2,r3', 'r4,r5', 'r7,r8,r9'],
      'parallel r1/r2 make two paths',
    )
    // the weak direct edge is shortest; the three-hop route is strongest
    const strongest = await checkPaths(t, m, { from: 'alpha', to: 'delta', rank: 'strongest' })
    sameList(
      t,
      strongest,
      [
        [3, 0.729],
        [2, 0.63],
        [2, 0.42],
        [1, 0.4],
        [2, 0.3645],
      ],
      'alpha->delta strongest',
    )
    sameList(
      t,
      await checkPaths(t, m, { from: 'alpha', to: 'delta', rank: 'strongest', k: 2 }),
      [
        [3, 0.729],
        [2, 0.63],
      ],
      'strongest k=2',
    )
    sameList(
      t,
      await checkPaths(t, m, { from: 'alpha', to: 'delta', k: 2 }),
      [
        [1, 0.4],
        [2, 0.63],
      ],
      'shortest k=2',
    )
    // maxHops 2 drops the .729 route; maxHops 1 leaves only r6
    sameList(
      t,
      await checkPaths(t, m, { from: 'alpha', to: 'delta', rank: 'strongest', maxHops: 2 }),
      [
        [2, 0.63],
        [2, 0.42],
        [1, 0.4],
        [2, 0.3645],
      ],
      'strongest maxHops 2',
    )
    sameList(t, await checkPaths(t, m, { from: 'alpha', to: 'delta', maxHops: 1 }), [[1, 0.4]], 'maxHops 1')
    // the weight of the depends-on hops is the level (.9) and the share (.5)
    const viaCharlie = strongest.find((p) => p.relations[0].id === 'r4')
    t.same(
      viaCharlie.relations.map((r: any) => [r.weight, r.confidence]),
      [
        [0.9, 0.9],
        [0.5, 0.9],
      ],
      'level and share weights',
    )
  })

  t.test('types filter, comma-separated or repeated', async (t) => {
    // supplies only: [r1,r3] .63 and [r7,r8,r9] .729
    sameList(
      t,
      await checkPaths(t, m, { from: 'alpha', to: 'delta', types: ['supplies'] }),
      [
        [2, 0.63],
        [3, 0.729],
      ],
      'supplies',
    )
    sameList(t, await checkPaths(t, m, { from: 'alpha', to: 'delta', types: ['supplies'], maxHops: 2 }), [[2, 0.63]], 'supplies, 2 hops')
    // supplies + depends-on: adds [r4,r5] .3645
    const want: Array<[number, number]> = [
      [3, 0.729],
      [2, 0.63],
      [2, 0.3645],
    ]
    sameList(
      t,
      await checkPaths(t, m, { from: 'alpha', to: 'delta', types: ['supplies', 'depends-on'], rank: 'strongest' }),
      want,
      'two types',
    )
    sameList(
      t,
      await checkPaths(t, m, { from: 'alpha', to: 'delta', types: ['supplies', 'depends-on'], repeatTypes: true, rank: 'strongest' }),
      want,
      'repeated types=',
    )
    // sanctions only: none in part 1
    sameList(t, await checkPaths(t, m, { from: 'alpha', to: 'delta', types: ['sanctions'] }), [], 'no relation of that type')
  })

  t.test('a symmetric relation is traversed backwards; direction=any ignores direction', async (t) => {
    // golf -> delta over r10 (delta -partners-with-> golf) against its direction: one path, .9, forward false
    const back = await checkPaths(t, m, { from: 'golf', to: 'delta' })
    sameList(t, back, [[1, 0.9]], 'golf->delta')
    t.equal(back[0].relations[0].forward, false, 'taken backwards')
    t.equal(back[0].relations[0].symmetric, true)
    const fwd = await checkPaths(t, m, { from: 'delta', to: 'golf' })
    t.equal(fwd[0].relations[0].forward, true, 'taken forwards')
    // delta -> alpha: every part-1 relation points into delta, so outgoing finds nothing ...
    sameList(t, await checkPaths(t, m, { from: 'delta', to: 'alpha' }), [], 'outgoing: none')
    // ... and any finds the five alpha->delta paths backwards with the same scores
    const any = await checkPaths(t, m, { from: 'delta', to: 'alpha', direction: 'any' })
    sameList(
      t,
      any,
      [
        [1, 0.4],
        [2, 0.63],
        [2, 0.42],
        [2, 0.3645],
        [3, 0.729],
      ],
      'any: shortest',
    )
    t.ok(
      any.every((p) => p.relations.every((r: any) => r.forward === false)),
      'every hop against its relation',
    )
    // golf -> alpha: outgoing stops at delta; any: r10 (.9) then the five routes:
    // [r10,r6] .36, [r10,r3,r1] .567, [r10,r3,r2] .378, [r10,r5,r4] .32805, [r10,r9,r8,r7] .6561
    sameList(t, await checkPaths(t, m, { from: 'golf', to: 'alpha' }), [], 'golf->alpha outgoing: none')
    sameList(
      t,
      await checkPaths(t, m, { from: 'golf', to: 'alpha', direction: 'any' }),
      [
        [2, 0.36],
        [3, 0.567],
        [3, 0.378],
        [3, 0.32805],
        [4, 0.6561],
      ],
      'any: shortest',
    )
    sameList(
      t,
      await checkPaths(t, m, { from: 'golf', to: 'alpha', direction: 'any', rank: 'strongest' }),
      [
        [4, 0.6561],
        [3, 0.567],
        [3, 0.378],
        [2, 0.36],
        [3, 0.32805],
      ],
      'any: strongest',
    )
    sameList(
      t,
      await checkPaths(t, m, { from: 'golf', to: 'alpha', direction: 'any', maxHops: 3, k: 20, rank: 'strongest' }),
      [
        [3, 0.567],
        [3, 0.378],
        [2, 0.36],
        [3, 0.32805],
      ],
      'any: 3 hops',
    )
  })

  t.test('asOf keeps the relations valid at some time of that year, month or day', async (t) => {
    // papa -> sierra: [t3] .9, [t1,t2] .9*.9 = .81, [t4] .7
    const q = { from: 'papa', to: 'sierra', rank: 'strongest' as const }
    sameList(
      t,
      await checkPaths(t, m, q),
      [
        [1, 0.9],
        [2, 0.81],
        [1, 0.7],
      ],
      'no asOf: all',
    )
    // 2018: t1 (2018) and t2 (from 2016-05-01) hold; t3 ended 2017-06-30; t4 is 2024
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2018' }), [[2, 0.81]], '2018')
    // 2026: t1 ended 2018-12-31
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2026' }), [], '2026')
    // 2017: t1 not yet (starts 2018-01-01); t3 holds until 2017-06-30
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2017' }), [[1, 0.9]], '2017')
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2017-06-30' }), [[1, 0.9]], 'last day of t3')
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2017-07' }), [], 'month after t3')
    // t4 covers 2024-02-01 .. 2024-02-29 (leap year)
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2024-02-29' }), [[1, 0.7]], 'leap day')
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2024-03-01' }), [], 'day after')
    sameList(t, await checkPaths(t, m, { ...q, asOf: '2024' }), [[1, 0.7]], 'the year overlaps')
    // t2 starts 2016-05-01: quebec -> sierra
    sameList(t, await checkPaths(t, m, { from: 'quebec', to: 'sierra', asOf: '2016-04' }), [], 'month before t2')
    sameList(t, await checkPaths(t, m, { from: 'quebec', to: 'sierra', asOf: '2016-05-01' }), [[1, 0.9]], 'first day of t2')
    sameList(t, await checkPaths(t, m, { from: 'quebec', to: 'sierra', asOf: '2016' }), [[1, 0.9]], 'year overlapping t2')
  })

  t.test('minConfidence drops weak relations; a relation is as confident as its best claim', async (t) => {
    // uniform -> victor: [c4] .5 (max of denied .05, apparent .5), [c2,c3] .5*.9 = .45, [c1] .25
    const q = { from: 'uniform', to: 'victor', rank: 'strongest' as const }
    const all = await checkPaths(t, m, q)
    sameList(
      t,
      all,
      [
        [1, 0.5],
        [2, 0.45],
        [1, 0.25],
      ],
      'all',
    )
    t.same(
      all[0].relations[0].claims.map((c: any) => [c.id, c.hedge, c.confidence, c.quote]),
      [
        ['c4-c1', 'denied', 0.05, 'Claim c4-c1 is stated here.'],
        ['c4-c2', 'apparent', 0.5, 'Claim c4-c2 is stated here.'],
      ],
    )
    sameList(
      t,
      await checkPaths(t, m, { ...q, minConfidence: 0.25 }),
      [
        [1, 0.5],
        [2, 0.45],
        [1, 0.25],
      ],
      '.25 keeps the doubted one',
    )
    sameList(
      t,
      await checkPaths(t, m, { ...q, minConfidence: 0.3 }),
      [
        [1, 0.5],
        [2, 0.45],
      ],
      '.3 drops the doubted one',
    )
    sameList(
      t,
      await checkPaths(t, m, { ...q, minConfidence: 0.5 }),
      [
        [1, 0.5],
        [2, 0.45],
      ],
      '.5 keeps .5',
    )
    sameList(t, await checkPaths(t, m, { ...q, minConfidence: 0.51 }), [], '.51 drops every route')
    // part 1 with .65: r2 (.6) and r6 (.4) go: [r1,r3] .63, [r4,r5] .3645, [r7,r8,r9] .729
    sameList(
      t,
      await checkPaths(t, m, { from: 'alpha', to: 'delta', minConfidence: 0.65 }),
      [
        [2, 0.63],
        [2, 0.3645],
        [3, 0.729],
      ],
      'part 1',
    )
  })

  // A regression: rank=shortest once asked Neo4j for its 20 shortest trails and dropped the non-simple
  // ones afterwards, so short bounces could crowd out the 4-hop path here.
  t.test('rank=shortest when short non-simple trails outnumber the simple paths', async (t) => {
    // kilo -> romeo, maxHops 4: the simple paths are [k1] (1 hop, .4) and [k2..k5] (4 hops, .9^4 = .6561),
    // so the spec's answer (k = 5) is both: [[1, .4], [4, .6561]]. But the trails (relations unique,
    // actors may repeat) are [k1], the 5 x 4 = 20 bounces kilo -met-> lima -met-> kilo -supports-> romeo
    // of 3 hops, then the 4-hop path: the 20 shortest trails end at 3 hops and hold no 4-hop path.
    t.same(trailLengths(modelOf(hand), 'kilo', 'romeo', 4, { direction: 'outgoing', minConfidence: 0 }), [1, ...Array(20).fill(3), 4])
    sameList(
      t,
      await checkPaths(t, m, { from: 'kilo', to: 'romeo' }),
      [
        [1, 0.4],
        [4, 0.6561],
      ],
      'both simple paths, fewest hops first',
    )
    sameList(
      t,
      await checkPaths(t, m, { from: 'kilo', to: 'romeo', rank: 'strongest' }),
      [
        [4, 0.6561],
        [1, 0.4],
      ],
      'strongest has both',
    )
    sameList(
      t,
      await checkPaths(t, m, { from: 'kilo', to: 'romeo', types: ['supports', 'supplies'] }),
      [
        [1, 0.4],
        [4, 0.6561],
      ],
      'without the bounces',
    )
  })

  t.test('names resolve; no path is 200 with []; an unknown actor is a 404 naming it', async (t) => {
    const byName = await checkPaths(t, m, { from: 'ALPHA LAND', to: 'delta land', maxHops: 2 }, { from: 'alpha', to: 'delta' })
    sameList(
      t,
      byName,
      [
        [1, 0.4],
        [2, 0.63],
        [2, 0.42],
        [2, 0.3645],
      ],
      'by name',
    )
    const none = await getJson(app, '/paths?from=alpha&to=papa&direction=any&maxHops=6')
    t.equal(none.status, 200)
    t.same(none.body, { from: 'alpha', to: 'papa', paths: [] })
    for (const [param, url] of [
      ['from', '/paths?from=atlantis&to=delta'],
      ['to', '/paths?from=alpha&to=el-dorado'],
    ]) {
      const res = await getJson(app, url)
      t.equal(res.status, 404, url)
      t.match(res.type, /^application\/problem\+json/)
      t.equal(res.body.param, param)
      t.match(res.body.detail, param === 'from' ? /atlantis/ : /el-dorado/)
    }
  })
})

// ---------------------------------------------------------------------------------------------------
// Random graphs.

const TYPES_POOL = [
  'supplies',
  'supports',
  'depends-on',
  'partners-with',
  'met',
  'trades-with',
  'opposes',
  'pressures',
  'sanctions',
  'threatens',
]

function randomQuery(rng: Rng, from: string, to: string): PathQ {
  const q: PathQ = { from, to }
  if (rng.chance(0.85)) q.maxHops = rng.pick([1, 2, 3, 3, 4, 4, 5, 6])
  if (rng.chance(0.8)) q.k = rng.pick([1, 2, 3, 5])
  if (rng.chance(0.3)) q.types = TYPES_POOL.filter(() => rng.chance(0.5))
  if (q.types?.length === 0) q.types = undefined
  if (rng.chance(0.75)) q.direction = rng.pick(['outgoing', 'any'] as const)
  if (rng.chance(0.5)) q.minConfidence = rng.pick([0, 0.25, 0.4, 0.5, 0.6, 0.7, 0.9])
  if (rng.chance(0.35)) q.asOf = rng.partialDate(2014, 2026)
  return q
}

t.test('random graphs: /paths equals the brute force', async (t) => {
  // 12 graphs, loaded four at a time as one seed (their ids are disjoint, so no path crosses them)
  const BATCHES = 3
  const PER_BATCH = 4
  let requests = 0
  let nonEmpty = 0
  for (let batch = 0; batch < BATCHES; batch++) {
    const graphs = Array.from({ length: PER_BATCH }, (_, i) => {
      const g = batch * PER_BATCH + i
      const rng = new Rng(20240619 + g * 7919)
      return { g, rng, spec: randomGraph(rng, g, { actors: [6, 8], relations: [12, 20], dependsOn: 0.3 }) }
    })
    const union = unionGraph(
      `random-paths-${batch}`,
      graphs.map((x) => x.spec),
    )
    await loadGraph(app, union)
    const m = modelOf(union)
    for (const { g, rng, spec } of graphs) {
      const ids = spec.actors.map((a) => a.id)
      // pairs: mostly ones with some path when direction is ignored, one at random
      const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const))
      const connected = pairs.filter(([a, b]) => simplePaths(m, a, b, 4, { direction: 'any', minConfidence: 0 }).length > 0)
      const chosen = [...Array.from({ length: 2 }, () => rng.pick(connected.length > 0 ? connected : pairs)), rng.pick(pairs)]
      await t.test(`graph ${g}: ${spec.actors.length} actors, ${spec.relations.length} relations`, async (t) => {
        for (const [from, to] of chosen) {
          for (let c = 0; c < 3; c++) {
            const q = randomQuery(rng, from, to)
            const strongest = await checkPaths(t, m, { ...q, rank: 'strongest', k: rng.chance(0.25) ? 20 : q.k })
            const shortest = await checkPaths(t, m, rng.chance(0.5) ? { ...q, rank: 'shortest' } : q)
            requests += 2
            if (strongest.length > 0 && shortest.length > 0) nonEmpty += 2
          }
        }
      })
    }
    // across two graphs of the batch: no path, even ignoring direction
    const [a, b] = [graphs[0].spec.actors[0].id, graphs[1].spec.actors[0].id]
    t.same((await checkPaths(t, m, { from: a, to: b, direction: 'any', maxHops: 6 })).length, 0, 'no path between two graphs')
  }
  t.ok(nonEmpty >= requests / 3, `most random queries find paths (${nonEmpty} of ${requests})`)
})
