// The timeline as a line chart: score and reverseScore against time, on a fixed 0–1 axis, with a
// title saying the query. Self-contained like the network pictures (no script, no stylesheet, text
// escaped), and pure: the same series gives the same bytes.
import type { Timeline } from '../schemas/timeline.js'
import { attrs, escapeXml } from '../export/xml.js'

const W = 760
const H = 380
const LEFT = 56
const RIGHT = 24
const TOP = 70
const BOTTOM = 70
const COLORS = { score: '#1f6fb2', reverseScore: '#b2451f' } as const
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'

const el = (name: string, pairs: Array<[string, string | number | null]>, body?: string) =>
  body === undefined ? `<${name}${attrs(pairs)}/>` : `<${name}${attrs(pairs)}>${body}</${name}>`
const fmt = (v: number) => Math.round(v * 10) / 10
const text = (x: number, y: number, value: string, extra: Array<[string, string | number | null]> = []) =>
  el('text', [['x', fmt(x)], ['y', fmt(y)], ...extra], escapeXml(value))

export function timelineSvg(tl: Timeline): string {
  const n = tl.points.length
  const plotW = W - LEFT - RIGHT
  const plotH = H - TOP - BOTTOM
  const x = (i: number) => LEFT + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW)
  const y = (v: number) => TOP + (1 - v) * plotH
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (v) =>
        el('path', [
          ['d', `M${LEFT} ${fmt(y(v))} h${plotW}`],
          ['stroke', v === 0 ? '#444444' : '#dddddd'],
          ['stroke-width', 1],
        ]) +
        text(LEFT - 8, y(v) + 4, String(v), [
          ['text-anchor', 'end'],
          ['font-size', 11],
          ['fill', '#444444'],
        ]),
    )
    .join('')
  // At most about twelve time labels, evenly spaced, the first and the last always among them.
  const every = Math.max(1, Math.ceil(n / 12))
  const ticks = tl.points
    .map((p, i) =>
      i % every === 0 || i === n - 1
        ? el('path', [
            ['d', `M${fmt(x(i))} ${TOP + plotH} v5`],
            ['stroke', '#444444'],
          ]) +
          text(x(i), TOP + plotH + 18, p.t, [
            ['text-anchor', 'middle'],
            ['font-size', 11],
            ['fill', '#444444'],
          ])
        : '',
    )
    .join('')
  const series = (key: 'score' | 'reverseScore', label: string) =>
    el(
      'g',
      [
        ['class', 'series'],
        ['data-series', key],
      ],
      el('path', [
        ['d', tl.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(x(i))} ${fmt(y(p[key]))}`).join(' ')],
        ['fill', 'none'],
        ['stroke', COLORS[key]],
        ['stroke-width', 2],
        ['stroke-dasharray', key === 'reverseScore' ? '6 4' : null],
      ]) +
        tl.points
          .map((p, i) =>
            el(
              'circle',
              [
                ['cx', fmt(x(i))],
                ['cy', fmt(y(p[key]))],
                ['r', 3],
                ['fill', COLORS[key]],
                ['data-t', p.t],
                ['data-value', p[key]],
              ],
              el('title', [], escapeXml(`${label}, as of ${p.t}: ${p[key]}`)),
            ),
          )
          .join(''),
    )
  const over = `${tl.fromName} over ${tl.toName}`
  const back = `${tl.toName} over ${tl.fromName}`
  const first = tl.points[0].t
  const last = tl.points[n - 1].t
  const p = tl.model.parameters
  const subtitle = [
    `${tl.model.name} ${tl.model.version}`,
    `by ${tl.step}`,
    `maxHops ${p.maxHops}, decay ${p.decay}`,
    ...(p.minConfidence > 0 ? [`minConfidence ${p.minConfidence}`] : []),
    `basis ${p.basis.join(', ')}`,
  ].join(' · ')
  const legendY = H - 22
  const legend =
    el('path', [
      ['d', `M${LEFT} ${legendY} h28`],
      ['stroke', COLORS.score],
      ['stroke-width', 2],
    ]) +
    text(LEFT + 34, legendY + 4, `influence of ${over}`, [['font-size', 11]]) +
    el('path', [
      ['d', `M${LEFT + 330} ${legendY} h28`],
      ['stroke', COLORS.reverseScore],
      ['stroke-width', 2],
      ['stroke-dasharray', '6 4'],
    ]) +
    text(LEFT + 364, legendY + 4, `influence of ${back}`, [['font-size', 11]])
  const title = `Influence of ${over}, ${first === last ? first : `${first}–${last}`}`
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      [
        ['xmlns', 'http://www.w3.org/2000/svg'],
        ['version', '1.1'],
        ['width', W],
        ['height', H],
        ['viewBox', `0 0 ${W} ${H}`],
        ['role', 'img'],
        ['aria-labelledby', 'title desc'],
        ['font-family', FONT],
      ],
      el('title', [['id', 'title']], escapeXml(title)) +
        el('desc', [['id', 'desc']], escapeXml(subtitle)) +
        el('rect', [
          ['width', W],
          ['height', H],
          ['fill', '#ffffff'],
        ]) +
        text(20, 28, title, [
          ['font-size', 17],
          ['font-weight', 'bold'],
          ['fill', '#111111'],
        ]) +
        text(20, 48, subtitle, [
          ['font-size', 12],
          ['fill', '#444444'],
        ]) +
        grid +
        ticks +
        series('reverseScore', `influence of ${back}`) +
        series('score', `influence of ${over}`) +
        legend,
    ) +
    '\n'
  )
}

/** The series as RFC 4180 CSV: t, score, reverseScore, with a header row and CRLF line ends. */
export function timelineCsv(tl: Timeline): string {
  return ['t,score,reverseScore', ...tl.points.map((p) => `${p.t},${p.score},${p.reverseScore}`)].map((l) => `${l}\r\n`).join('')
}
