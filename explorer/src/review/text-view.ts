// The article with every claim's quote highlighted where it stands (its `at` offsets). The text is cut
// at every quote's start and end; each piece is a text node in an element that knows its offset, so a
// selection in it maps back to offsets of the text exactly (a quote taken from it is verbatim).
import { h, replace } from '../dom.js'
import type { Claim } from './model.js'

export interface Span {
  start: number
  end: number
}

/**
 * Draws `text` into `box`, each quoted piece a <mark> naming its claims (`pick` gets them on a click), and
 * the span about to become a claim (`pending`) marked too.
 */
export function drawText(
  box: HTMLElement,
  text: string,
  claims: Claim[],
  rejected: ReadonlySet<string>,
  pending: Span | null,
  pick: (claimIds: string[]) => void,
) {
  const placed = claims.filter((c) => c.at && c.at.end <= text.length && c.at.start < c.at.end)
  const cuts = new Set([0, text.length])
  if (pending) {
    cuts.add(pending.start)
    cuts.add(pending.end)
  }
  for (const c of placed) {
    cuts.add((c.at as Span).start)
    cuts.add((c.at as Span).end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Node[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]]
    const over = placed.filter((c) => (c.at as Span).start <= start && (c.at as Span).end >= end)
    const piece = text.slice(start, end)
    const inPending = pending !== null && pending.start <= start && pending.end >= end
    if (over.length === 0) {
      pieces.push(h('span', { 'data-at': String(start), ...(inPending ? { class: 'pending' } : {}) }, piece))
      continue
    }
    const ids = over.map((c) => c.id)
    const mark = h('mark', { 'data-at': String(start), 'data-claims': ids.join(' ') }, piece)
    if (over.every((c) => rejected.has(c.id))) mark.classList.add('rejected')
    if (over.length > 1) mark.classList.add('overlap')
    if (inPending) mark.classList.add('pending')
    mark.addEventListener('click', () => {
      if (window.getSelection()?.isCollapsed !== false) pick(ids)
    })
    pieces.push(mark)
  }
  replace(box, ...pieces)
}

/** Marks the highlights of these claims as the current ones. */
export function markCurrent(box: HTMLElement, claimIds: readonly string[]) {
  for (const m of box.querySelectorAll<HTMLElement>('mark')) {
    const ids = (m.dataset.claims ?? '').split(' ')
    m.classList.toggle(
      'current',
      ids.some((id) => claimIds.includes(id)),
    )
  }
}

/** The offset in the text of a point of a selection inside `box`, or null when it is outside. */
function offsetOf(box: HTMLElement, node: Node | null, offset: number): number | null {
  if (!node || !box.contains(node)) return null
  if (node === box) {
    const child = box.childNodes[offset] as HTMLElement | undefined
    return child ? Number(child.dataset.at) : Number(box.textContent?.length ?? 0)
  }
  const piece = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement))?.closest<HTMLElement>('[data-at]')
  if (!piece) return null
  return Number(piece.dataset.at) + (node.nodeType === Node.TEXT_NODE ? offset : 0)
}

/** The span of the text selected inside `box` (a pointer selection), or null. */
export function selectedSpan(box: HTMLElement): Span | null {
  const sel = window.getSelection()
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null
  const range = sel.getRangeAt(0)
  const start = offsetOf(box, range.startContainer, range.startOffset)
  const end = offsetOf(box, range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/** A span trimmed of the white space at its ends (a drag often takes a space along). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}
