// The text side of the explorer: the hops of the drawing as a keyboard-usable list, a hop's claims
// (quote, hedge, who asserted it, source and date), influence both ways with its chains, the ranking.
import { type Evidence, type InfluenceAnswer, type Path, type RankingAnswer, source } from './api.js'
import { h, replace } from './dom.js'

export interface Hop {
  id: string
  from: string
  to: string
  type: string
  confidence: number
  basis: string | null
  note: string | null
  validFrom: string | null
  validTo: string | null
  /** Claims known already (a path's hops carry them); otherwise loaded by ids. */
  claims: Evidence[] | null
  claimIds: string[]
}

const pct = (v: number) => `${Math.round(v * 100)}%`

export function hopList(list: HTMLElement, hops: Hop[], name: (id: string) => string, onPick: (id: string) => void) {
  replace(
    list,
    ...hops.map((hop) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'hop', 'data-hop': hop.id, 'aria-pressed': 'false', onclick: () => onPick(hop.id) },
          `${name(hop.from)} — ${hop.type} → ${name(hop.to)}`,
          hop.confidence < 0.9 ? h('span', { class: 'tag hedged' }, 'hedged') : null,
          hop.basis === 'inferred' || hop.basis === 'background' ? h('span', { class: `tag ${hop.basis}` }, hop.basis) : null,
        ),
      ),
    ),
  )
}

export function markPicked(list: HTMLElement, id: string) {
  for (const b of list.querySelectorAll<HTMLButtonElement>('button.hop')) b.setAttribute('aria-pressed', String(b.dataset.hop === id))
}

async function claimItem(c: Evidence, name: (id: string) => string): Promise<HTMLElement> {
  const s = await source(c.sourceId).catch(() => null)
  const asserted = c.assertedBy === 'author' ? 'the author' : c.assertedBy === 'reports' ? 'unnamed reports' : name(c.assertedBy)
  return h(
    'li',
    { class: 'claim' },
    h('blockquote', { class: 'quote' }, `“${c.quote}”`),
    h(
      'dl',
      {},
      h('dt', {}, 'hedge'),
      h('dd', {}, `${c.hedge} (confidence ${c.confidence})`),
      h('dt', {}, 'asserted by'),
      h('dd', {}, asserted),
      h('dt', {}, 'source'),
      h(
        'dd',
        {},
        s ? `${s.title} — ${s.publisher}` : c.sourceId,
        s?.publishedAt ? `, ${s.publishedAt}` : '',
        c.when ? ` (about ${c.when})` : '',
      ),
    ),
  )
}

export async function showEvidence(panel: HTMLElement, hop: Hop, name: (id: string) => string, claims: Evidence[]) {
  const period = hop.validFrom || hop.validTo ? `valid ${hop.validFrom ?? '…'} – ${hop.validTo ?? 'today'}` : null
  const items = await Promise.all(claims.map((c) => claimItem(c, name)))
  replace(
    panel,
    h('h2', { id: 'evidence-title', tabindex: '-1' }, `${name(hop.from)} — ${hop.type} → ${name(hop.to)}`),
    h('p', { class: 'meta' }, `confidence ${hop.confidence}`, hop.basis ? ` · basis ${hop.basis}` : '', period ? ` · ${period}` : ''),
    hop.note ? h('p', { class: 'note' }, hop.note) : null,
    h('ol', { class: 'claims' }, ...items),
  )
  ;(panel.querySelector('#evidence-title') as HTMLElement).focus()
}

function chain(p: Path): string {
  return p.actors.map((a) => a.name).join(' → ')
}

function influenceSide(title: string, score: number, a: InfluenceAnswer): HTMLElement {
  return h(
    'section',
    { class: 'influence-side' },
    h('h3', {}, `${title}: ${pct(score)}`),
    a.paths.length
      ? h('ol', {}, ...a.paths.map((p) => h('li', {}, chain(p), h('span', { class: 'score' }, ` strength ${p.score.toFixed(2)}`))))
      : h('p', {}, 'No dependency chain.'),
  )
}

export function showInfluence(panel: HTMLElement, forward: InfluenceAnswer, backward: InfluenceAnswer, name: (id: string) => string) {
  replace(
    panel,
    h('h2', {}, 'Influence'),
    h(
      'p',
      {},
      `Asymmetry ${forward.asymmetry.toFixed(2)}: leverage in ${forward.asymmetry >= 0 ? name(forward.from) : name(forward.to)}’s favour.`,
    ),
    influenceSide(`${name(forward.from)} over ${name(forward.to)}`, forward.score, forward),
    influenceSide(`${name(backward.from)} over ${name(backward.to)}`, backward.score, backward),
  )
}

export function showRanking(table: HTMLElement, ranking: RankingAnswer) {
  replace(
    table,
    h('caption', {}, 'Actors ranked by mean influence over all others'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, '#'),
        h('th', { scope: 'col' }, 'actor'),
        h('th', { scope: 'col' }, 'score'),
        h('th', { scope: 'col' }, 'reach'),
      ),
    ),
    h(
      'tbody',
      {},
      ...ranking.items.map((i) =>
        h('tr', {}, h('td', {}, String(i.rank)), h('td', {}, i.actor.name), h('td', {}, pct(i.score)), h('td', {}, String(i.reach))),
      ),
    ),
  )
}
