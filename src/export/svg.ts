// SVG pictures of a path answer or an ego network, for dashboards: one self-contained document (no
// script, no stylesheet, no external reference; presentation attributes only, so it renders the same
// under any Content-Security-Policy and inside an <img>). Every text goes through escapeXml: an actor
// named "<script>" is drawn as those eight characters. Pure: the same picture gives the same bytes.
import type { ActorKind, Basis } from '../model/vocabulary.js'
import { arrange, type EdgeLabel, EDGE_FONT, EMPHASIS_RADIUS, NODE_FONT, NODE_MORE_FONT, type NodeLabel, RADIUS } from './arrange.js'
import { type Bundle, bundle, bundleTitle } from './bundle.js'
import type { Point } from './layout.js'
import { attrs, escapeXml } from './xml.js'
import { FADED_BELOW, KIND_COLORS } from '../model/drawing-style.js'

/** What the route descriptions (and so the OpenAPI document) say about the pictures. */
export const SVG_DESCRIPTION =
  'a self-contained SVG picture (no script, no stylesheet, no external reference): every actor a labelled circle coloured by kind, ' +
  'the relations between each pair of actors one line labelled with their types ("supplies, depends-on ×2", or "5 relations"), styled ' +
  'by its strongest and most certain relation and listing them all in its tooltip (`<title>`); dashed when hedged (no claim states it as ' +
  'fact), faded when its confidence is below 0.5, coloured when its basis is inferred or background; labels placed so that none overlaps ' +
  'another; a legend, and a title and subtitle saying the query. The layout is d3-force run a fixed number of ticks (120) from fixed ' +
  'starting points, stretched over the canvas, so the same query gives the same bytes (and the same ETag).'

export interface PictureNode {
  id: string
  label: string
  kind: ActorKind
  /** Drawn larger, with a ring: the ends of a path, the center of an ego network. */
  emphasis: boolean
  /** Relations of this actor that the export left out (limitPerNode): drawn as "N more" under its name. */
  omitted?: number
}

export interface PictureEdge {
  id: string
  from: string
  to: string
  type: string
  confidence: number
  /** Dependency weight (null for other types): with confidence, what makes one relation of a pair the strongest. */
  weight: number | null
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
const HEADER = 60
const LEGEND_ROW = 20
/** The legend: three rows, styles in two columns, then the kinds in columns of three. */
const LEGEND_HEIGHT = 24 + 3 * LEGEND_ROW

const el = (name: string, pairs: Array<[string, string | number | boolean | null]>, body?: string) =>
  body === undefined ? `<${name}${attrs(pairs)}/>` : `<${name}${attrs(pairs)}>${body}</${name}>`

const text = (x: number, y: number, value: string, extra: Array<[string, string | number | null]> = []) =>
  el('text', [['x', x], ['y', y], ...extra], escapeXml(value))

const fmt = (v: number) => Math.round(v * 10) / 10

/** A white outline under a label, so a line passing behind it does not cross its letters. */
const HALO: Array<[string, string | number]> = [
  ['stroke', '#ffffff'],
  ['stroke-width', 3],
  ['paint-order', 'stroke'],
]

function edgeSvg(b: Bundle<PictureEdge>, a: Point, z: Point, label: EdgeLabel, name: (id: string) => string): string {
  const e = b.strongest
  const stroke = BASIS_COLORS[e.basis]
  const marker = `url(#arrow-${stroke.slice(1)})`
  return el(
    'g',
    [
      ['class', 'edge'],
      ['data-id', e.id],
      ['data-relations', b.relations.map((r) => r.id).join(' ')],
      ['data-type', e.type],
      ['opacity', e.confidence < FADED_BELOW ? 0.45 : null],
    ],
    el('title', [], escapeXml(bundleTitle(b, name))) +
      el('path', [
        ['d', `M${a.x} ${a.y} L${z.x} ${z.y}`],
        ['fill', 'none'],
        ['stroke', stroke],
        ['stroke-width', 1.6],
        ['stroke-dasharray', e.hedged ? '6 4' : null],
        ['marker-end', b.forward ? marker : null],
        ['marker-start', b.backward ? marker : null],
      ]) +
      text(fmt(label.cx), fmt(label.baseline), b.label, [['text-anchor', 'middle'], ['font-size', EDGE_FONT], ['fill', stroke], ...HALO]),
  )
}

function nodeSvg(n: PictureNode, p: Point, label: NodeLabel): string {
  const r = n.emphasis ? EMPHASIS_RADIUS : RADIUS
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
      text(fmt(label.cx), fmt(label.nameY), n.label, [
        ['text-anchor', 'middle'],
        ['font-size', NODE_FONT],
        ['font-weight', n.emphasis ? 'bold' : null],
        ['fill', '#111111'],
        ...HALO,
      ]) +
      (n.omitted
        ? text(fmt(label.cx), fmt(label.moreY), `${n.omitted} more`, [
            ['class', 'more'],
            ['text-anchor', 'middle'],
            ['font-size', NODE_MORE_FONT],
            ['fill', '#555555'],
            ...HALO,
          ])
        : ''),
  )
}

