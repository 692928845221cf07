// The influence model, "dependency-chains": how much actor F can move actor T, read off T's
// dependencies on F, direct and through chains. docs/influence.md explains it and why; this file is
// the single definition of its name, version, parameters and their bounds.
import { z } from 'zod'
import { MAX_INFLUENCE_HOPS } from './hops.js'
import { BASES, type Basis } from './vocabulary.js'

export const MODEL_NAME = 'dependency-chains'
export const MODEL_VERSION = '1.1'

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
}

/**
 * For every ordered pair, the influence of provider F over dependent T: 1 - product over simple chains
 * T -> ... -> F of (1 - decay^(hops-1) * product of strengths). Returns, per actor, the sum of its
 * influence over all others and how many actors it reaches (score > 0). Used for the stored ranking;
 * a depth-first walk from each dependent, so the cost is the number of chains of at most maxHops.
 * Actors are numbered and the per-walk state kept in typed arrays (a hundred thousand walks would
 * otherwise build a hundred thousand maps); the walk and its arithmetic are unchanged, edge by edge
 * in input order, so the totals are the same to the last bit.
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
  // Each node's out-edges contiguous (first[i] .. first[i + 1]), in input order.
  const first = new Int32Array(n + 1)
  for (const f of from) first[f + 1]++
  for (let i = 0; i < n; i++) first[i + 1] += first[i]
  const fill = first.slice(0, n)
  const target = new Int32Array(edges.length)
  const strengthOf = new Float64Array(edges.length)
  edges.forEach((e, k) => {
    const slot = fill[from[k]]++
    target[slot] = to[k]
    strengthOf[slot] = e.strength
  })
  const damping = Array.from({ length: params.maxHops }, (_, hops) => params.decay ** hops)
  const miss = new Float64Array(n).fill(1)
  const touched: number[] = []
  const reached = new Uint8Array(n)
  const onPath = new Uint8Array(n)
  const total = new Float64Array(actors)
  const reach = new Int32Array(actors)
  const walk = (node: number, hops: number, product: number) => {
    for (let k = first[node]; k < first[node + 1]; k++) {
      const next = target[k]
      if (onPath[next]) continue
      const strength = product * strengthOf[k]
      if (!reached[next]) {
        reached[next] = 1
        touched.push(next)
      }
      miss[next] = miss[next] * (1 - damping[hops] * strength)
      if (hops + 1 < params.maxHops) {
        onPath[next] = 1
        walk(next, hops + 1, strength)
        onPath[next] = 0
      }
    }
  }
  for (const id of actorIds) {
    const dependent = index.get(id) as number
    onPath[dependent] = 1
    walk(dependent, 0, 1)
    onPath[dependent] = 0
    for (const provider of touched) {
      if (provider < actors && 1 - miss[provider] > 0) {
        total[provider] += 1 - miss[provider]
        reach[provider] += 1
      }
      miss[provider] = 1
      reached[provider] = 0
    }
    touched.length = 0
  }
  return new Map([...index].filter(([, i]) => i < actors).map(([id, i]) => [id, { total: total[i], reach: reach[i] }]))
}

/** The model a stored ranking was computed with: the defaults, no asOf, over these bases. */
export const rankingModel = (basis: readonly Basis[] = DEFAULT_BASES) => ({
  name: MODEL_NAME,
  version: MODEL_VERSION,
  parameters: { ...DEFAULT_PARAMETERS, asOf: null, basis: [...basis] },
})
