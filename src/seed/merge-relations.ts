// One relation, several sources. Each source's statement of a relation is a *contribution*; the
// stored RELATION is derived from the contributions that share its key, and keeps them (as JSON, one
// string per source) so that re-seeding a source can take exactly its part away and derive the rest
// again. docs/model.md ("More than one source") states these rules for readers.
//
// - Key: type, the two ends (in either order for a symmetric type), the dependency kind of a
//   depends-on or the commodity of a supplies/buys-from, and validFrom as written (undated matches
//   undated): the 2018 and the 2024 meeting of the same two leaders are two relations.
// - Precedence: the source published first (undated last, then by source id) names the relation:
//   its id, direction, dates, period note, deal and source id are the relation's.
// - Claims: the union, first source's first. Confidence: the highest of all the claims.
// - Weight: from one contribution, the one with a stated share (a number beats a level word), then
//   the most confident, then the first published; its figure is the relation's `dependency`. Every
//   contribution's own figure stays in `contributions`, with its source.
// - Known from: the earliest knownFrom of any source (open when the first source's start is open).
// - Basis: the strongest any source gives (stated > inferred > background), with that source's note.
import { knownFrom } from '../model/known-from.js'
import { intervalOf } from '../model/partial-date.js'
import { BASES, type DateBasis, type Basis, type DependencyLevel, SYMMETRIC_TYPES } from '../model/vocabulary.js'
import type { RelationType } from '../model/vocabulary.js'
import type { SeedRelation } from './seed-schema.js'

/** What one source says about one relation. Stored on the relation as JSON, one per source. */
export interface Contribution {
  sourceId: string
  /** The source's publication date, as written; orders the contributions. */
  publishedAt: string | null
  id: string
  type: RelationType
  from: string
  to: string
  claimIds: string[]
  confidence: number
  weight: number | null
  dependencyKind: string | null
  share: number | null
  bound: string | null
  level: string | null
  commodity: string | null
  validFrom: string | null
  validTo: string | null
  /** When this source knows the relation from (src/model/known-from.ts); null when its start is open. */
  knownFrom: string | null
  periodNote: string | null
  deal: string | null
  basis: Basis | null
  note: string | null
  dateBasis: DateBasis | null
}

/** What a contribution is derived from, besides the relation: its source and that source's claims. */
export interface ContributionContext {
  sourceId: string
  publishedAt: string | undefined
  /** A claim's confidence (from its hedge). */
  confidenceOf: (claimId: string) => number
  /** A claim's `when`, if it has one. */
  whenOf: (claimId: string) => string | undefined
  /** The weight of each dependency level (the defaults with the file's overrides). */
  weights: Record<DependencyLevel, number>
}

/**
 * One source's statement of a relation as a contribution: weight from the stated weight, the share or
 * the level; confidence from the best claim; known from as src/model/known-from.ts says. The seed
 * loader and the synthetic loader (tools/synthetic) both call this, so both store the same relations.
 */
export function contributionOf(r: SeedRelation, ctx: ContributionContext): Contribution {
  const d = r.dependency
  const derived = d?.share ?? (d?.level ? ctx.weights[d.level] : undefined)
  return {
    sourceId: ctx.sourceId,
    publishedAt: ctx.publishedAt ?? null,
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    claimIds: r.claims,
    confidence: Math.max(...r.claims.map(ctx.confidenceOf)),
    weight: r.weight ?? derived ?? null,
    dependencyKind: d?.kind ?? null,
    share: d?.share ?? null,
    bound: d?.bound ?? null,
    level: d?.level ?? null,
    commodity: r.commodity ?? null,
    validFrom: r.validFrom ?? null,
    validTo: r.validTo ?? null,
    knownFrom: knownFrom(r, ctx.whenOf, ctx.publishedAt),
    periodNote: r.periodNote ?? null,
    deal: r.deal ?? null,
    basis: r.basis,
    note: r.note ?? null,
    dateBasis: r.dateBasis ?? null,
  }
}

/** Which relation a contribution is part of (see the header). */
export function relationKey(c: Pick<Contribution, 'type' | 'from' | 'to' | 'dependencyKind' | 'commodity' | 'validFrom'>): string {
  const ends = SYMMETRIC_TYPES.includes(c.type) ? [c.from, c.to].sort() : [c.from, c.to]
  return [c.type, ...ends, c.dependencyKind ?? c.commodity ?? '', c.validFrom ?? ''].join('|')
}

/** The fields of a seed relation its key reads. */
export const keyFieldsOf = (r: SeedRelation) => ({
  type: r.type,
  from: r.from,
  to: r.to,
  dependencyKind: r.dependency?.kind ?? null,
  commodity: r.commodity ?? null,
  validFrom: r.validFrom ?? null,
})

