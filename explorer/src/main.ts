// The explorer at /: search actors, draw the paths between two of them or the ego network of one,
// read the claims behind each hop, influence both ways and the ranking. The view lives in the URL.
import '../style.css'
import {
  type ActorBrief,
  type CytoscapeAnswer,
  type Evidence,
  get,
  type InfluenceAnswer,
  type PathsAnswer,
  type RankingAnswer,
} from './api.js'
import { byId, h, replace } from './dom.js'
import { type DrawEdge, type DrawNode, Drawing } from './draw.js'
import { openReview } from './review/room.js'
import { type Hop, hopList, markPicked, showEvidence, showInfluence, showRanking } from './panels.js'
import { BASES, filterParams, readState, type ViewState, writeState } from './state.js'

const form = byId<HTMLFormElement>('query')
const status = byId<HTMLElement>('status')
const hopsList = byId<HTMLOListElement>('hops')
const evidence = byId<HTMLElement>('evidence')
const influence = byId<HTMLElement>('influence')
const svgLink = byId<HTMLAnchorElement>('svg-link')
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement
const names = new Map<string, string>()
const name = (id: string) => names.get(id) ?? id
let hops = new Map<string, Hop>()
let firstDraw = true

const drawing = new Drawing(
  byId('graph'),
  (id) => void pick(id),
  (id) => {
    field('center').value = names.get(id) ?? id
  },
)

// Suggestions as you type, for every actor field (a datalist: the browser's own keyboard handling).
let suggestTimer = 0
function suggest(input: HTMLInputElement) {
  window.clearTimeout(suggestTimer)
  suggestTimer = window.setTimeout(async () => {
    const q = input.value.trim()
    if (q.length < 1) return
    const page = await get<{ items: Array<ActorBrief & { aliases: string[] }> }>('/actors', { q, limit: '10' }).catch(() => ({ items: [] }))
    replace(byId('actor-names'), ...page.items.map((a) => h('option', { value: a.name }, [a.name, ...a.aliases.slice(0, 3)].join(' · '))))
  }, 150)
}
for (const n of ['from', 'to', 'center']) field(n).addEventListener('input', (ev) => suggest(ev.target as HTMLInputElement))

function stateFromForm(): ViewState {
  const checked = (n: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${n}"]:checked`)].map((i) => i.value)
  const mode = (form.querySelector('input[name="mode"]:checked') as HTMLInputElement).value
  return {
    from: mode === 'paths' ? field('from').value.trim() : '',
    to: mode === 'paths' ? field('to').value.trim() : '',
    center: mode === 'ego' ? field('center').value.trim() : '',
    depth: Number(field('depth').value),
    asOf: field('asOf').value.trim(),
    minConfidence: Number(field('minConfidence').value) || 0,
    types: checked('types'),
    basis: checked('basis'),
  }
}

function fillForm(s: ViewState) {
  ;(form.querySelector(`input[name="mode"][value="${s.center ? 'ego' : 'paths'}"]`) as HTMLInputElement).checked = true
  field('from').value = s.from
  field('to').value = s.to
  field('center').value = s.center
  field('depth').value = String(s.depth)
  field('asOf').value = s.asOf
  field('minConfidence').value = String(s.minConfidence)
  for (const i of form.querySelectorAll<HTMLInputElement>('input[name="types"]')) i.checked = s.types.includes(i.value)
  for (const i of form.querySelectorAll<HTMLInputElement>('input[name="basis"]')) i.checked = s.basis.includes(i.value)
  syncMode()
}

function syncMode() {
  const ego = (form.querySelector('input[name="mode"]:checked') as HTMLInputElement).value === 'ego'
  byId('paths-fields').hidden = ego
  byId('ego-fields').hidden = !ego
}
for (const r of form.querySelectorAll('input[name="mode"]')) r.addEventListener('change', syncMode)

async function pick(id: string) {
  const hop = hops.get(id)
  if (!hop) return
  drawing.select(id)
  markPicked(hopsList, id)
  replace(evidence, h('p', {}, 'Loading the claims…'))
  const claims = hop.claims ?? (await Promise.all(hop.claimIds.map((c) => get<Evidence>(`/claims/${encodeURIComponent(c)}`))))
  await showEvidence(evidence, hop, name, claims)
}

/** The budget's measure: the first drawing on the page, as a performance mark (read by the browser test). */
function drawn() {
  if (firstDraw) {
    firstDraw = false
    performance.mark('explorer:first-draw')
  }
}

function setStatus(text: string) {
  status.textContent = text
  drawing.moved()
}

async function showPaths(s: ViewState) {
  const params = { from: s.from, to: s.to, ...filterParams(s) }
  svgLink.href = `/paths?${new URLSearchParams({ ...params, format: 'svg' })}`
  const answer = await get<PathsAnswer>('/paths', params)
  const nodes: DrawNode[] = []
  const edges: DrawEdge[] = []
  const columns = new Map<string, number>()
  hops = new Map()
  for (const p of answer.paths) {
    p.actors.forEach((a, i) => {
      if (!names.has(a.id) || !columns.has(a.id)) names.set(a.id, a.name)
      if (!columns.has(a.id)) nodes.push({ id: a.id, label: a.name, kind: a.kind, emphasis: a.id === answer.from || a.id === answer.to })
      columns.set(a.id, Math.min(columns.get(a.id) ?? i, i))
    })
    for (const r of p.relations) {
      if (hops.has(r.id)) continue
      const basis = r.basis ?? null
      hops.set(r.id, { ...r, basis, note: r.note ?? null, claims: r.claims, claimIds: r.claims.map((c) => c.id) })
      edges.push({
        id: r.id,
        source: r.from,
        target: r.to,
        type: r.type,
        confidence: r.confidence,
        weight: r.weight,
        symmetric: r.symmetric,
        basis,
      })
    }
  }
  await drawing.draw(nodes, edges, columns)
  drawn()
  setStatus(
    answer.paths.length
      ? `${answer.paths.length} path${answer.paths.length === 1 ? '' : 's'} from ${name(answer.from)} to ${name(answer.to)}; pick a hop to read its claims.`
      : `No path from ${name(answer.from)} to ${name(answer.to)} with these filters.`,
  )
  hopList(hopsList, [...hops.values()], name, (id) => void pick(id))
  const { types: _types, ...inf } = filterParams(s)
  const [forward, backward] = await Promise.all([
    get<InfluenceAnswer>('/influence', { from: answer.from, to: answer.to, ...inf }),
    get<InfluenceAnswer>('/influence', { from: answer.to, to: answer.from, ...inf }),
  ])
  showInfluence(influence, forward, backward, name)
}

async function showEgo(s: ViewState) {
  const params = { center: s.center, depth: String(s.depth), ...filterParams(s) }
  svgLink.href = `/graph?${new URLSearchParams({ ...params, format: 'svg' })}`
  const answer = await get<CytoscapeAnswer>('/graph', { ...params, format: 'cytoscape' })
  for (const n of answer.elements.nodes) names.set(n.data.id, n.data.name)
  const edges = answer.elements.edges.map((e) => e.data)
  hops = new Map(
    edges.map((e) => [
      e.id,
      { ...e, from: e.source, to: e.target, basis: e.basis ?? null, note: e.note ?? null, claims: null, claimIds: e.claims },
    ]),
  )
  await drawing.draw(
    answer.elements.nodes.map((n) => ({
      id: n.data.id,
      label: n.data.name,
      kind: n.data.kind,
      emphasis: n.data.id === answer.data.center,
      more: n.data.omitted ? `${n.data.omitted} more` : undefined,
    })),
    edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      confidence: e.confidence,
      weight: e.weight,
      symmetric: e.symmetric,
      basis: e.basis ?? null,
    })),
  )
  drawn()
  setStatus(
    `Ego network of ${name(answer.data.center as string)}, depth ${s.depth}: ${answer.data.nodeCount} actors, ${edges.length} relations.`,
  )
  hopList(hopsList, [...hops.values()], name, (id) => void pick(id))
  replace(influence)
}

