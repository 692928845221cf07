// Hop limits, from one constant.

/**
 * The longest path any statement walks. /paths takes maxHops up to it, and every cypher/ statement
 * that writes MAX_HOPS in a path quantifier is compiled as the variants name@1 … name@MAX_HOPS.
 */
export const MAX_HOPS = 6

/**
 * The longest dependency chain the influence model counts. It enumerates every chain, and their number
 * multiplies with each hop, so chains stop two hops short of paths (docs/influence.md).
 */
export const MAX_INFLUENCE_HOPS = MAX_HOPS - 2