/** First published first; an undated source after every dated one; then by source id. */
export function byPrecedence(a: Contribution, b: Contribution): number {
  const pa = a.publishedAt ?? '\uffff'
  const pb = b.publishedAt ?? '\uffff'
  if (pa !== pb) return pa < pb ? -1 : 1
  // The contributions of one relation come from distinct sources (a source states a relation once:
  // validate-seed.ts), so two outcomes: never equal.
  return a.sourceId < b.sourceId ? -1 : 1
}

/** The contribution whose figure the weight uses: a stated share first, then confidence, then precedence. */
function weightGiver(ordered: Contribution[]): Contribution | undefined {
  const rank = (c: Contribution) => [c.share === null ? 1 : 0, -c.confidence]
  return ordered
    .filter((c) => c.weight !== null)
    .reduce<Contribution | undefined>((best, c) => {
      if (best === undefined) return c
      const [x, y] = [rank(c), rank(best)]
      return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]) ? c : best
    }, undefined)
}

export interface MergedRelation {
  from: string
  to: string
  props: Record<string, unknown>
}

/** The stored relation of one key, from its contributions (at least one, any order). */
export function mergeContributions(contributions: Contribution[]): MergedRelation {
  const ordered = [...contributions].sort(byPrecedence)
  const first = ordered[0]
  const figure = weightGiver(ordered)
  const basisGiver = ordered
    .filter((c) => c.basis !== null)
    .reduce<Contribution | undefined>(
      (best, c) => (best === undefined || BASES.indexOf(c.basis as Basis) < BASES.indexOf(best.basis as Basis) ? c : best),
      undefined,
    )
  const claimIds = [...new Set(ordered.flatMap((c) => c.claimIds))]
  // Known from the earliest time any source knows it from; open when the first source leaves it open.
  const knownFrom =
    first.knownFrom === null
      ? null
      : ordered
          .map((c) => c.knownFrom)
          .filter((k): k is string => k !== null)
          .reduce((a, b) => (intervalOf(b).start < intervalOf(a).start ? b : a))
  return {
    from: first.from,
    to: first.to,
    props: {
      id: first.id,
      key: relationKey(first),
      type: first.type,
      sourceId: first.sourceId,
      sources: ordered.map((c) => c.sourceId),
      relationIds: ordered.map((c) => c.id),
      corroboration: ordered.length,
      contributions: ordered.map((c) => JSON.stringify(c)),
      weightSourceId: figure?.sourceId ?? null,
      claimIds,
      symmetric: SYMMETRIC_TYPES.includes(first.type),
      weight: figure?.weight ?? null,
      confidence: Math.max(...ordered.map((c) => c.confidence)),
      validFrom: first.validFrom,
      validTo: first.validTo,
      knownFrom,
      validStart: knownFrom ? intervalOf(knownFrom).start : null,
      validEnd: first.validTo ? intervalOf(first.validTo).end : null,
      periodNote: first.periodNote,
      commodity: first.commodity,
      dependencyKind: first.dependencyKind,
      share: figure?.share ?? null,
      bound: figure?.bound ?? null,
      level: figure?.level ?? null,
      deal: first.deal,
      basis: basisGiver?.basis ?? null,
      note: basisGiver?.note ?? null,
      dateBasis: first.dateBasis,
    },
  }
}

/** Every key a remerge touched: the relations it deleted and those it writes (the history records both, cypher/known-record.cypher). */
export function touchedKeys(merged: ReturnType<typeof remerge>): string[] {
  return [...new Set([...merged.deleteKeys, ...merged.relations.map((r) => r.props.key as string)])]
}

/**
 * The relations to write after a source is (re)loaded: for every key it touched before or touches
 * now, the other sources' contributions as stored plus its new ones. A key left with none is gone.
 */
export function remerge(
  sourceId: string,
  stored: Array<{ key: string; contributions: string[] }>,
  fresh: Contribution[],
): { deleteKeys: string[]; relations: MergedRelation[] } {
  const byKey = new Map<string, Contribution[]>()
  for (const row of stored) {
    const others = row.contributions.map((s) => JSON.parse(s) as Contribution).filter((c) => c.sourceId !== sourceId)
    byKey.set(row.key, others)
  }
  for (const c of fresh) {
    const key = relationKey(c)
    byKey.set(key, [...(byKey.get(key) ?? []), c])
  }
  return {
    deleteKeys: stored.map((r) => r.key),
    relations: [...byKey.values()].filter((cs) => cs.length > 0).map(mergeContributions),
  }
}
