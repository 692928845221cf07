// One drafted (or added) relation as an item to decide: `from — type → to` with its basis, hedge,
// confidence and quotes; accept or reject; change its type, ends, hedge, basis and note. The edits
// change the working draft in place; the room saves and redraws.
import { h } from '../dom.js'
import { actorName, type Claim, decisionOf, type Relation, type ReviewState, resolved, type Vocabulary } from './model.js'

export interface ItemContext {
  s: ReviewState
  vocab: Vocabulary
  /** Findings by item id: the page's checks, then the server's. */
  findings: Map<string, string[]>
  /** Edit panels left open (kept across redraws). */
  open: Set<string>
  changed: () => void
  showInText: (claimIds: string[]) => void
}

const confidenceOf = (vocab: Vocabulary, hedge: string) => vocab.hedges.find((x) => x.hedge === hedge)?.confidence ?? 0

/** Actors an end may be: the draft's (not merged away) and the graph's found so far. */
export function endOptions(s: ReviewState): Array<[string, string]> {
  const own = s.seed.actors.filter((a) => !(a.id in s.merges)).map((a): [string, string] => [a.id, a.name])
  const graph = Object.entries(s.graphActors).filter(([id]) => !own.some(([o]) => o === id))
  return [...own, ...graph.map(([id, name]): [string, string] => [id, `${name} (graph)`])].sort((a, b) => a[1].localeCompare(b[1]))
}

export function select(id: string, label: string, value: string, options: Array<[string, string]>, onChange: (v: string) => void) {
  const el = h('select', { id }, ...options.map(([v, text]) => h('option', { value: v, ...(v === value ? { selected: true } : {}) }, text)))
  el.addEventListener('change', () => onChange(el.value))
  return h('div', { class: 'field' }, h('label', { for: id }, label), el)
}

export function findingList(messages: string[] | undefined) {
  if (!messages?.length) return null
  return h('ul', { class: 'findings' }, ...messages.map((m) => h('li', {}, m)))
}

export function relationTitle(s: ReviewState, r: Relation) {
  return `${actorName(s, resolved(s, r.from))} — ${r.type} → ${actorName(s, resolved(s, r.to))}`
}

function quoteBlock(c: Claim, ctx: ItemContext, key: string) {
  return h(
    'div',
    { class: 'quote-row' },
    h('blockquote', {}, `“${c.quote}”`),
    h('button', { type: 'button', id: `${key}-show-${c.id}`, class: 'link', onclick: () => ctx.showInText([c.id]) }, 'Show in the text'),
  )
}

function decisionButtons(ctx: ItemContext, id: string, key: string, title: string) {
  const d = decisionOf(ctx.s, id)
  const decide = (to: 'accepted' | 'rejected') => () => {
    ctx.s.decisions[id] = d === to ? 'pending' : to
    ctx.changed()
  }
  return h(
    'div',
    { class: 'decide', role: 'group', 'aria-label': `decide: ${title}` },
    h('button', { type: 'button', id: `${key}-accept`, 'aria-pressed': String(d === 'accepted'), onclick: decide('accepted') }, 'Accept'),
    h('button', { type: 'button', id: `${key}-reject`, 'aria-pressed': String(d === 'rejected'), onclick: decide('rejected') }, 'Reject'),
  )
}

