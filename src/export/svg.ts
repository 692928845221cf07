// SVG pictures of a path answer or an ego network, for dashboards: one self-contained document (no
// script, no stylesheet, no external reference; presentation attributes only, so it renders the same
// under any Content-Security-Policy and inside an <img>). Every text goes through escapeXml: an actor
// named "<script>" is drawn as those eight characters. Pure: the same picture gives the same bytes.
import type { ActorKind, Basis } from '../model/vocabulary.js'
import { type Point, layout } from './layout.js'
import { attrs, escapeXml } from './xml.js'
import { FADED_BELOW, KIND_COLORS } from '../model/drawing-style.js'

/** What the route descriptions (and so the OpenAPI document) say about the pictures. */
export const SVG_DESCRIPTION =
  'a self-contained SVG picture (no script, no stylesheet, no external reference): every actor a labelled circle coloured by kind, ' +
  'every relation an arrow labelled with its type; dashed when hedged (no claim states it as fact), faded when its confidence is ' +
  'below 0.5, coloured when its basis is inferred or background; a legend, and a title and subtitle saying the query. The layout ' +
  'is d3-force run a fixed number of ticks (120) from fixed starting points, so the same query gives the same bytes (and the same ETag).'

export interface PictureNode {
  id: string
  label: string
  kind: ActorKind
  /** Drawn larger, with a ring: the ends of a path, the center of an ego network. */
  emphasis: boolean
}

export interface PictureEdge {
  id: string
  from: string
  to: string
  type: string
  confidence: number
  /** No claim behind it is stated as fact: drawn dashed. */
  hedged: boolean
  /** What the relation rests on: inferred and background are coloured and marked. */
  basis: Basis
  symmetric: boolean
}

export interface Picture {
  title: string
  subtitle: string
  nodes: PictureNode[]
  edges: PictureEdge[]
  /** What to say when there is nothing to draw. */
  empty: string
  columns?: ReadonlyMap<string, number>
  pinned: string | null
}

const EDGE_COLOR = '#3d4650'
const BASIS_COLORS: Record<Basis, string> = { stated: EDGE_COLOR, inferred: '#b35900', background: '#7a7a7a' }
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'
const RADIUS = 9
const MARGIN = 90
const HEADER = 64
const LEGEND_ROW = 22

const el = (name: string, pairs: Array<[string, string | number | boolean | null]>, body?: string) =>
  body === undefined ? `<${name}${attrs(pairs)}/>` : `<${name}${attrs(pairs)}>${body}</${name}>`

const text = (x: number, y: number, value: string, extra: Array<[string, string | number | null]> = []) =>
  el('text', [['x', x], ['y', y], ...extra], escapeXml(value))

const fmt = (v: number) => Math.round(v * 10) / 10

const edgeStroke = (e: PictureEdge) => BASIS_COLORS[e.basis]

function edgeSvg(e: PictureEdge, a: Point, b: Point, bend: number): string {
  // A quadratic curve bent sideways by `bend`, so relations between the same two actors do not overlap.
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len = Math.max(Math.hypot(dx, dy), 1)
  const cx = fmt((a.x + b.x) / 2 - (dy / len) * bend)
  const cy = fmt((a.y + b.y) / 2 + (dx / len) * bend)
  const mid = { x: fmt((a.x + 2 * cx + b.x) / 4), y: fmt((a.y + 2 * cy + b.y) / 4) }
  const stroke = edgeStroke(e)
  const marked = e.basis === 'inferred' || e.basis === 'background' ? ` (${e.basis})` : ''
  const label = `${e.type}${marked}`
  return el(
    'g',
    [
      ['class', 'edge'],
      ['data-id', e.id],
      ['data-type', e.type],
      ['opacity', e.confidence < FADED_BELOW ? 0.45 : null],
    ],
    el('title', [], escapeXml(`${e.type}${marked}: ${e.from} → ${e.to}, confidence ${e.confidence}${e.hedged ? ', hedged' : ''}`)) +
      el('path', [
        ['d', `M${a.x} ${a.y} Q${cx} ${cy} ${b.x} ${b.y}`],
        ['fill', 'none'],
        ['stroke', stroke],
        ['stroke-width', 1.6],
        ['stroke-dasharray', e.hedged ? '6 4' : null],
        ['marker-end', e.symmetric ? null : `url(#arrow-${stroke.slice(1)})`],
      ]) +
      text(mid.x, mid.y - 4, label, [
        ['text-anchor', 'middle'],
        ['font-size', 10],
        ['fill', stroke],
        ['stroke', '#ffffff'],
        ['stroke-width', 3],
        ['paint-order', 'stroke'],
      ]),
  )
}

function nodeSvg(n: PictureNode, p: Point): string {
  const r = n.emphasis ? RADIUS + 3 : RADIUS
  const color = KIND_COLORS[n.kind]
  return el(
    'g',
    [
      ['class', 'node'],
      ['data-id', n.id],
      ['data-kind', n.kind],
    ],
    el('circle', [
      ['cx', p.x],
      ['cy', p.y],
      ['r', r],
      ['fill', color],
      ['stroke', n.emphasis ? '#111111' : '#ffffff'],
      ['stroke-width', n.emphasis ? 2.5 : 1.5],
    ]) +
      text(p.x, p.y + r + 14, n.label, [
        ['text-anchor', 'middle'],
        ['font-size', 12],
        ['font-weight', n.emphasis ? 'bold' : null],
        ['fill', '#111111'],
        ['stroke', '#ffffff'],
        ['stroke-width', 3],
        ['paint-order', 'stroke'],
      ]),
  )
}