async function show(s: ViewState) {
  replace(evidence, h('p', {}, 'Pick a hop, in the drawing or in the list, to read the claims behind it.'))
  replace(hopsList)
  try {
    if (s.center) await showEgo(s)
    else if (s.from && s.to) await showPaths(s)
    else {
      setStatus('Name two actors to see how one reaches the other, or one actor to see its network.')
      return
    }
  } catch (err) {
    setStatus(err instanceof Error ? err.message : String(err))
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault()
  const s = stateFromForm()
  const url = writeState(s)
  if (url !== location.pathname + location.search) history.pushState(null, '', url)
  void show(s)
})
window.addEventListener('popstate', () => {
  const s = readState(location.search)
  fillForm(s)
  void show(s)
})
window.addEventListener('resize', () => drawing.resize())
// A handle for the browser tests (and the curious): what is drawn, and where a hop is on screen.
;(window as unknown as { explorer: unknown }).explorer = {
  drawnIds: () => drawing.ids(),
  edgePoint: (id: string) => drawing.edgePoint(id),
}

// The relation types and bases to filter by, from the contract's vocabulary.
async function init() {
  const doc = await get<{ components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> } }>('/openapi.json')
  const types = doc.components.schemas.Relation?.properties?.type?.enum ?? []
  replace(byId('types'), ...types.map((t) => h('label', {}, h('input', { type: 'checkbox', name: 'types', value: t }), ` ${t}`)))
  replace(byId('bases'), ...BASES.map((b) => h('label', {}, h('input', { type: 'checkbox', name: 'basis', value: b }), ` ${b}`)))
  const ranking = get<RankingAnswer>('/influence/ranking', { limit: '10' })
  ranking.then((r) => showRanking(byId('ranking'), r)).catch(() => undefined)
  let s = readState(location.search)
  if (!s.center && !(s.from && s.to)) {
    // No view in the URL: open on the network of the most influential actor, and say so in the URL,
    // so the first view can be shared and going back returns to it.
    const top = await ranking.then((r) => r.items[0]?.actor).catch(() => undefined)
    if (top) {
      s = { ...s, center: top.name }
      history.replaceState(null, '', writeState(s))
    }
  }
  fillForm(s)
  await show(s)
}
// /?review is the review room (explorer/src/review/): the explorer's view is hidden, nothing is drawn.
if (new URLSearchParams(location.search).has('review')) {
  byId('explorer-main').hidden = true
  byId('review-main').hidden = false
  byId('svg-link').hidden = true
  const link = byId<HTMLAnchorElement>('review-link')
  link.textContent = 'Explorer'
  link.href = '/'
  const skip = document.querySelector<HTMLAnchorElement>('.skip')
  if (skip) {
    skip.href = '#review-items-panel'
    skip.textContent = 'Skip to the relations'
  }
  document.title = 'entente: review a draft'
  void openReview(byId('review-main'))
} else void init()
