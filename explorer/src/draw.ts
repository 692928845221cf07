// The drawing: Cytoscape.js on a canvas, laid out by the same code as the server's SVG pictures
// (src/export/arrange.ts): relations between one pair of actors bundled into one edge with a compact
// label (src/export/bundle.ts), the layout stretched over the canvas, every label placed where it
// overlaps no other (Cytoscape draws them at the computed spots through per-element text margins, and
// its zoom scales them all alike). Paths read left to right by hop. Hedged relations are dashed,
// low-confidence ones faded, and inferred or background ones coloured, as in the SVG pictures.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import { arrange, EDGE_FONT, NODE_FONT } from '../../src/export/arrange.js'
import { type Bundle, bundle } from '../../src/export/bundle.js'
import { FADED_BELOW, KIND_COLORS } from '../../src/model/drawing-style.js'

/** A relation's confidence is its best claim's; below 0.9 ("asserted") no claim states it as fact. */
export const HEDGED_BELOW = 0.9

export interface DrawNode {
  id: string
  label: string
  kind: string
  emphasis: boolean
  /** "12 more": relations of this actor the export's limitPerNode left out, a second line under its name. */
  more?: string
}

export interface DrawEdge {
  id: string
  source: string
  target: string
  type: string
  confidence: number
  weight: number | null
  symmetric: boolean
  basis: string | null
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(text)',
      'text-wrap': 'wrap',
      'background-color': 'data(color)',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-x': (n: cytoscape.NodeSingular) => n.data('lx'),
      'text-margin-y': (n: cytoscape.NodeSingular) => n.data('ly'),
      'font-size': NODE_FONT,
      'font-family': FONT,
      color: '#111',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      width: 18,
      height: 18,
    },
  },
  { selector: 'node[?emphasis]', style: { 'border-width': 3, 'border-color': '#111', width: 24, height: 24, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'straight',
      width: 2,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'source-arrow-color': 'data(color)',
      'target-arrow-shape': 'none',
      label: 'data(label)',
      'font-size': EDGE_FONT,
      'font-family': FONT,
      color: '#333',
      'text-margin-x': (e: cytoscape.EdgeSingular) => e.data('lx'),
      'text-margin-y': (e: cytoscape.EdgeSingular) => e.data('ly'),
      'text-outline-color': '#fff',
      'text-outline-width': 2,
    },
  },
  { selector: 'edge[?forward]', style: { 'target-arrow-shape': 'triangle' } },
  { selector: 'edge[?backward]', style: { 'source-arrow-shape': 'triangle' } },
  { selector: 'edge[?hedged]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge[?faded]', style: { opacity: 0.4 } },
  { selector: 'edge:selected', style: { width: 5, 'line-color': '#c0002a', 'target-arrow-color': '#c0002a', opacity: 1 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#c0002a' } },
]

const BASIS_COLORS: Record<string, string> = { inferred: '#b35900', background: '#7a7a7a' }

interface Laid {
  elements: ElementDefinition[]
  bundles: Bundle<DrawEdge & { from: string; to: string }>[]
}

/** Bundles the relations by pair, arranges everything (src/export/arrange.ts) and says where each label goes. */
function lay(nodes: DrawNode[], edges: DrawEdge[], columns?: Map<string, number>): Laid {
  const bundles = bundle(edges.map((e) => ({ ...e, from: e.source, to: e.target })))
  const center = columns ? null : (nodes.find((n) => n.emphasis)?.id ?? null)
  const arranged = arrange({
    nodes,
    edges: bundles.map((b) => ({ id: b.id, from: b.from, to: b.to, label: b.label })),
    columns,
    pinned: center,
  })
  const at = (id: string) => arranged.positions.get(id) as { x: number; y: number }
  const elements: ElementDefinition[] = [
    ...nodes.map((n) => {
      const p = at(n.id)
      const l = arranged.nodeLabels.get(n.id) as { cx: number; y: number; h: number }
      return {
        group: 'nodes' as const,
        data: {
          ...n,
          text: n.more ? `${n.label}\n${n.more}` : n.label,
          color: KIND_COLORS[n.kind] ?? '#6b6b6b',
          lx: l.cx - p.x,
          ly: l.y + l.h / 2 - p.y,
        },
        position: { ...p },
      }
    }),
    ...bundles.map((b) => {
      const e = b.strongest
      const a = at(b.from)
      const z = at(b.to)
      const l = arranged.edgeLabels.get(b.id) as { cx: number; y: number; h: number }
      return {
        group: 'edges' as const,
        data: {
          id: b.id,
          source: b.from,
          target: b.to,
          label: b.label,
          relations: b.relations.map((r) => r.id),
          forward: b.forward,
          backward: b.backward,
          color: (e.basis && BASIS_COLORS[e.basis]) || '#3d4650',
          hedged: e.confidence < HEDGED_BELOW,
          faded: e.confidence < FADED_BELOW,
          lx: l.cx - (a.x + z.x) / 2,
          ly: l.y + l.h / 2 - (a.y + z.y) / 2,
        },
      }
    }),
  ]
  return { elements, bundles }
}

export class Drawing {
  private cy: Core
  /** The drawn edge (a pair of actors) of each relation. */
  private pairOf = new Map<string, string>()

  constructor(container: HTMLElement, onEdge: (id: string) => void, onNode: (id: string) => void) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 })
    // An edge stands for every relation of its pair: a tap picks the strongest, the hop list has them all.
    this.cy.on('tap', 'edge', (ev) => onEdge(ev.target.data('relations')[0]))
    this.cy.on('tap', 'node', (ev) => onNode(ev.target.id()))
  }

  /** Draws and resolves once the layout has settled. columns: the hop of each actor (paths). */
  draw(nodes: DrawNode[], edges: DrawEdge[], columns?: Map<string, number>): Promise<void> {
    this.cy.elements().remove()
    const { elements, bundles } = lay(nodes, edges, columns)
    this.pairOf = new Map(bundles.flatMap((b) => b.relations.map((r) => [r.id, b.id] as const)))
    this.cy.add(elements)
    const layout = this.cy.layout({ name: 'preset', fit: true, padding: 24 } as cytoscape.LayoutOptions)
    const done = layout.promiseOn('layoutstop')
    layout.run()
    return done.then(() => undefined)
  }

  /** Selects the drawn edge of a relation. */
  select(id: string) {
    this.cy.elements().unselect()
    this.cy.getElementById(this.pairOf.get(id) ?? id).select()
  }

  /** What is drawn: the actors, the relations (each through its pair's edge), and the pairs. */
  ids() {
    return {
      nodes: this.cy.nodes().map((n) => n.id()),
      edges: this.cy
        .edges()
        .toArray()
        .flatMap((e) => e.data('relations') as string[]),
      pairs: this.cy.edges().map((e) => ({ id: e.id(), relations: e.data('relations') as string[], label: e.data('label') as string })),
    }
  }

  /** Where the edge of a relation is (its midpoint), in pixels from the drawing's top left corner. */
  edgePoint(id: string) {
    return this.cy.getElementById(this.pairOf.get(id) ?? id).renderedMidpoint()
  }

  /** The page around the drawing moved it (a longer status line): Cytoscape caches where its canvas is. */
  moved() {
    this.cy.resize()
  }

  resize() {
    this.cy.resize()
    this.cy.fit(undefined, 30)
  }
}
