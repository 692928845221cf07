// Where each actor sits in an SVG picture: d3-force run a fixed number of ticks, without timers. d3-force
// places nodes on a phyllotaxis spiral by their index and draws its jiggle from a fixed-seed LCG, so the
// same nodes and links in the same order always land on the same coordinates; callers pass them in a
// stable order (the order of the answer), and the coordinates are rounded so the SVG's bytes repeat.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force'

export interface LayoutInput {
  ids: readonly string[]
  links: ReadonlyArray<{ from: string; to: string }>
  /** Paths: the hop index of each actor; pulls it into that column, so a path reads left to right. */
  columns?: ReadonlyMap<string, number>
  /** An actor held at the origin (the center of an ego network). */
  pinned: string | null
}

export interface Point {
  x: number
  y: number
}

/**
 * Ticks of the simulation, with the cooling (alphaDecay) set so it reaches d3's alphaMin in exactly
 * this many: d3's default cools over 300; 120 settle an ego network of 100 actors as well, in 40% of
 * the time (the layout is most of a picture's cost).
 */
export const TICKS = 120
/** Distance between columns of a path picture, and the rest length of a link. */
export const COLUMN_GAP = 230
const LINK_DISTANCE = 120

interface Node extends SimulationNodeDatum {
  id: string
}

const round = (v: number) => Math.round(v * 10) / 10

/** Coordinates for every id, centred on no particular origin (the SVG writer fits them to its canvas). */
export function layout(input: LayoutInput): Map<string, Point> {
  const nodes: Node[] = input.ids.map((id) => {
    const column = input.columns?.get(id)
    const pin = id === input.pinned ? { fx: 0, fy: 0 } : {}
    // A column's nodes start in it, so the simulation only has to spread them vertically.
    return column === undefined ? { id, ...pin } : { id, x: column * COLUMN_GAP, ...pin }
  })
  const known = new Set(input.ids)
  const links = input.links.filter((l) => known.has(l.from) && known.has(l.to)).map((l) => ({ source: l.from, target: l.to }))
  const simulation = forceSimulation(nodes)
    .stop()
    .alphaDecay(1 - 0.001 ** (1 / TICKS))
    .force(
      'link',
      forceLink<Node, { source: string; target: string }>(links)
        .id((n) => n.id)
        .distance(LINK_DISTANCE),
    )
    .force('charge', forceManyBody().strength(-400))
    .force('collide', forceCollide(46))
    .force('y', forceY(0).strength(0.05))
  if (input.columns) {
    const columns = input.columns
    simulation.force('x', forceX<Node>((n) => (columns.get(n.id) as number) * COLUMN_GAP).strength(1))
  } else {
    simulation.force('x', forceX(0).strength(0.05))
  }
  simulation.tick(TICKS)
  return new Map(nodes.map((n) => [n.id, { x: round(n.x as number), y: round(n.y as number) }]))
}
