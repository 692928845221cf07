// Relations between one pair of actors drawn as one edge: the SVG pictures (svg.ts) and the explorer's
// drawing (explorer/src/draw.ts) both bundle them here, so a picture and the page agree. A bundle
// carries a compact label ("supplies, depends-on ×2", or "5 relations" past a few types), takes its
// style from its strongest and most certain relation, and lists every relation for the tooltip.
// Browser-safe and pure: no Node import. Linear in the number of relations (one map, one sort per pair).

/** What a drawn relation needs; the SVG's PictureEdge and the explorer's edges both fit it. */
export interface BundledRelation {
  id: string
  from: string
  to: string
  type: string
  confidence: number
  /** Dependency weight, null for other types (counted as 0 when ranking). */
  weight: number | null
  basis: string | null
  symmetric: boolean
}

export interface Bundle<R extends BundledRelation = BundledRelation> {
  /** The pair, its ends in code-point order joined by a space: one id per pair whatever the directions. */
  id: string
  /** The ends of the strongest relation: the line is drawn from `from` to `to`. */
  from: string
  to: string
  /** Strongest first: weight (null as 0), then confidence, both descending, then id. */
  relations: R[]
  /** relations[0]: the edge's style (dashed, faded, coloured) is its own. */
  strongest: R
  label: string
  /** An arrowhead at `to`: some directed relation points from `from` to `to`. */
  forward: boolean
  /** An arrowhead at `from`: some directed relation points the other way. */
  backward: boolean
}

/** Past this many types, or this many characters, the label says only how many relations there are. */
export const LABEL_MAX_TYPES = 3
export const LABEL_MAX_CHARS = 34

const marked = (r: BundledRelation) => (r.basis === 'inferred' || r.basis === 'background' ? ` (${r.basis})` : '')

/** The order of strength the edge styles and the export's limitPerNode share. Relation ids are distinct, so a tie on id never happens. */
export function stronger(a: BundledRelation, b: BundledRelation): number {
  return (b.weight ?? 0) - (a.weight ?? 0) || b.confidence - a.confidence || (a.id < b.id ? -1 : 1)
}

/** "supplies, depends-on ×2": each type once, in order of its strongest relation, with its count past one. */
export function bundleLabel(relations: readonly BundledRelation[]): string {
  if (relations.length === 1) return `${relations[0].type}${marked(relations[0])}`
  const counts = new Map<string, number>()
  for (const r of relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1)
  const label = [...counts].map(([type, n]) => (n > 1 ? `${type} ×${n}` : type)).join(', ')
  return counts.size > LABEL_MAX_TYPES || label.length > LABEL_MAX_CHARS ? `${relations.length} relations` : label
}

/** One line per relation, strongest first: what the edge's tooltip (`<title>`) says. */
export function bundleTitle(b: Bundle, name: (id: string) => string): string {
  return b.relations
    .map((r) => {
      const arrow = r.symmetric ? '—' : '→'
      return `${r.type}${marked(r)}: ${name(r.from)} ${arrow} ${name(r.to)}, confidence ${r.confidence}${r.weight === null ? '' : `, weight ${r.weight}`}`
    })
    .join('\n')
}

/** The bundles of some relations, in the order their pairs first appear. */
export function bundle<R extends BundledRelation>(relations: readonly R[]): Bundle<R>[] {
  const pairs = new Map<string, R[]>()
  for (const r of relations) {
    const key = r.from < r.to ? `${r.from} ${r.to}` : `${r.to} ${r.from}`
    const list = pairs.get(key)
    if (list) list.push(r)
    else pairs.set(key, [r])
  }
  return [...pairs].map(([id, list]) => {
    const sorted = [...list].sort(stronger)
    const strongest = sorted[0]
    const directed = sorted.filter((r) => !r.symmetric)
    return {
      id,
      from: strongest.from,
      to: strongest.to,
      relations: sorted,
      strongest,
      label: bundleLabel(sorted),
      forward: directed.some((r) => r.from === strongest.from),
      backward: directed.some((r) => r.from === strongest.to),
    }
  })
}