function legendSvg(kinds: ActorKind[], x: number, y: number): string {
  const line = (row: number, label: string, pairs: Array<[string, string | number | null]>) =>
    el('path', [['d', `M${x} ${y + row * LEGEND_ROW} h36`], ['fill', 'none'], ['stroke-width', 1.6], ...pairs]) +
    text(x + 44, y + row * LEGEND_ROW + 4, label, [['font-size', 11]])
  const rows = [
    line(0, 'stated as fact (asserted)', [['stroke', EDGE_COLOR]]),
    line(1, 'hedged: likely, reported, apparent, speculative …', [
      ['stroke', EDGE_COLOR],
      ['stroke-dasharray', '6 4'],
    ]),
    line(2, `faded: confidence below ${FADED_BELOW}`, [
      ['stroke', EDGE_COLOR],
      ['opacity', 0.45],
    ]),
    line(3, 'basis inferred (an analyst’s reading)', [['stroke', BASIS_COLORS.inferred]]),
    line(4, 'basis background (knowledge the source assumes)', [['stroke', BASIS_COLORS.background]]),
  ]
  const kindX = x + 380
  const kindRows = kinds.map(
    (k, i) =>
      el('circle', [
        ['cx', kindX + 6],
        ['cy', y + i * LEGEND_ROW],
        ['r', 6],
        ['fill', KIND_COLORS[k]],
      ]) + text(kindX + 18, y + i * LEGEND_ROW + 4, k, [['font-size', 11]]),
  )
  return el(
    'g',
    [['class', 'legend']],
    text(x, y - 18, 'Legend', [
      ['font-size', 11],
      ['font-weight', 'bold'],
    ]) +
      rows.join('') +
      kindRows.join(''),
  )
}

export function toSvg(p: Picture): string {
  const positions = layout({
    ids: p.nodes.map((n) => n.id),
    links: p.edges,
    columns: p.columns,
    pinned: p.pinned,
  })
  const points = [...positions.values()]
  const minX = Math.min(0, ...points.map((q) => q.x))
  const maxX = Math.max(0, ...points.map((q) => q.x))
  const minY = Math.min(0, ...points.map((q) => q.y))
  const maxY = Math.max(0, ...points.map((q) => q.y))
  const kinds = [...new Set(p.nodes.map((n) => n.kind))].sort()
  const legendRows = Math.max(5, kinds.length)
  const width = Math.max(760, fmt(maxX - minX + 2 * MARGIN))
  const drawing = fmt(maxY - minY + 2 * MARGIN)
  const height = fmt(HEADER + drawing + 40 + legendRows * LEGEND_ROW)
  // Shift the layout into the canvas: the drawing is centred horizontally, below the header.
  const shiftX = fmt((width - (maxX - minX)) / 2 - minX)
  const shiftY = fmt(HEADER + MARGIN - minY)
  const at = (id: string): Point => {
    const q = positions.get(id) as Point
    return { x: fmt(q.x + shiftX), y: fmt(q.y + shiftY) }
  }

  // Relations between the same two actors fan out: the nth of m bends by (n - (m - 1) / 2) × 36.
  const pairCount = new Map<string, number>()
  const pairKey = (e: PictureEdge) => [e.from, e.to].sort().join('\u0000')
  for (const e of p.edges) pairCount.set(pairKey(e), (pairCount.get(pairKey(e)) ?? 0) + 1)
  const pairSeen = new Map<string, number>()
  const edges = p.edges.map((e) => {
    const key = pairKey(e)
    const nth = pairSeen.get(key) ?? 0
    pairSeen.set(key, nth + 1)
    // Bend in one sense whichever way the relation points, so a pair's curves never coincide.
    const sense = e.from < e.to ? 1 : -1
    return edgeSvg(e, at(e.from), at(e.to), sense * (nth - ((pairCount.get(key) as number) - 1) / 2) * 36)
  })
  const nodes = p.nodes.map((n) => nodeSvg(n, at(n.id)))
  const markers = [...new Set(Object.values(BASIS_COLORS))].map((c) =>
    el(
      'marker',
      [
        ['id', `arrow-${c.slice(1)}`],
        ['viewBox', '0 0 10 10'],
        ['refX', 10 + RADIUS + 2],
        ['refY', 5],
        ['markerUnits', 'userSpaceOnUse'],
        ['markerWidth', 10],
        ['markerHeight', 10],
        ['orient', 'auto'],
      ],
      el('path', [
        ['d', 'M0 0 L10 5 L0 10 z'],
        ['fill', c],
      ]),
    ),
  )
  const body =
    p.nodes.length === 0
      ? text(width / 2, HEADER + drawing / 2, p.empty, [
          ['text-anchor', 'middle'],
          ['font-size', 14],
          ['fill', '#555555'],
        ])
      : el('g', [['class', 'edges']], edges.join('')) + el('g', [['class', 'nodes']], nodes.join(''))
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      [
        ['xmlns', 'http://www.w3.org/2000/svg'],
        ['version', '1.1'],
        ['width', width],
        ['height', height],
        ['viewBox', `0 0 ${width} ${height}`],
        ['role', 'img'],
        ['aria-labelledby', 'title desc'],
        ['font-family', FONT],
      ],
      el('title', [['id', 'title']], escapeXml(p.title)) +
        el('desc', [['id', 'desc']], escapeXml(p.subtitle)) +
        el('defs', [], markers.join('')) +
        el('rect', [
          ['width', width],
          ['height', height],
          ['fill', '#ffffff'],
        ]) +
        text(20, 30, p.title, [
          ['font-size', 18],
          ['font-weight', 'bold'],
          ['fill', '#111111'],
        ]) +
        text(20, 50, p.subtitle, [
          ['font-size', 12],
          ['fill', '#444444'],
        ]) +
        body +
        legendSvg(kinds, 20, HEADER + drawing + 40),
    ) +
    '\n'
  )
}
