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
 * Dependencies in compact form, added edge by edge: actors and claims numbered once (actor ids in
 * `ids`, in the order first seen), edge k from `from[k]` to `to[k]` with `strength[k]`, `basis[k]`
 * (its basis's bit of basisMask, 0 when not given) and the claims `claims[claimFirst[k]] ..
 * claims[claimFirst[k + 1] - 1]`, in typed arrays grown by doubling. A million edges take about 30 MB
 * here, where as objects with arrays of claim ids they take several times that.
 */
export class Dependencies {
  readonly ids: string[] = []
  private readonly actorIndex = new Map<string, number>()
  private claimIndex = new Map<string, number>()
  /** How many claims are numbered: each claim number is below it. */
  claimCount = 0
  /** How many edges there are. */
  edges = 0
  from = new Int32Array(1024)
  to = new Int32Array(1024)
  strength = new Float64Array(1024)
  basis = new Uint8Array(1024)
  claimFirst = new Int32Array(1025)
  claims = new Int32Array(1024)

  /** The number of the actor with this id, numbered on first sight. */
  actor(id: string): number {
    const known = this.actorIndex.get(id)
    if (known !== undefined) return known
    this.actorIndex.set(id, this.ids.length)
    return this.ids.push(id) - 1
  }

  /** Adds an edge: from depends on to, citing claims. */
  add(from: string, to: string, strength: number, claims: readonly string[], basis = 0): void {
    const k = this.edges++
    if (k === this.from.length) {
      this.from = grow(this.from, 2 * k)
      this.to = grow(this.to, 2 * k)
      this.strength = grow(this.strength, 2 * k)
      this.basis = grow(this.basis, 2 * k)
      this.claimFirst = grow(this.claimFirst, 2 * k + 1)
    }
    this.from[k] = this.actor(from)
    this.to[k] = this.actor(to)
    this.strength[k] = strength
    this.basis[k] = basis
    let c = this.claimFirst[k]
    if (c + claims.length > this.claims.length) this.claims = grow(this.claims, 2 * (c + claims.length))
    for (const id of claims) {
      let number = this.claimIndex.get(id)
      if (number === undefined) {
        number = this.claimCount++
        this.claimIndex.set(id, number)
      }
      this.claims[c++] = number
    }
    this.claimFirst[k + 1] = c
  }

  /** Forgets the claims' ids once every edge is added (their numbers stay): the walk needs only the numbers. */
  sealClaims(): void {
    this.claimIndex = new Map()
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length)
  bigger.set(array)
  return bigger
}

/**
 * For every ordered pair, the influence of provider F over dependent T (docs/influence.md, 1.2): the
 * simple chains T -> ... -> F, each of strength decay^(hops-1) * product of strengths, grouped into
 * channels: two chains that cite a common claim (anywhere along them) are one channel, and so are chains
 * linked through others. A channel counts its strongest chain; score = 1 - product over channels of
 * (1 - that strength). Returns, per actor, the sum of its influence over all others and how many actors
 * it reaches (score > 0). Providers outside actorIds are walked through but get no total.
 * The object form of influenceTotals, which does the work; the stored ranking calls that directly, on
 * dependencies it reads into compact form.
 */
export function totalInfluence(
  actorIds: string[],
  edges: DependencyEdge[],
  params: Pick<ModelParameters, 'maxHops' | 'decay'>,
): Map<string, { total: number; reach: number }> {
  const deps = new Dependencies()
  for (const id of actorIds) deps.actor(id)
  const ids = deps.ids.slice()
  for (const e of edges) deps.add(e.from, e.to, e.strength, e.claims)
  const { total, reach } = influenceTotals(deps, ids.length, params)
  return new Map(ids.map((id, i) => [id, { total: total[i], reach: reach[i] }]))
}

/**
 * totalInfluence on dependencies in compact form: the total and reach of actors 0 .. ranked - 1, each
 * walked as a dependent in that order, over the edges `chosen` keeps (all unless given), each of
 * strength `strength(edge)` (its own unless given). A depth-first walk from each dependent, so the
 * cost is the number of chains of at most maxHops times the claims along each.
 * The per-walk state is kept in typed arrays where it has a fixed size (a hundred thousand walks would
 * otherwise build a hundred thousand maps). The channels of one walk are a union-find with one entry
 * per chain, reset after each walk.
 */
export function influenceTotals(
  deps: Dependencies,
  ranked: number,
  params: Pick<ModelParameters, 'maxHops' | 'decay'>,
  chosen: (edge: number) => boolean = () => true,
  strength: (edge: number) => number = (edge) => deps.strength[edge],
): { total: Float64Array; reach: Int32Array } {
  const n = deps.ids.length
  const { from, to, claimFirst, claims } = deps
  // Each node's chosen out-edges contiguous (first[i] .. first[i + 1]), in input order; slot s is edge
  // edgeOf[s], whose claims are read from deps.
  const first = new Int32Array(n + 1)
  let slots = 0
  for (let k = 0; k < deps.edges; k++) {
    if (!chosen(k)) continue
    first[from[k] + 1]++
    slots++
  }
  for (let i = 0; i < n; i++) first[i + 1] += first[i]
  const fill = first.slice(0, n)
  const target = new Int32Array(slots)
  const strengthOf = new Float64Array(slots)
  const edgeOf = new Int32Array(slots)
  for (let k = 0; k < deps.edges; k++) {
    if (!chosen(k)) continue
    const slot = fill[from[k]]++
    target[slot] = to[k]
    strengthOf[slot] = strength(k)
    edgeOf[slot] = k
  }
  const claimCount = Math.max(deps.claimCount, 1)
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
  const total = new Float64Array(ranked)
  const reach = new Int32Array(ranked)
  const walk = (node: number, hops: number, product: number) => {
    for (let k = first[node]; k < first[node + 1]; k++) {
      const next = target[k]
      if (onPath[next]) continue
      const strength = product * strengthOf[k]
      const depth = pathClaims.length
      const edge = edgeOf[k]
      for (let c = claimFirst[edge]; c < claimFirst[edge + 1]; c++) pathClaims.push(claims[c])
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
  for (let dependent = 0; dependent < ranked; dependent++) {
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
      if (p < ranked && 1 - miss[p] > 0) {
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
  return { total, reach }
}

/** The model a stored ranking was computed with: the defaults, no asOf, over these bases. */
export const rankingModel = (basis: readonly Basis[] = DEFAULT_BASES) => ({
  name: MODEL_NAME,
  version: MODEL_VERSION,
  parameters: { ...DEFAULT_PARAMETERS, asOf: null, knownAt: null, basis: [...basis] },
})
