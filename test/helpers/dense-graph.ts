// Dense graphs for the bounded-work and fault tests: n actors, every ordered pair joined by a
// relation, written in the seed format (JSON + source text in a temp folder) so they load through the
// product's own seeding. Path enumeration on such a graph grows like n^hops: the honest way to make a
// query outrun its transaction timeout, or to make an in-flight request slow.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { mulberry32 } from './random-graph.js'

const TYPES = ['supports', 'opposes', 'supplies', 'pressures', 'trades-with', 'partners-with', 'met', 'sanctions', 'buys-from', 'threatens']
/** The types above that hold one way only. */
const DIRECTED = TYPES.filter((x) => !['trades-with', 'partners-with', 'met'].includes(x))
const HEDGES = ['asserted', 'likely', 'reported', 'apparent'] as const
const LEVELS = ['critical', 'high', 'moderate', 'low'] as const

export interface DenseOptions {
  sourceId: string
  actors: number
  /** Share of the relations that are depends-on (the influence model's edges), 0..1. */
  dependsOn: number
  /** PRNG seed: the same options write the same graph. */
  seed?: number
  /** An alias every actor shares: a name that resolves to all of them. */
  sharedAlias?: string
}

export const denseActorId = (sourceId: string, i: number) => `${sourceId}-a${i}`

/** Writes the seed file and its text; returns the JSON file's path. One claim per actor, cited by its outgoing relations. */
export function writeDenseSeed(o: DenseOptions): string {
  const rnd = mulberry32(o.seed ?? 1)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]
  const ids = Array.from({ length: o.actors }, (_, i) => denseActorId(o.sourceId, i))
  const claims = ids.map((id, i) => ({
    id: `${id}-c`,
    statement: `Statement about actor ${i}.`,
    quote: `Actor ${i} of ${o.sourceId} is connected to every other actor.`,
    assertedBy: 'author',
    hedge: pick(HEDGES),
    about: [id],
  }))
  const relations: Array<Record<string, unknown>> = []
  for (let i = 0; i < ids.length; i++) {
    for (let j = 0; j < ids.length; j++) {
      if (i === j) continue
      const dependsOn = rnd() < o.dependsOn
      relations.push({
        id: `${o.sourceId}-r${i}-${j}`,
        // A symmetric type once per pair: both directions of one would be the same relation, which a seed refuses.
        type: dependsOn ? 'depends-on' : pick(i < j ? TYPES : DIRECTED),
        from: ids[i],
        to: ids[j],
        claims: [claims[i].id],
        basis: 'stated',
        ...(dependsOn ? { dependency: { kind: 'trade', level: pick(LEVELS) } } : {}),
      })
    }
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-dense-'))
  writeFileSync(path.join(dir, 'source.txt'), claims.map((c) => c.quote).join('\n'))
  const file = path.join(dir, `${o.sourceId}.json`)
  writeFileSync(
    file,
    JSON.stringify({
      format: 'entente-seed/1',
      source: {
        id: o.sourceId,
        title: `Dense graph ${o.sourceId}`,
        publisher: 'entente tests',
        reportsOn: { event: 'a generated graph' },
        textFile: 'source.txt',
      },
      actors: ids.map((id, i) => ({
        id,
        name: `Dense actor ${i} of ${o.sourceId}`,
        kind: 'state',
        aliases: o.sharedAlias ? [o.sharedAlias] : [],
      })),
      claims,
      relations,
    }),
  )
  return file
}
