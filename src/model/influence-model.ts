// The influence model, "dependency-chains": how much actor F can move actor T, read off T's
// dependencies on F, direct and through chains. docs/influence.md explains it and why; this file is
// the single definition of its name, version, parameters and their bounds.
import { z } from 'zod'

export const MODEL_NAME = 'dependency-chains'
export const MODEL_VERSION = '1.0'

export const DEFAULT_PARAMETERS = { maxHops: 3, decay: 0.5, minConfidence: 0 } as const

export const ModelParameters = z.object({
  maxHops: z.coerce.number().int().min(1).max(4).default(DEFAULT_PARAMETERS.maxHops).describe('longest dependency chain counted, 1-4'),
  decay: z.coerce.number().min(0).max(1).default(DEFAULT_PARAMETERS.decay).describe('factor per extra hop of a chain, 0..1'),
  minConfidence: z.coerce.number().min(0).max(1).default(DEFAULT_PARAMETERS.minConfidence).describe('ignore dependencies below this confidence'),
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
 */
export function totalInfluence(
  actorIds: string[],
  edges: DependencyEdge[],
  params: Pick<ModelParameters, 'maxHops' | 'decay'>,
): Map<string, { total: number; reach: number }> {
  const out = new Map<string, DependencyEdge[]>()
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e])
  const totals = new Map(actorIds.map((id) => [id, { total: 0, reach: 0 }]))
  for (const dependent of actorIds) {
    const miss = new Map<string, number>()
    const onPath = new Set([dependent])
    const walk = (node: string, hops: number, product: number) => {
      for (const e of out.get(node) ?? []) {
        if (onPath.has(e.to)) continue
        const strength = product * e.strength
        miss.set(e.to, (miss.get(e.to) ?? 1) * (1 - params.decay ** hops * strength))
        if (hops + 1 < params.maxHops) {
          onPath.add(e.to)
          walk(e.to, hops + 1, strength)
          onPath.delete(e.to)
        }
      }
    }
    walk(dependent, 0, 1)
    for (const [provider, m] of miss) {
      const t = totals.get(provider)
      if (t && 1 - m > 0) {
        t.total += 1 - m
        t.reach += 1
      }
    }
  }
  return totals
}
