// dependency-chains 1.2 as the stored ranking computes it (totalInfluence, no database), checked by
// fast-check over random graphs against the brute force of test/helpers/random-graph.ts (channelsOf:
// chains grouped by a breadth-first search over "cites a common claim"), and the properties the model
// promises: scores in [0, 1]; a relation that cites only evidence already counted for its pair, no
// stronger than what it repeats, changes no score; one that cites a claim of its own raises its pair.
// The compact form the walk runs on (Dependencies) keeps, past its first capacity, every edge as given.
import fc from 'fast-check'
import t from 'tap'
import { type DependencyEdge, Dependencies, totalInfluence } from '../src/model/influence-model.js'
import { type BPath, channelsOf } from './helpers/random-graph.js'

const SEED = 20260612
const RUNS = 300

interface Params {
  maxHops: number
  decay: number
}

/** The influence of f over t by the definition: every simple chain t -> ... -> f, its channels, noisy-OR. */
function reference(edges: DependencyEdge[], t: string, f: string, p: Params): number {
  const chains: DependencyEdge[][] = []
  const walk = (node: string, path: DependencyEdge[], seen: string[]) => {
    if (path.length === p.maxHops) return
    for (const e of edges) {
      if (e.from !== node || seen.includes(e.to)) continue
      const next = [...path, e]
      if (e.to === f) chains.push(next)
      else walk(e.to, next, [...seen, e.to])
    }
  }
  walk(t, [], [t])
  const strength = (c: DependencyEdge[]) => p.decay ** (c.length - 1) * c.reduce((s, e) => s * e.strength, 1)
  // channelsOf reads only the claims of each chain's relations
  const asPaths = chains.map((c) => ({ rels: c.map((e) => ({ claims: [...e.claims] })) }) as unknown as BPath)
  const best = channelsOf(asPaths).map((members) => Math.max(...members.map((i) => strength(chains[i]))))
  return 1 - best.reduce((miss, s) => miss * (1 - s), 1)
}

/** The service's influence of f over t: totalInfluence with t and f as the only ranked actors. */
const served = (edges: DependencyEdge[], t: string, f: string, p: Params) =>
  (totalInfluence([t, f], edges, p).get(f) as { total: number }).total

const ACTORS = ['a', 'b', 'c', 'd', 'e']
const CLAIMS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']
const strength = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }))
const edge = fc
  .record({
    from: fc.constantFrom(...ACTORS),
    to: fc.constantFrom(...ACTORS),
    strength,
    claims: fc.uniqueArray(fc.constantFrom(...CLAIMS), { minLength: 1, maxLength: 3 }),
  })
  .filter((e) => e.from !== e.to)
const graph = fc.record({
  edges: fc.array(edge, { minLength: 1, maxLength: 9 }),
  params: fc.record({ maxHops: fc.integer({ min: 1, max: 4 }), decay: fc.constantFrom(0, 0.25, 0.5, 1) }),
})
const pairs = ACTORS.flatMap((x) => ACTORS.filter((y) => y !== x).map((y) => [x, y] as const))
/** Every pair's score, dependent first: [t, f, score of f over t]. */
const everyScore = (edges: DependencyEdge[], p: Params) => pairs.map(([x, y]) => [x, y, served(edges, x, y, p)] as const)

t.test('every pair equals the brute force, in [0, 1]; the ranking sums the pairs', async (t) => {
  fc.assert(
    fc.property(graph, ({ edges, params }) => {
      for (const [x, y, score] of everyScore(edges, params)) {
        if (!(score >= 0 && score <= 1)) throw new Error(`${y} over ${x}: ${score} outside [0, 1]`)
        const want = reference(edges, x, y, params)
        if (Math.abs(score - want) > 1e-9) throw new Error(`${y} over ${x}: ${score}, brute force ${want}`)
      }
      const totals = totalInfluence(ACTORS, edges, params)
      for (const a of ACTORS) {
        const scores = ACTORS.filter((x) => x !== a).map((x) => reference(edges, x, a, params))
        const got = totals.get(a) as { total: number; reach: number }
        if (Math.abs(got.total - scores.reduce((s, x) => s + x, 0)) > 1e-9) throw new Error(`${a}: total ${got.total}`)
        if (got.reach !== scores.filter((s) => s > 0).length) throw new Error(`${a}: reach ${got.reach}`)
      }
    }),
    { numRuns: RUNS, seed: SEED },
  )
  t.pass(`${RUNS} random graphs`)
})

t.test('a relation repeating the evidence of one relation of its pair, no stronger, changes no score', async (t) => {
  fc.assert(
    fc.property(graph, fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), ({ edges, params }, which, subset, share) => {
      const original = edges[which % edges.length]
      // a non-empty subset of its claims, by the bits of `subset`
      const picked = original.claims.filter((_, i) => (subset >> i) & 1)
      const claims = picked.length > 0 ? picked : [original.claims[0]]
      const duplicate = { from: original.from, to: original.to, strength: original.strength * share, claims }
      const before = everyScore(edges, params)
      const after = everyScore([...edges, duplicate], params)
      before.forEach(([x, y, score], i) => {
        if (Math.abs(after[i][2] - score) > 1e-12) throw new Error(`${y} over ${x}: ${score} became ${after[i][2]}`)
      })
    }),
    { numRuns: RUNS, seed: SEED + 1 },
  )
  t.pass(`${RUNS} random graphs`)
})

