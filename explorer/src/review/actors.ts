// The draft's actors: which are already in the graph (the drafter keeps graph actors' ids; /reconcile
// confirms them) and which are new; a new one may be merged into a graph actor, found by the same
// matching as /reconcile. Graph actors found here can also be named as ends of relations.
import { h } from '../dom.js'
import { findingList } from './items.js'
import type { Candidate, ReviewState } from './model.js'
import { reconcile } from './http.js'

export interface ActorsContext {
  s: ReviewState
  /** Actor id → in the graph already (true), new (false), not yet known (absent). */
  inGraph: Map<string, boolean>
  /** Candidates found per actor id (or "" for the free search). */
  found: Map<string, Candidate[]>
  findings: Map<string, string[]>
  /** Actor ids whose merge panel is open (kept across redraws). */
  open: Set<string>
  changed: () => void
  redraw: () => void
}

/** Asks /reconcile once for every actor of the draft: which of them the graph holds. */
export async function learnActors(ctx: ActorsContext) {
  const actors = ctx.s.seed.actors.filter((a) => !ctx.inGraph.has(a.id))
  const answers = await reconcile(actors.map((a) => a.name))
  // No answer (the API refused or failed): say nothing rather than call every actor new.
  if (answers.length === 0) return
  actors.forEach((a, i) => {
    const hits = answers[i] ?? []
    ctx.inGraph.set(
      a.id,
      hits.some((c) => c.id === a.id),
    )
    if (!ctx.found.has(a.id))
      ctx.found.set(
        a.id,
        hits.filter((c) => c.id !== a.id && c.score >= 90),
      )
  })
}

/** What was last searched in each search box, and what is typed in it now (both kept across redraws). */
const searched = new Map<string, string>()
const typing = new Map<string, string>()

function search(ctx: ActorsContext, key: string, label: string, slot: string) {
  const last = searched.get(slot) ?? ''
  const input = h('input', { id: `${key}-q`, type: 'search', autocomplete: 'off', value: typing.get(slot) ?? last })
  input.addEventListener('input', () => typing.set(slot, input.value))
  const go = async () => {
    const q = input.value.trim()
    if (!q) return
    const [hits] = await reconcile([q])
    searched.set(slot, q)
    ctx.found.set(slot, hits ?? [])
    ctx.redraw()
    document.getElementById(`${key}-q`)?.focus()
  }
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault()
      void go()
    }
  })
  return h(
    'div',
    { class: 'search' },
    h('label', { for: `${key}-q` }, label),
    input,
    h('button', { type: 'button', id: `${key}-go`, onclick: () => void go() }, 'Find'),
    last && (ctx.found.get(slot) ?? []).length === 0 ? h('span', { role: 'status' }, `No graph actor matches “${last}”.`) : null,
  )
}

/** A new actor's merge controls, folded: the suggestions and a search. */
function mergePanel(ctx: ActorsContext, id: string, ...children: Array<Node | null>) {
  const panel = h(
    'details',
    { class: 'merge', ...(ctx.open.has(id) ? { open: true } : {}) },
    h('summary', { id: `ra-${id}-merge` }, 'Merge into a graph actor…'),
    ...children,
  )
  panel.addEventListener('toggle', () => (panel.open ? ctx.open.add(id) : ctx.open.delete(id)))
  return panel
}

function actorRow(ctx: ActorsContext, a: ReviewState['seed']['actors'][number]) {
  const { s } = ctx
  const key = `ra-${a.id}`
  const merged = s.merges[a.id]
  const known = ctx.inGraph.get(a.id)
  const state = merged ? `merged into ${s.graphActors[merged] ?? merged}` : known ? 'in the graph' : known === false ? 'new actor' : ''
  const candidates = ctx.found.get(a.id) ?? []
  const merge = (c: Candidate) => () => {
    s.merges[a.id] = c.id
    s.graphActors[c.id] = c.name
    ctx.changed()
    document.getElementById(`${key}-undo`)?.focus()
  }
  return h(
    'li',
    { class: 'actor', id: key },
    h('p', {}, h('strong', {}, a.name), ` (${a.kind}, ${a.id}) · ${state}`),
    merged
      ? h(
          'button',
          {
            type: 'button',
            id: `${key}-undo`,
            onclick: () => {
              delete s.merges[a.id]
              ctx.changed()
            },
          },
          `Undo the merge of ${a.name}`,
        )
      : known
        ? null
        : mergePanel(
            ctx,
            a.id,
            candidates.length
              ? h(
                  'ul',
                  { class: 'candidates', 'aria-label': `graph actors ${a.name} may be` },
                  ...candidates.map((c) =>
                    h(
                      'li',
                      {},
                      h(
                        'button',
                        { type: 'button', id: `${key}-merge-${c.id}`, onclick: merge(c) },
                        `Merge ${a.name} into ${c.name} (${c.id}, score ${c.score})`,
                      ),
                    ),
                  ),
                )
              : null,
            search(ctx, key, `Find a graph actor ${a.name} is`, a.id),
          ),
    findingList(ctx.findings.get(a.id)),
  )
}

/** The actors panel: the draft's actors, then a free search for graph actors to name as ends. */
export function actorsPanel(ctx: ActorsContext) {
  const { s } = ctx
  const hits = ctx.found.get('') ?? []
  return h(
    'div',
    {},
    h('ul', { class: 'actors' }, ...s.seed.actors.map((a) => actorRow(ctx, a))),
    search(ctx, 'ra-any', 'Find a graph actor to name as an end', ''),
    hits.length
      ? h(
          'ul',
          { class: 'candidates', 'aria-label': 'graph actors found' },
          ...hits.map((c) =>
            h(
              'li',
              {},
              c.id in s.graphActors || s.seed.actors.some((a) => a.id === c.id)
                ? `${c.name} (${c.id}) can be named as an end`
                : h(
                    'button',
                    {
                      type: 'button',
                      id: `ra-any-use-${c.id}`,
                      onclick: () => {
                        s.graphActors[c.id] = c.name
                        ctx.changed()
                        document.getElementById('ra-any-q')?.focus()
                      },
                    },
                    `Offer ${c.name} (${c.id}) as an end`,
                  ),
            ),
          ),
        )
      : null,
  )
}
