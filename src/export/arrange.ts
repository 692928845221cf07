// Where everything of a network picture goes: actors (layout.ts, then stretched over the canvas) and
// every label, node and edge alike, placed so that no two overlap and none covers an actor. Shared by
// the SVG pictures (svg.ts) and the explorer's drawing, so both read the same. Browser-safe and pure.
//
// Text is measured as the SVG writer draws it: a label of n characters at font size s is a box
// n × 0.6 s wide (wider than the average glyph of a sans-serif, narrower than a row of capital Ws)
// and 1.2 s tall, with the baseline 0.9 s below its top; a few pixels of padding keep neighbours apart.
//
// Cost: the layout (d3-force, 120 ticks) as before; placing L labels tries a fixed list of candidate
// spots, then rings around the preferred one, each checked against the labels already placed nearby
// through a uniform grid: about O(L × candidates × labels per cell), linear in practice.
import { layout, type Point } from './layout.js'

export const NODE_FONT = 12
export const NODE_MORE_FONT = 10
export const EDGE_FONT = 10
export const RADIUS = 9
export const EMPHASIS_RADIUS = 12
const CHAR_EM = 0.6
const LINE = 1.2
const PAD = 2
/** Space around the drawing inside its canvas. */
const MARGIN_X = 56
/** Above the topmost actor, a little; below the lowest, room for its label. */
const MARGIN_TOP = 16
const MARGIN_BOTTOM = 36
/** Canvas area per actor, and its aspect: more actors, a larger canvas. */
const AREA_PER_ACTOR = 26_000
const ASPECT = 1.6
export const MIN_WIDTH = 900

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface ArrangeNode {
  id: string
  label: string
  emphasis: boolean
  /** A second, smaller line under the name: "12 more" (relations limitPerNode left out). */
  more?: string
}

export interface ArrangeEdge {
  id: string
  from: string
  to: string
  label: string
}

export interface Arranged {
  /** The canvas of the drawing: everything drawn lies within 0..width × 0..height. */
  width: number
  height: number
  positions: Map<string, Point>
  /** Each node's label box (both lines); the name's baseline is `nameY`, the second line's `moreY`. */
  nodeLabels: Map<string, NodeLabel>
  /** Each edge's label box, and where its text's centre and baseline go. */
  edgeLabels: Map<string, EdgeLabel>
}

export type NodeLabel = Box & { cx: number; nameY: number; moreY: number }
export type EdgeLabel = Box & { cx: number; baseline: number }

export const textWidth = (text: string, size: number) => text.length * size * CHAR_EM

const round = (v: number) => Math.round(v * 10) / 10

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/** Boxes already placed, bucketed by a uniform grid so a check looks only at its neighbours. */
class Occupied {
  private cells = new Map<string, Box[]>()
  private static readonly CELL = 48

  private *keys(b: Box) {
    const c = Occupied.CELL
    for (let i = Math.floor(b.x / c); i <= Math.floor((b.x + b.w) / c); i++)
      for (let j = Math.floor(b.y / c); j <= Math.floor((b.y + b.h) / c); j++) yield `${i},${j}`
  }

  free(b: Box): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (overlaps(b, o)) return false
    return true
  }

  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k)
      if (list) list.push(b)
      else this.cells.set(k, [b])
    }
  }
}

/**
 * The first free spot for a w × h box centred near the candidates (in order), else on rings of growing
 * radius around the first; within the canvas while the rings are small, anywhere after (the canvas grows).
 */
function place(occupied: Occupied, w: number, h: number, candidates: Point[], canvas: Box): Box {
  const at = (c: Point): Box => ({ x: c.x - w / 2, y: c.y - h / 2, w, h })
  const inside = (b: Box) => b.x >= canvas.x && b.y >= canvas.y && b.x + b.w <= canvas.x + canvas.w && b.y + b.h <= canvas.y + canvas.h
  for (const c of candidates) {
    const b = at(c)
    if (inside(b) && occupied.free(b)) return b
  }
  const origin = candidates[0]
  for (let ring = 1; ; ring++) {
    const r = ring * 7
    const steps = 8 + ring * 2
    for (let s = 0; s < steps; s++) {
      const angle = (2 * Math.PI * s) / steps + Math.PI / 2
      const b = at({ x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) })
      if ((ring > 40 || inside(b)) && occupied.free(b)) return b
    }
  }
}

/** Layout positions stretched over the canvas, axis by axis (a path's columns stay in order, left to right). */
function fit(raw: Map<string, Point>, width: number, height: number): Map<string, Point> {
  const xs = [...raw.values()].map((p) => p.x)
  const ys = [...raw.values()].map((p) => p.y)
  const axis = (v: number, min: number, max: number, size: number, lo: number, hi: number) =>
    max - min < 1 ? size / 2 : lo + ((v - min) / (max - min)) * (size - lo - hi)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  return new Map(
    [...raw].map(([id, p]) => [
      id,
      { x: round(axis(p.x, minX, maxX, width, MARGIN_X, MARGIN_X)), y: round(axis(p.y, minY, maxY, height, MARGIN_TOP, MARGIN_BOTTOM)) },
    ]),
  )
}

