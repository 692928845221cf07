// Publishing the review: PUT /sources/{id} with a write key. The key is asked once and kept in this
// module's memory only (gone with the tab or a reload; never in storage, never in the URL). The first
// publish creates only (If-None-Match: *); the next ones replace the version published from this tab
// (If-Match), so another writer's change in between is a 412, explained, with the review kept.
import { h } from '../dom.js'
import type { Built } from './document.js'
import { type Problem, send } from './http.js'
import { actorName, type ReviewState, type WriteResult } from './model.js'

let key: string | null = null
/** What is typed in the key field before publishing, so a redraw (an answer arriving) does not wipe it. */
let typed = ''

export const forgetKey = () => {
  key = null
  typed = ''
}

export interface PublishContext {
  s: ReviewState
  build: () => Built
  /** Findings of the page's own checks, counted before sending. */
  refused: () => number
  changed: () => void
}

function keyInput() {
  const input = h('input', { id: 'publish-key', type: 'password', autocomplete: 'off', spellcheck: 'false' })
  input.value = typed
  input.addEventListener('input', () => {
    typed = input.value
  })
  return input
}

/** The key form (when no key is held) and the publish button. */
export function publishPanel(ctx: PublishContext, say: (node: Node | string) => void) {
  const { doc } = ctx.build()
  const refused = ctx.refused()
  const undecided = ctx.s.seed.relations.filter((r) => (ctx.s.decisions[r.id] ?? 'pending') === 'pending').length
  const keyField = key
    ? h(
        'p',
        {},
        'A write key is held in this tab’s memory. ',
        h(
          'button',
          {
            type: 'button',
            id: 'publish-forget',
            onclick: () => {
              forgetKey()
              ctx.changed()
            },
          },
          'Forget the key',
        ),
      )
    : h('div', { class: 'field' }, h('label', { for: 'publish-key' }, 'Write key (kept in this tab’s memory only)'), keyInput())
  return h(
    'form',
    {
      id: 'publish-form',
      'aria-labelledby': 'publish-title',
      onsubmit: (ev: Event) => {
        ev.preventDefault()
        const input = document.getElementById('publish-key') as HTMLInputElement | null
        if (input?.value.trim()) key = input.value.trim()
        typed = ''
        if (!key) {
          say('Enter a write key to publish.')
          input?.focus()
          return
        }
        void publish(ctx, say)
      },
    },
    h('h2', { id: 'publish-title' }, 'Publish'),
    h(
      'p',
      {},
      `Sends ${doc.relations.length} relations, ${doc.claims.length} claims and ${doc.actors.length} actors as source “${doc.source.id}”; rejected items are left out`,
      undecided ? `, ${undecided} relation${undecided === 1 ? '' : 's'} not yet decided go as drafted.` : '.',
      refused ? ` The seed checker would refuse ${refused} item${refused === 1 ? '' : 's'} (shown beside them).` : '',
    ),
    keyField,
    h('button', { type: 'submit', id: 'publish-button' }, ctx.s.etag ? 'Publish the changes' : 'Publish to the graph'),
  )
}

