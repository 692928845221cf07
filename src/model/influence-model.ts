// The influence model, "dependency-chains": how much actor F can move actor T, read off T's
// dependencies on F, direct and through chains. docs/influence.md explains it and why; this file is
// the single definition of its name, version, parameters and their bounds.
import { z } from 'zod'
import { MAX_INFLUENCE_HOPS } from './hops.js'
import { BASES, type Basis } from './vocabulary.js'

export const MODEL_NAME = 'dependency-chains'
export const MODEL_VERSION = '1.2'

/**
 * How much a dependency counts by its basis (docs/influence.md): what the source states counts fully;
 * an analyst's reading of it, or background knowledge the source assumes, counts half, since neither
 * is what the source says and the hedge-based confidence cannot measure that step.
 */
export const BASIS_WEIGHTS: Record<Basis, number> = { stated: 1, inferred: 0.5, background: 0.5 }

/** The bases counted when a request names none: all, each weighed by BASIS_WEIGHTS. */
export const DEFAULT_BASES: Basis[] = [...BASES]

/** A set of bases as a bit mask, 1..7 (stated 1, inferred 2, background 4); the stored ranking of a set is at index mask - 1. */
export const basisMask = (bases: readonly Basis[]): number => bases.reduce((m, b) => m | (1 << BASES.indexOf(b)), 0)

export const DEFAULT_PARAMETERS = { maxHops: 3, decay: 0.5, minConfidence: 0 } as const

export const ModelParameters = z.object({
  maxHops: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_INFLUENCE_HOPS)
    .default(DEFAULT_PARAMETERS.maxHops)
    .describe(`longest dependency chain counted, 1-${MAX_INFLUENCE_HOPS}`),
  decay: z.coerce.number().min(0).max(1).default(DEFAULT_PARAMETERS.decay).describe('factor per extra hop of a chain, 0..1'),
  minConfidence: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(DEFAULT_PARAMETERS.minConfidence)
    .describe('ignore dependencies below this confidence'),
})
export type ModelParameters = z.infer<typeof ModelParameters>

export interface DependencyEdge {
  /** the dependent actor */
  from: string
  /** the provider it depends on */
  to: string
  /** weight x confidence of the dependency */
  strength: number
  /** the ids of the claims it cites (at least one): its evidence, which two chains may share */
  claims: readonly string[]
}

/**
 * For every ordered pair, the influence of provider F over dependent T (docs/influence.md, 1.2): the
 * simple chains T -> ... -> F, each of strength decay^(hops-1) * product of strengths, grouped into
 * channels: two chains that cite a common claim (anywhere along them) are one channel, and so are chains
 * linked through others. A channel counts its strongest chain; score = 1 - product over channels of
 * (1 - that strength). Returns, per actor, the sum of its influence over all others and how many actors
 * it reaches (score > 0). Used for the stored ranking; a depth-first walk from each dependent, so the
 * cost is the number of chains of at most maxHops times the claims along each.
 * Actors and claims are numbered and the per-walk state kept in typed arrays where it has a fixed size
 * (a hundred thousand walks would otherwise build a hundred thousand maps). The channels of one walk
 * are a union-find with one entry per chain, reset after each walk.
 */