function legendSvg(kinds: ActorKind[], x: number, y: number): string {
  const at = (i: number) => ({ x: x + Math.floor(i / 3) * 300, y: y + (i % 3) * LEGEND_ROW })
  const line = (i: number, label: string, pairs: Array<[string, string | number | null]>) =>
    el('path', [['d', `M${at(i).x} ${at(i).y} h36`], ['fill', 'none'], ['stroke-width', 1.6], ...pairs]) +
    text(at(i).x + 44, at(i).y + 4, label, [['font-size', 11]])
  const rows = [
    line(0, 'stated as fact (asserted)', [['stroke', EDGE_COLOR]]),
    line(1, 'hedged: likely, reported, speculative …', [
      ['stroke', EDGE_COLOR],
      ['stroke-dasharray', '6 4'],
    ]),
    line(2, `faded: confidence below ${FADED_BELOW}`, [
      ['stroke', EDGE_COLOR],
      ['opacity', 0.45],
    ]),
    line(3, 'inferred (an analyst’s reading)', [['stroke', BASIS_COLORS.inferred]]),
    line(4, 'background (what the source assumes)', [['stroke', BASIS_COLORS.background]]),
    text(at(5).x, at(5).y + 4, 'one line per pair; its strongest relation’s style', [
      ['font-size', 11],
      ['fill', '#444444'],
    ]),
  ]
  const kindRows = kinds.map((k, i) => {
    const kx = x + 600 + Math.floor(i / 3) * 95
    const ky = y + (i % 3) * LEGEND_ROW
    return (
      el('circle', [
        ['cx', kx + 6],
        ['cy', ky],
        ['r', 6],
        ['fill', KIND_COLORS[k]],
      ]) + text(kx + 18, ky + 4, k, [['font-size', 11]])
    )
  })
  return el(
    'g',
    [['class', 'legend']],
    text(x, y - 16, 'Legend', [
      ['font-size', 11],
      ['font-weight', 'bold'],
    ]) +
      rows.join('') +
      kindRows.join(''),
  )
}

export function toSvg(p: Picture): string {
  const names = new Map(p.nodes.map((n) => [n.id, n.label]))
  const bundles = bundle(p.edges)
  const arranged = arrange(
    {
      nodes: p.nodes.map((n) => ({ id: n.id, label: n.label, emphasis: n.emphasis, more: n.omitted ? `${n.omitted} more` : undefined })),
      edges: bundles.map((b) => ({ id: b.id, from: b.from, to: b.to, label: b.label })),
      columns: p.columns,
      pinned: p.pinned,
    },
    HEADER,
  )
  const kinds = [...new Set(p.nodes.map((n) => n.kind))].sort()
  const width = arranged.width
  const drawing = p.nodes.length === 0 ? 120 : arranged.height
  const height = HEADER + drawing + 16 + LEGEND_HEIGHT
  const at = (id: string) => arranged.positions.get(id) as Point
  // Both ends of every edge are drawn nodes (the export keeps only edges between its nodes; at() needs them too).
  const name = (id: string) => names.get(id) as string
  const edges = bundles.map((b) => edgeSvg(b, at(b.from), at(b.to), arranged.edgeLabels.get(b.id) as EdgeLabel, name))
  const nodes = p.nodes.map((n) => nodeSvg(n, at(n.id), arranged.nodeLabels.get(n.id) as NodeLabel))
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
        ['orient', 'auto-start-reverse'],
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
        text(20, 28, p.title, [
          ['font-size', 18],
          ['font-weight', 'bold'],
          ['fill', '#111111'],
        ]) +
        text(20, 48, p.subtitle, [
          ['font-size', 12],
          ['fill', '#444444'],
        ]) +
        body +
        legendSvg(kinds, 20, HEADER + drawing + 16 + 20),
    ) +
    '\n'
  )
}