export interface ArrangeInput {
  nodes: readonly ArrangeNode[]
  edges: readonly ArrangeEdge[]
  columns?: ReadonlyMap<string, number>
  pinned: string | null
}

/**
 * Positions and label boxes for a picture; the canvas is the bounding box of it all, `top` pixels down
 * (the SVG's header above it): `height` counts from `top`.
 */
export function arrange(input: ArrangeInput, top = 0): Arranged {
  const n = input.nodes.length
  const width = Math.max(MIN_WIDTH, Math.round(Math.sqrt(n * AREA_PER_ACTOR * ASPECT)))
  const raw = layout({ ids: input.nodes.map((x) => x.id), links: input.edges, columns: input.columns, pinned: input.pinned })
  // One row (a single path, a pair) needs no more height than its labels; otherwise the canvas keeps its aspect.
  const ys = [...raw.values()].map((p) => p.y)
  const height = Math.max(...ys) - Math.min(...ys) < 40 ? 140 : Math.round(width / ASPECT)
  const positions = fit(raw, width, height)
  const canvas = { x: 0, y: 0, w: width, h: height }
  const occupied = new Occupied()
  for (const node of input.nodes) {
    const p = positions.get(node.id) as Point
    const r = (node.emphasis ? EMPHASIS_RADIUS : RADIUS) + 2
    occupied.add({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r })
  }
  // Node labels first, the emphasised (center, ends of a path) before the rest: they get the spot
  // under their actor when any does; then edge labels, strongest pairs first as the caller orders them.
  const nodeLabels: Arranged['nodeLabels'] = new Map()
  const ordered = [...input.nodes].sort((a, b) => Number(b.emphasis) - Number(a.emphasis))
  for (const node of ordered) {
    const p = positions.get(node.id) as Point
    const r = node.emphasis ? EMPHASIS_RADIUS : RADIUS
    const nameH = NODE_FONT * LINE
    const moreH = node.more ? NODE_MORE_FONT * LINE : 0
    const w = Math.max(textWidth(node.label, NODE_FONT), node.more ? textWidth(node.more, NODE_MORE_FONT) : 0) + 2 * PAD
    const h = nameH + moreH + PAD
    const below = { x: p.x, y: p.y + r + 2 + h / 2 }
    const above = { x: p.x, y: p.y - r - 2 - h / 2 }
    const right = { x: p.x + r + 3 + w / 2, y: p.y }
    const left = { x: p.x - r - 3 - w / 2, y: p.y }
    const box = place(occupied, w, h, [below, above, right, left], canvas)
    occupied.add(box)
    const nameY = box.y + PAD / 2 + NODE_FONT * 0.9
    nodeLabels.set(node.id, { ...box, cx: box.x + w / 2, nameY, moreY: nameY + NODE_FONT * 0.3 + NODE_MORE_FONT * 1.1 })
  }
  const edgeLabels: Arranged['edgeLabels'] = new Map()
  for (const e of input.edges) {
    const a = positions.get(e.from) as Point
    const b = positions.get(e.to) as Point
    const w = textWidth(e.label, EDGE_FONT) + 2 * PAD
    const h = EDGE_FONT * LINE + PAD
    const len = Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1)
    const nx = -(b.y - a.y) / len
    const ny = (b.x - a.x) / len
    const candidates: Point[] = []
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78])
      for (const off of [0, 9, -9, 18, -18]) candidates.push({ x: a.x + (b.x - a.x) * t + nx * off, y: a.y + (b.y - a.y) * t + ny * off })
    const box = place(occupied, w, h, candidates, canvas)
    occupied.add(box)
    edgeLabels.set(e.id, { ...box, cx: box.x + w / 2, baseline: box.y + PAD / 2 + EDGE_FONT * 0.9 })
  }
  // A label the rings pushed past the canvas grows it; shift everything so the canvas starts at 0, 0.
  const boxes = [...nodeLabels.values(), ...edgeLabels.values()]
  const minX = Math.min(0, ...boxes.map((b) => b.x))
  const minY = Math.min(0, ...boxes.map((b) => b.y))
  const maxX = Math.max(width, ...boxes.map((b) => b.x + b.w))
  const maxY = Math.max(height, ...boxes.map((b) => b.y + b.h))
  const dx = -minX
  const dy = top - minY
  for (const p of positions.values()) Object.assign(p, { x: round(p.x + dx), y: round(p.y + dy) })
  for (const l of nodeLabels.values())
    Object.assign(l, { x: l.x + dx, y: l.y + dy, cx: l.cx + dx, nameY: l.nameY + dy, moreY: l.moreY + dy })
  for (const l of edgeLabels.values()) Object.assign(l, { x: l.x + dx, y: l.y + dy, cx: l.cx + dx, baseline: l.baseline + dy })
  return { width: Math.ceil(maxX - minX), height: Math.ceil(maxY - minY), positions, nodeLabels, edgeLabels }
}
