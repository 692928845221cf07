// The review room at /?review: paste an article, get its draft (POST /drafts) with every quote
// highlighted in the text, decide item by item, add what the drafter missed, publish with a write key.
// The draft and the decisions are saved in localStorage after every change; the key never is.
import '../../review.css'
import { get } from '../api.js'
import { byId, h, replace } from '../dom.js'
import { type ActorsContext, actorsPanel, learnActors } from './actors.js'
import { type AddForm, addPanel, emptyAdd } from './add.js'
import { findings } from './checks.js'
import { buildDocument } from './document.js'
import { type Problem, send } from './http.js'
import { claimItem, type ItemContext, relationItem } from './items.js'
import { decisionOf, looseClaims, newState, type ReviewState, type Seed, type Vocabulary } from './model.js'
import { publishPanel, summary } from './publish.js'
import { loadState, saveState } from './store.js'
import { drawText, markCurrent, selectedSpan, type Span, trimSpan } from './text-view.js'

export async function openReview(root: HTMLElement) {
  const vocab = await get<Vocabulary>('/vocabulary')
  let s: ReviewState | null = loadState()
  const open = new Set<string>()
  const openMerges = new Set<string>()
  const inGraph = new Map<string, boolean>()
  const found: ActorsContext['found'] = new Map()
  let add: AddForm = emptyAdd()
  let message: Node | string | null = null

  const status = h('p', { id: 'review-status', role: 'status' })
  const textBox = h('div', { id: 'review-text', tabindex: '0', 'aria-label': 'the article, its quotes highlighted' })
  const addBox = h('div', { id: 'review-add' })
  const items = h('ol', { id: 'review-items', class: 'items' })
  const claimsBox = h('div', { id: 'review-claims' })
  const actorsBox = h('div', { id: 'review-actors' })
  const publishBox = h('div', { id: 'review-publish' })
  const result = h('div', { id: 'review-result', 'aria-live': 'polite' })
  const work = h(
    'div',
    { class: 'review-work' },
    h(
      'section',
      { id: 'review-text-panel', 'aria-labelledby': 'review-text-title' },
      h('h2', { id: 'review-text-title' }, 'The text'),
      textBox,
      addBox,
    ),
    h(
      'section',
      { id: 'review-items-panel', 'aria-labelledby': 'review-items-title' },
      h('h2', { id: 'review-items-title' }, 'Relations to review'),
      items,
      claimsBox,
    ),
    h(
      'section',
      { id: 'review-side', 'aria-label': 'publishing and actors' },
      publishBox,
      result,
      h('h2', { id: 'review-actors-title' }, 'Actors'),
      actorsBox,
      h('button', { type: 'button', id: 'review-discard', class: 'quiet', onclick: () => discard() }, 'Discard this review'),
    ),
  )

  const say = (node: Node | string) => {
    message = node
    replace(result, node)
  }

  function discard() {
    s = null
    saveState(null)
    message = null
    replace(result)
    redraw()
    byId('article-text').focus()
  }

  /**
   * Saves the review and redraws it, keeping the focus where it was (controls have stable ids). A change
   * made in a focused <select> is redrawn after a pause: redrawing at once would replace the element
   * between the keys of a type-ahead ("trades-with").
   */
  let redrawTimer = 0
  function changed() {
    if (s) saveState(s)
    window.clearTimeout(redrawTimer)
    if (document.activeElement instanceof HTMLSelectElement) redrawTimer = window.setTimeout(redraw, 700)
    else redraw()
  }

  function redraw() {
    window.clearTimeout(redrawTimer)
    const focused = document.activeElement?.id
    work.hidden = !s
    articleDetails.open = !s
    if (!s) {
      status.textContent = 'Paste an article to draft it; the draft comes back with its quotes highlighted in the text.'
      return
    }
    const st = s
    const built = buildDocument(st)
    const found1 = findings(st, built)
    const all = new Map(found1)
    for (const [id, list] of Object.entries(st.serverFindings)) all.set(id, [...(all.get(id) ?? []), ...list])
    const rejected = new Set([...st.seed.claims.filter((c) => !built.doc.claims.some((k) => k.id === c.id)).map((c) => c.id)])
    const pending = add.end > add.start ? { start: add.start, end: add.end } : null
    drawText(textBox, st.seed.source.text, st.seed.claims, rejected, pending, pick)
    const ictx: ItemContext = { s: st, vocab, findings: all, open, changed, showInText }
    replace(items, ...st.seed.relations.map((r) => relationItem(ictx, r)))
    const loose = looseClaims(st)
    replace(
      claimsBox,
      loose.length ? h('h3', {}, 'Claims without a relation') : null,
      loose.length ? h('ol', { class: 'items' }, ...loose.map((c) => claimItem(ictx, c))) : null,
    )
    replace(addBox, addPanel({ s: st, vocab, form: add, changed, redraw, showSpan }))
    replace(actorsBox, actorsPanel({ s: st, inGraph, found, findings: all, open: openMerges, changed, redraw }))
    replace(publishBox, publishPanel({ s: st, build: () => buildDocument(st), refused: () => found1.size, changed }, say))
    if (!message && st.published) say(summary(st, built, st.published))
    const decided = st.seed.relations.filter((r) => decisionOf(st, r.id) !== 'pending').length
    status.textContent = `Draft of “${st.seed.source.title}”: ${st.seed.relations.length} relations (${decided} decided), ${st.seed.claims.length} claims, ${st.seed.actors.length} actors.`
    if (focused) document.getElementById(focused)?.focus()
  }

  function showSpan(span: Span) {
    add.start = span.start
    add.end = span.end
    redraw()
    textBox.querySelector('mark.pending, span.pending')?.scrollIntoView({ block: 'nearest' })
  }

  /** A highlight picked: its first item gets the focus. */
  function pick(claimIds: string[]) {
    if (!s) return
    const r = s.seed.relations.find((x) => x.claims.some((c) => claimIds.includes(c)))
    const target = document.getElementById(r ? `rv-${r.id}-accept` : `rv-${claimIds[0]}-accept`)
    markCurrent(textBox, claimIds)
    target?.scrollIntoView({ block: 'center' })
    target?.focus()
  }

  function showInText(claimIds: string[]) {
    markCurrent(textBox, claimIds)
    textBox.querySelector('mark.current')?.scrollIntoView({ block: 'center' })
    textBox.focus()
  }

  // A pointer selection in the text becomes the span of the add form.
  const takeSelection = () => {
    if (!s) return
    const span = selectedSpan(textBox)
    if (span) showSpan(trimSpan(s.seed.source.text, span))
  }
  textBox.addEventListener('mouseup', takeSelection)
  textBox.addEventListener('keyup', (ev) => {
    if (ev.shiftKey) takeSelection()
  })
  items.addEventListener('focusin', (ev) => {
    const li = (ev.target as HTMLElement).closest<HTMLElement>('li[data-relation]')
    const r = li && s?.seed.relations.find((x) => x.id === li.dataset.relation)
    if (r) markCurrent(textBox, r.claims)
  })

  const field = (id: string, label: string, props: Record<string, string> = {}) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name: id, autocomplete: 'off', ...props }))
  const articleError = h('div', { id: 'article-error', 'aria-live': 'polite' })
  const articleForm = h(
    'form',
    { id: 'article-form', 'aria-label': 'add an article' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'article-text' }, 'Article text'),
      h('textarea', { id: 'article-text', rows: '10', required: true }),
    ),
    h(
      'div',
      { class: 'meta-fields' },
      field('article-title', 'Title'),
      field('article-publisher', 'Publisher'),
      field('article-url', 'URL', { type: 'url', placeholder: 'https://…' }),
      field('article-date', 'Published (YYYY, YYYY-MM or YYYY-MM-DD)', { inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' }),
    ),
    articleError,
    h('button', { type: 'submit', id: 'article-draft' }, 'Draft it'),
  )
  const articleDetails = h(
    'details',
    { id: 'article-panel' },
    h('summary', {}, 'Add an article (a new draft replaces the review below)'),
    articleForm,
  )
  articleForm.addEventListener('submit', (ev) => {
    ev.preventDefault()
    void draft()
  })

  async function draft() {
    performance.clearMarks('review:draft-requested')
    performance.mark('review:draft-requested')
    const value = (id: string) => (byId<HTMLInputElement>(id).value ?? '').trim()
    const body: Record<string, string> = { text: byId<HTMLTextAreaElement>('article-text').value }
    for (const [k, id] of [
      ['title', 'article-title'],
      ['publisher', 'article-publisher'],
      ['url', 'article-url'],
      ['publishedAt', 'article-date'],
    ])
      if (value(id)) body[k] = value(id)
    replace(articleError, h('p', {}, 'Drafting…'))
    const res = await send<Seed & Problem>('POST', '/drafts', body).catch((err: Error) => ({
      status: 0,
      body: { detail: err.message } as Problem,
    }))
    if (res.status !== 200) {
      const params = (res.body as Problem)['invalid-params'] ?? []
      replace(
        articleError,
        h('p', { class: 'error', role: 'alert' }, `Not drafted (${res.status || 'no answer'}): ${(res.body as Problem).detail ?? ''}`),
        params.length ? h('ul', { class: 'findings' }, ...params.map((p) => h('li', {}, `${p.name}: ${p.reason}`))) : null,
      )
      return
    }
    replace(articleError)
    const fresh = newState(res.body as Seed)
    s = fresh
    add = emptyAdd()
    message = null
    replace(result)
    inGraph.clear()
    found.clear()
    open.clear()
    changed()
    await new Promise(requestAnimationFrame)
    performance.mark('review:draft-shown')
    performance.measure('review:draft', 'review:draft-requested', 'review:draft-shown')
    items.querySelector<HTMLElement>('.decide button')?.focus()
    await learnActors({ s: fresh, inGraph, found, findings: new Map(), open: openMerges, changed, redraw })
    redraw()
  }

  replace(root, h('h2', { class: 'room-title' }, 'Review a draft'), articleDetails, status, work)
  redraw()
  if (s) {
    await learnActors({ s, inGraph, found, findings: new Map(), open: openMerges, changed, redraw })
    redraw()
  }
}
