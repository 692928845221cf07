// Adding what the drafter missed: a span of the text (selected with the pointer in the text, or found
// and set by its offsets from the keyboard) becomes a claim whose quote is that span, verbatim by
// construction, and a relation citing it.
import { h } from '../dom.js'
import { endOptions, select } from './items.js'
import { type Claim, freshId, type Relation, type ReviewState, type Vocabulary } from './model.js'
import type { Span } from './text-view.js'

export interface AddForm extends Span {
  find: string
  from: string
  to: string
  type: string
  hedge: string
  basis: string
  note: string
  error: string
}

export const emptyAdd = (): AddForm => ({
  start: 0,
  end: 0,
  find: '',
  from: '',
  to: '',
  type: 'supports',
  hedge: 'asserted',
  basis: 'stated',
  note: '',
  error: '',
})

export interface AddContext {
  s: ReviewState
  vocab: Vocabulary
  form: AddForm
  changed: () => void
  redraw: () => void
  /** Shows the span in the text (selects it there). */
  showSpan: (span: Span) => void
}

/** The next occurrence of `q` in the text after the current span, wrapping around. */
function findNext(text: string, q: string, after: number): Span | null {
  if (!q) return null
  let at = text.indexOf(q, after)
  if (at < 0) at = text.indexOf(q)
  return at < 0 ? null : { start: at, end: at + q.length }
}

function addRelation(ctx: AddContext): string | null {
  const { s, form } = ctx
  const text = s.seed.source.text
  const quote = text.slice(form.start, form.end)
  if (!quote.trim()) return 'Select a span of the text first (in the text, or by Find and the offsets).'
  if (quote.length > 1000) return 'A quote is at most 1,000 characters; select less.'
  const ends = endOptions(s).map(([id]) => id)
  const from = form.from || ends[0]
  const to = form.to || ends[0]
  if (!from || !to || from === to) return 'Pick two different actors as the ends.'
  if (form.basis === 'inferred' && !form.note.trim()) return 'An inferred relation needs a note saying the reading.'
  const sid = s.seed.source.id
  const claimIds = new Set(s.seed.claims.map((c) => c.id))
  const claim: Claim = {
    id: freshId(`${sid}-added-${quote.slice(0, 40)}`, claimIds),
    statement: quote.replace(/\s+/g, ' ').trim().slice(0, 500),
    quote,
    assertedBy: 'author',
    hedge: form.hedge as Claim['hedge'],
    about: [from, to],
    contrastsWith: [],
    at: { start: form.start, end: form.end },
  }
  const relation: Relation = {
    id: freshId(`${sid}-${from}-${form.type}-${to}`, new Set(s.seed.relations.map((r) => r.id))),
    type: form.type as Relation['type'],
    from,
    to,
    claims: [claim.id],
    basis: form.basis as Relation['basis'],
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  }
  s.seed.claims.push(claim)
  s.seed.relations.push(relation)
  s.added.push(relation.id)
  s.decisions[relation.id] = 'accepted'
  return null
}

export function addPanel(ctx: AddContext) {
  const { s, vocab, form } = ctx
  const text = s.seed.source.text
  const quote = text.slice(form.start, form.end)
  const num = (id: string, label: string, value: number, set: (n: number) => void) => {
    const input = h('input', { id, type: 'number', min: '0', max: String(text.length), value: String(value), inputmode: 'numeric' })
    input.addEventListener('change', () => {
      set(Math.max(0, Math.min(text.length, Math.trunc(Number(input.value) || 0))))
      ctx.showSpan(form)
      ctx.redraw()
    })
    return h('div', { class: 'field' }, h('label', { for: id }, label), input)
  }
  const find = h('input', { id: 'add-find', type: 'search', autocomplete: 'off', value: form.find })
  find.addEventListener('input', () => {
    form.find = find.value
  })
  const doFind = () => {
    form.find = find.value
    const hit = findNext(text, find.value, form.end > form.start ? form.start + 1 : 0)
    form.error = hit ? '' : `“${find.value}” is not in the text.`
    if (hit) {
      form.start = hit.start
      form.end = hit.end
      ctx.showSpan(hit)
    }
    ctx.redraw()
    document.getElementById('add-find')?.focus()
  }
  find.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault()
      doFind()
    }
  })
  const ends = endOptions(s)
  const note = h('textarea', { id: 'add-note', rows: '2', maxlength: '500' }, form.note)
  note.addEventListener('input', () => {
    form.note = note.value
  })
  return h(
    'form',
    {
      id: 'add-form',
      'aria-labelledby': 'add-title',
      onsubmit: (ev: Event) => {
        ev.preventDefault()
        form.error = addRelation(ctx) ?? ''
        if (!form.error) {
          const id = s.added[s.added.length - 1]
          Object.assign(form, { ...emptyAdd(), type: form.type })
          ctx.changed()
          document.getElementById(`rv-${id}-accept`)?.focus()
        } else ctx.redraw()
      },
    },
    h('h3', { id: 'add-title' }, 'Add a relation the drafter missed'),
    h(
      'p',
      { class: 'hint' },
      'Select its words in the text above, or find them here and adjust the offsets: the quote is exactly that span.',
    ),
    h(
      'div',
      { class: 'search' },
      h('label', { for: 'add-find' }, 'Find in the text'),
      find,
      h('button', { type: 'button', id: 'add-find-go', onclick: doFind }, 'Find'),
    ),
    h(
      'div',
      { class: 'offsets' },
      num('add-start', 'Start (character)', form.start, (n) => {
        form.start = n
      }),
      num('add-end', 'End (exclusive)', form.end, (n) => {
        form.end = n
      }),
    ),
    h('p', { id: 'add-quote', class: 'quote-preview', 'aria-live': 'polite' }, quote ? `Quote: “${quote}”` : 'No span selected.'),
    select('add-from', 'From', form.from || ends[0]?.[0] || '', ends, (v) => {
      form.from = v
    }),
    select(
      'add-type',
      'Type',
      form.type,
      vocab.relationTypes.filter((t) => t.type !== 'depends-on').map((t) => [t.type, t.type]),
      (v) => {
        form.type = v
      },
    ),
    select('add-to', 'To', form.to || ends[0]?.[0] || '', ends, (v) => {
      form.to = v
    }),
    select(
      'add-hedge',
      'Hedge',
      form.hedge,
      vocab.hedges.map((x) => [x.hedge, `${x.hedge} (${x.confidence})`]),
      (v) => {
        form.hedge = v
      },
    ),
    select(
      'add-basis',
      'Basis',
      form.basis,
      vocab.bases.map((b) => [b, b]),
      (v) => {
        form.basis = v
      },
    ),
    h('div', { class: 'field' }, h('label', { for: 'add-note' }, 'Note (required for inferred)'), note),
    form.error ? h('p', { class: 'error', role: 'alert' }, form.error) : null,
    h('button', { type: 'submit', id: 'add-submit' }, 'Add this relation'),
  )
}