async function publish(ctx: PublishContext, say: (node: Node | string) => void, ifMatch?: string) {
  const { s } = ctx
  const built = ctx.build()
  const id = built.doc.source.id
  const condition: Record<string, string> = ifMatch ? { 'if-match': ifMatch } : s.etag ? { 'if-match': s.etag } : { 'if-none-match': '*' }
  say('Publishing…')
  const res = await send<WriteResult & Problem>('PUT', `/sources/${encodeURIComponent(id)}`, built.doc, {
    authorization: `Bearer ${key}`,
    ...condition,
  }).catch((err: Error) => ({ status: 0, body: { detail: err.message } as Problem, headers: new Headers() }))
  const detail = res.body.detail ?? ''
  if (res.status === 200 || res.status === 201) {
    s.published = res.body as WriteResult
    s.etag = res.headers.get('etag')
    s.serverFindings = {}
    ctx.changed()
    say(summary(s, built, s.published))
    return
  }
  if (res.status === 422) {
    const byItem: Record<string, string[]> = {}
    for (const p of res.body['invalid-params'] ?? []) {
      const item = built.itemOf(p.name) ?? 'document'
      byItem[item] = [...(byItem[item] ?? []), `server: ${p.reason} (${p.name})`]
    }
    s.serverFindings = byItem
    ctx.changed()
    const loose = byItem.document ?? []
    say(
      h(
        'div',
        {},
        h('p', {}, `Refused (422): ${detail} The findings are shown beside their items; fix or reject them and publish again.`),
        loose.length ? h('ul', { class: 'findings' }, ...loose.map((m) => h('li', {}, m))) : null,
      ),
    )
    return
  }
  if (res.status === 401 || res.status === 403) {
    forgetKey()
    ctx.changed()
    say(
      res.status === 403
        ? `Refused (403): this key may not write (a read key?). ${detail} Nothing was written and the review is kept: enter a write key and publish again.`
        : `Refused (401): the key is not known or was revoked. ${detail} Nothing was written and the review is kept: enter another key.`,
    )
    document.getElementById('publish-key')?.focus()
    return
  }
  if (res.status === 412) {
    const current = await fetch(`/sources/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } }).catch(() => null)
    const etag = current?.ok ? current.headers.get('etag') : null
    const why = s.etag
      ? `The source “${id}” changed since this tab published it (${s.etag}; the graph now holds ${etag ?? 'none'}).`
      : `A source with the id “${id}” is already in the graph (${etag ?? 'version unknown'}), published before or by someone else.`
    say(
      h(
        'div',
        {},
        h('p', {}, `Not published (412): ${why} Nothing was written; the review is kept.`),
        etag
          ? h(
              'button',
              { type: 'button', id: 'publish-replace', onclick: () => void publish(ctx, say, etag) },
              `Replace ${etag} with this review`,
            )
          : null,
      ),
    )
    document.getElementById('publish-replace')?.focus()
    return
  }
  say(`Not published (${res.status || 'no answer'}): ${detail || 'the API did not answer'} The review is kept.`)
}

const pathLink = (s: ReviewState, from: string, type: string, to: string) =>
  h('a', { href: `/?${new URLSearchParams({ from, to })}` }, `${actorName(s, from)} — ${type} → ${actorName(s, to)}`)

export function summary(s: ReviewState, built: Built, r: WriteResult) {
  const rel = new Map(built.doc.relations.map((x) => [x.id, x]))
  const list = (title: string, ids: string[]) =>
    ids.length
      ? h(
          'div',
          {},
          h('h3', {}, `${title} (${ids.length})`),
          h(
            'ul',
            {},
            ...ids.map((id) => {
              const x = rel.get(id)
              return h('li', {}, x ? pathLink(s, x.from, x.type, x.to) : id)
            }),
          ),
        )
      : null
  return h(
    'div',
    { class: 'summary' },
    h(
      'p',
      {},
      `Published: ${r.outcome}, source “${r.sourceId}” version ${r.sourceVersion ?? '—'}${r.graphVersion === null ? '' : `, graph version ${r.graphVersion}`}.`,
    ),
    r.actorsAdded.length ? h('p', {}, `New actors: ${r.actorsAdded.map((id) => actorName(s, id)).join(', ')}.`) : null,
    list('New relations, each opens its path in the explorer', r.relationsAdded),
    list('Relations changed (merged with other sources’)', r.relationsChanged),
    list('Relations removed', r.relationsRemoved),
    r.corroborationChanged.length
      ? h('p', {}, `Corroboration changed: ${r.corroborationChanged.map((c) => `${c.relationId} ${c.before} → ${c.after}`).join('; ')}.`)
      : null,
  )
}