t.test('a relation citing only claims already counted for its pair, no stronger than any, raises no score', async (t) => {
  fc.assert(
    fc.property(graph, fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), ({ edges, params }, which, subset, share) => {
      const { from, to } = edges[which % edges.length]
      const ofPair = edges.filter((e) => e.from === from && e.to === to)
      const counted = [...new Set(ofPair.flatMap((e) => e.claims))]
      const picked = counted.filter((_, i) => (subset >> i) & 1)
      const claims = picked.length > 0 ? picked : [counted[0]]
      const weakest = Math.min(...ofPair.map((e) => e.strength))
      const duplicate = { from, to, strength: weakest * share, claims }
      const before = everyScore(edges, params)
      const after = everyScore([...edges, duplicate], params)
      before.forEach(([x, y, score], i) => {
        if (after[i][2] > score + 1e-12) throw new Error(`${y} over ${x} rose: ${score} to ${after[i][2]}`)
        if (!(after[i][2] >= 0 && after[i][2] <= 1)) throw new Error(`${y} over ${x}: ${after[i][2]} outside [0, 1]`)
      })
    }),
    { numRuns: RUNS, seed: SEED + 2 },
  )
  t.pass(`${RUNS} random graphs`)
})

t.test('a relation citing a claim of its own raises its pair', async (t) => {
  fc.assert(
    fc.property(graph, fc.constantFrom(...pairs), fc.double({ min: 0.01, max: 1, noNaN: true }), ({ edges, params }, [x, y], s) => {
      const before = served(edges, x, y, params)
      const after = served([...edges, { from: x, to: y, strength: s, claims: ['a-second-source'] }], x, y, params)
      // 1 - (1 - before)(1 - s): a channel of its own
      const want = 1 - (1 - before) * (1 - s)
      if (Math.abs(after - want) > 1e-12) throw new Error(`${y} over ${x}: ${before} became ${after}, not ${want}`)
      if (before < 1 && !(after > before)) throw new Error(`${y} over ${x} did not rise from ${before}`)
    }),
    { numRuns: RUNS, seed: SEED + 3 },
  )
  t.pass(`${RUNS} random graphs`)
})

t.test('the compact form keeps thousands of edges and claims as given, past its first capacity (1024)', async (t) => {
  const deps = new Dependencies()
  const edges = Array.from({ length: 2500 }, (_, i) => ({
    from: `d${i}`,
    to: `h${i % 7}`,
    strength: i / 2500,
    claims: i < 10 ? [`c${i}`] : [`c${i}`, `c${i % 10}`],
    basis: 1 << (i % 3),
  }))
  for (const e of edges) deps.add(e.from, e.to, e.strength, e.claims, e.basis)
  t.equal(deps.edges, 2500)
  t.equal(deps.claimCount, 2500, 'c0 … c9 numbered once each, though cited again')
  const problems = edges.flatMap((e, k) => {
    const claims = Array.from(deps.claims.subarray(deps.claimFirst[k], deps.claimFirst[k + 1]))
    // c0 … c9 are the first claims of edges 0 … 9: a later edge citing one has that edge's number.
    const want = [deps.claims[deps.claimFirst[k]], ...(k < 10 ? [] : [deps.claims[deps.claimFirst[k % 10]]])]
    const ok =
      deps.ids[deps.from[k]] === e.from &&
      deps.ids[deps.to[k]] === e.to &&
      deps.strength[k] === e.strength &&
      deps.basis[k] === e.basis &&
      claims.length === e.claims.length &&
      claims.every((c, i) => c === want[i]) &&
      new Set(claims).size === claims.length
    return ok ? [] : [k]
  })
  t.same(problems, [], 'every edge reads back as added')
  t.equal(new Set(Array.from(deps.claims.subarray(0, deps.claimFirst[2500]))).size, 2500, 'distinct claims, distinct numbers')

  // 1500 actors, each depending on the hub alone with strength 0.5 on a claim of its own: the hub's
  // influence over each is 0.5, so its total is 750, over all 1500.
  const actors = Array.from({ length: 1500 }, (_, i) => `a${i}`)
  const star = actors.map((a) => ({ from: a, to: 'hub', strength: 0.5, claims: [`claim-${a}`] }))
  const totals = totalInfluence(['hub', ...actors], star, { maxHops: 3, decay: 0.5 })
  t.same(totals.get('hub'), { total: 750, reach: 1500 })
  t.same(totals.get('a7'), { total: 0, reach: 0 })
})