function editPanel(ctx: ItemContext, r: Relation, claims: Claim[], key: string) {
  const { s, vocab } = ctx
  const apply = (f: (v: string) => void) => (v: string) => {
    f(v)
    ctx.changed()
  }
  const hedge = claims[0]?.hedge ?? 'asserted'
  const note = h('textarea', { id: `${key}-note`, rows: '2', maxlength: '500' }, r.note ?? '')
  // Kept as typed (a redraw between keys keeps it); checked and saved when the field is left.
  const keep = () => {
    const v = note.value.trim()
    if (v) r.note = v
    else delete r.note
  }
  note.addEventListener('input', keep)
  note.addEventListener('change', () => {
    keep()
    ctx.changed()
  })
  const panel = h(
    'details',
    { class: 'edit', ...(ctx.open.has(r.id) ? { open: true } : {}) },
    h('summary', { id: `${key}-edit` }, 'Edit'),
    h(
      'div',
      { class: 'edit-fields' },
      select(
        `${key}-type`,
        'Type',
        r.type,
        vocab.relationTypes.map((t) => [t.type, t.symmetric ? `${t.type} (both ways)` : t.type]),
        apply((v) => {
          r.type = v as Relation['type']
          if (v !== 'depends-on') delete r.dependency
        }),
      ),
      select(
        `${key}-from`,
        'From',
        resolved(s, r.from),
        endOptions(s),
        apply((v) => setEnd(s, r, 'from', v)),
      ),
      select(
        `${key}-to`,
        'To',
        resolved(s, r.to),
        endOptions(s),
        apply((v) => setEnd(s, r, 'to', v)),
      ),
      select(
        `${key}-hedge`,
        'Hedge (of its quotes)',
        hedge,
        vocab.hedges.map((x) => [x.hedge, `${x.hedge} (${x.confidence})`]),
        apply((v) => {
          for (const c of claims) c.hedge = v as Claim['hedge']
        }),
      ),
      select(
        `${key}-basis`,
        'Basis',
        r.basis,
        vocab.bases.map((b) => [b, b]),
        apply((v) => {
          r.basis = v as Relation['basis']
        }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: `${key}-note` }, r.basis === 'inferred' ? 'Note: the reading (required)' : 'Note'),
        note,
      ),
    ),
  )
  panel.addEventListener('toggle', () => (panel.open ? ctx.open.add(r.id) : ctx.open.delete(r.id)))
  return panel
}

/** A new end: the relation names it, and its claims are about it too. */
function setEnd(s: ReviewState, r: Relation, end: 'from' | 'to', id: string) {
  r[end] = id
  for (const c of s.seed.claims) if (r.claims.includes(c.id) && !c.about.includes(id)) c.about.push(id)
}

export function relationItem(ctx: ItemContext, r: Relation) {
  const { s, vocab } = ctx
  const key = `rv-${r.id}`
  const claims = s.seed.claims.filter((c) => r.claims.includes(c.id))
  const title = relationTitle(s, r)
  const d = decisionOf(s, r.id)
  const hedges = [...new Set(claims.map((c) => c.hedge))]
  const confidence = Math.max(0, ...claims.map((c) => confidenceOf(vocab, c.hedge)))
  const messages = [...(ctx.findings.get(r.id) ?? []), ...claims.flatMap((c) => ctx.findings.get(c.id) ?? [])]
  return h(
    'li',
    { class: `item ${d}`, id: key, 'data-relation': r.id, 'aria-labelledby': `${key}-title` },
    h('h3', { id: `${key}-title` }, title, h('span', { class: 'badge' }, s.added.includes(r.id) ? `added · ${label(d)}` : label(d))),
    h(
      'p',
      { class: 'facts' },
      `basis ${r.basis}${r.note ? ` (${r.note})` : ''} · hedge ${hedges.join(', ') || '—'} · confidence ${confidence}`,
    ),
    ...claims.map((c) => quoteBlock(c, ctx, key)),
    findingList(messages),
    decisionButtons(ctx, r.id, key, title),
    editPanel(ctx, r, claims, key),
  )
}

/** A claim no relation cites (a denial, a statement about one actor): sent unless rejected. */
export function claimItem(ctx: ItemContext, c: Claim) {
  const key = `rv-${c.id}`
  const d = decisionOf(ctx.s, c.id)
  const title = `${c.hedge}: ${c.statement}`
  return h(
    'li',
    { class: `item loose ${d}`, id: key, 'data-claim': c.id, 'aria-labelledby': `${key}-title` },
    h('h3', { id: `${key}-title` }, title, h('span', { class: 'badge' }, label(d))),
    quoteBlock(c, ctx, key),
    findingList(ctx.findings.get(c.id)),
    decisionButtons(ctx, c.id, key, title),
  )
}

const label = (d: string) => (d === 'pending' ? 'to review' : d)