export function totalInfluence(
  actorIds: string[],
  edges: DependencyEdge[],
  params: Pick<ModelParameters, 'maxHops' | 'decay'>,
): Map<string, { total: number; reach: number }> {
  const index = new Map<string, number>()
  const number = (id: string) => {
    const known = index.get(id)
    if (known !== undefined) return known
    const i = index.size
    index.set(id, i)
    return i
  }
  actorIds.forEach(number)
  // Providers outside actorIds are walked through but get no total.
  const actors = index.size
  const from = edges.map((e) => number(e.from))
  const to = edges.map((e) => number(e.to))
  const n = index.size
  const claimIndex = new Map<string, number>()
  const claimNumber = (id: string) => {
    const known = claimIndex.get(id)
    if (known !== undefined) return known
    const i = claimIndex.size
    claimIndex.set(id, i)
    return i
  }
  // Each node's out-edges contiguous (first[i] .. first[i + 1]), in input order; each edge's claims
  // contiguous in claimsOf (claimFirst[slot] .. claimFirst[slot + 1]).
  const first = new Int32Array(n + 1)
  for (const f of from) first[f + 1]++
  for (let i = 0; i < n; i++) first[i + 1] += first[i]
  const fill = first.slice(0, n)
  const target = new Int32Array(edges.length)
  const strengthOf = new Float64Array(edges.length)
  const edgeClaims: number[][] = new Array(edges.length)
  edges.forEach((e, k) => {
    const slot = fill[from[k]]++
    target[slot] = to[k]
    strengthOf[slot] = e.strength
    edgeClaims[slot] = e.claims.map(claimNumber)
  })
  const claimFirst = new Int32Array(edges.length + 1)
  for (let s = 0; s < edges.length; s++) claimFirst[s + 1] = claimFirst[s] + edgeClaims[s].length
  const claimsOf = Int32Array.from(edgeClaims.flat())
  const claimCount = Math.max(claimIndex.size, 1)
  const damping = Array.from({ length: params.maxHops }, (_, hops) => params.decay ** hops)
  // The walk's union-find: one entry per chain, best = its strength, owner = its provider. entryOf maps
  // (provider, claim) to an entry of a chain to that provider citing it; a later chain citing the same
  // claim joins that entry's channel. A root's best is the strongest chain of its channel.
  const entryOf = new Map<number, number>()
  const parent: number[] = []
  const best: number[] = []
  const owner: number[] = []
  const find = (start: number) => {
    let i = start
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  const join = (root: number, claim: number, provider: number) => {
    const key = provider * claimCount + claim
    const known = entryOf.get(key)
    if (known === undefined) {
      entryOf.set(key, root)
      return
    }
    const other = find(known)
    if (other === root) return
    parent[other] = root
    if (best[other] > best[root]) best[root] = best[other]
  }
  const pathClaims: number[] = []
  const onPath = new Uint8Array(n)
  const reached = new Uint8Array(n)
  const miss = new Float64Array(n).fill(1)
  const total = new Float64Array(actors)
  const reach = new Int32Array(actors)
  const walk = (node: number, hops: number, product: number) => {
    for (let k = first[node]; k < first[node + 1]; k++) {
      const next = target[k]
      if (onPath[next]) continue
      const strength = product * strengthOf[k]
      const depth = pathClaims.length
      for (let c = claimFirst[k]; c < claimFirst[k + 1]; c++) pathClaims.push(claimsOf[c])
      // this chain: one entry of its own, joined with every (next, claim) it cites
      const root = parent.length
      parent.push(root)
      best.push(damping[hops] * strength)
      owner.push(next)
      for (const claim of pathClaims) join(root, claim, next)
      if (hops + 1 < params.maxHops) {
        onPath[next] = 1
        walk(next, hops + 1, strength)
        onPath[next] = 0
      }
      pathClaims.length = depth
    }
  }
  for (const id of actorIds) {
    const dependent = index.get(id) as number
    onPath[dependent] = 1
    walk(dependent, 0, 1)
    onPath[dependent] = 0
    // every channel (a root) multiplies its provider's miss; then the providers' totals
    const providers: number[] = []
    for (let i = 0; i < parent.length; i++) {
      if (parent[i] !== i) continue
      const p = owner[i]
      if (!reached[p]) {
        reached[p] = 1
        providers.push(p)
      }
      miss[p] *= 1 - best[i]
    }
    for (const p of providers) {
      if (p < actors && 1 - miss[p] > 0) {
        total[p] += 1 - miss[p]
        reach[p] += 1
      }
      miss[p] = 1
      reached[p] = 0
    }
    parent.length = 0
    best.length = 0
    owner.length = 0
    entryOf.clear()
  }
  return new Map([...index].filter(([, i]) => i < actors).map(([id, i]) => [id, { total: total[i], reach: reach[i] }]))
}

/** The model a stored ranking was computed with: the defaults, no asOf, over these bases. */
export const rankingModel = (basis: readonly Basis[] = DEFAULT_BASES) => ({
  name: MODEL_NAME,
  version: MODEL_VERSION,
  parameters: { ...DEFAULT_PARAMETERS, asOf: null, knownAt: null, basis: [...basis] },
})
