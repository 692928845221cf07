// The drawing: Cytoscape.js on a canvas. Paths are laid out left to right by hop (preset positions),
// an ego network by fCoSE. Hedged relations are dashed, low-confidence ones faded, and inferred or
// background ones coloured, as in the server's SVG pictures.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import fcose from 'cytoscape-fcose'
import { FADED_BELOW, KIND_COLORS } from '../../src/model/drawing-style.js'

cytoscape.use(fcose)

/** A relation's confidence is its best claim's; below 0.9 ("asserted") no claim states it as fact. */
export const HEDGED_BELOW = 0.9

export interface DrawNode {
  id: string
  label: string
  kind: string
  emphasis: boolean
}

export interface DrawEdge {
  id: string
  source: string
  target: string
  type: string
  confidence: number
  symmetric: boolean
  basis: string | null
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'font-size': 13,
      color: '#111',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      width: 22,
      height: 22,
    },
  },
  { selector: 'node[?emphasis]', style: { 'border-width': 3, 'border-color': '#111', width: 28, height: 28, 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 36,
      width: 2,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      label: 'data(type)',
      'font-size': 10,
      color: '#333',
      'text-rotation': 'autorotate',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
    },
  },
  { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge[?hedged]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge[?faded]', style: { opacity: 0.4 } },
  { selector: 'edge:selected', style: { width: 5, 'line-color': '#c0002a', 'target-arrow-color': '#c0002a', opacity: 1 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#c0002a' } },
]

const BASIS_COLORS: Record<string, string> = { inferred: '#b35900', background: '#7a7a7a' }

function elements(nodes: DrawNode[], edges: DrawEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((n) => ({ group: 'nodes' as const, data: { ...n, color: KIND_COLORS[n.kind] ?? '#6b6b6b' } })),
    ...edges.map((e) => ({
      group: 'edges' as const,
      data: {
        ...e,
        type: e.basis === 'inferred' || e.basis === 'background' ? `${e.type} (${e.basis})` : e.type,
        color: (e.basis && BASIS_COLORS[e.basis]) || '#3d4650',
        hedged: e.confidence < HEDGED_BELOW,
        faded: e.confidence < FADED_BELOW,
      },
    })),
  ]
}

export class Drawing {
  private cy: Core

  constructor(container: HTMLElement, onEdge: (id: string) => void, onNode: (id: string) => void) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 })
    this.cy.on('tap', 'edge', (ev) => onEdge(ev.target.id()))
    this.cy.on('tap', 'node', (ev) => onNode(ev.target.id()))
  }

  /** Draws and resolves once the layout has settled. columns: the hop of each actor (paths). */
  draw(nodes: DrawNode[], edges: DrawEdge[], columns?: Map<string, number>): Promise<void> {
    this.cy.elements().remove()
    this.cy.add(elements(nodes, edges))
    if (columns) {
      // Left to right by hop; the actors of one column spread vertically, in order of appearance.
      const rows = new Map<number, number>()
      const count = new Map<number, number>()
      for (const c of columns.values()) count.set(c, (count.get(c) ?? 0) + 1)
      const positions: Record<string, { x: number; y: number }> = {}
      for (const n of nodes) {
        const c = columns.get(n.id) ?? 0
        const r = rows.get(c) ?? 0
        rows.set(c, r + 1)
        positions[n.id] = { x: c * 220, y: (r - ((count.get(c) ?? 1) - 1) / 2) * 120 }
      }
      const layout = this.cy.layout({ name: 'preset', positions, fit: true, padding: 40 } as cytoscape.LayoutOptions)
      const done = layout.promiseOn('layoutstop')
      layout.run()
      return done.then(() => undefined)
    }
    const layout = this.cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      nodeRepulsion: 9000,
      idealEdgeLength: 110,
      padding: 30,
    } as cytoscape.LayoutOptions)
    const done = layout.promiseOn('layoutstop')
    layout.run()
    return done.then(() => undefined)
  }

  select(id: string) {
    this.cy.elements().unselect()
    this.cy.getElementById(id).select()
  }

  ids() {
    return { nodes: this.cy.nodes().map((n) => n.id()), edges: this.cy.edges().map((e) => e.id()) }
  }

  /** Where an edge's midpoint is, in pixels from the drawing's top left corner. */
  edgePoint(id: string) {
    return this.cy.getElementById(id).renderedMidpoint()
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
