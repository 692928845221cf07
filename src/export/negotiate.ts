// Picks an export format from an Accept header (RFC 9110 §12.5.1) when the request names none: each
// media type we offer takes the q of the most specific range that matches it (exact, then type/*,
// then */*), times a server quality; the highest wins, ties going to the earlier offer. Plain
// application/xml and text/xml select GraphML at half quality, so a browser's default Accept
// ("text/html,…,application/xml;q=0.9,*/*;q=0.8") still gets JSON, while an <img> (whose Accept names
// image/svg+xml) gets the SVG picture.
import { HttpError } from '../lib/http-errors.js'
import {
  FORMATS,
  type Format,
  MEDIA_TYPES,
  PATHS_FORMATS,
  type PathsFormat,
  TIMELINE_FORMATS,
  type TimelineFormat,
} from '../lib/media-types.js'

interface Offer<F extends string> {
  type: string
  format: F
  quality: number
}

/** What GET /graph offers: every format's own media type at full quality, in FORMATS order (json first wins ties), then the XML aliases. */
export const OFFERS: readonly Offer<Format>[] = [
  ...FORMATS.map((format) => ({ type: MEDIA_TYPES[format].type, format, quality: 1 })),
  { type: 'application/xml', format: 'graphml', quality: 0.5 },
  { type: 'text/xml', format: 'graphml', quality: 0.5 },
]

/** What GET /paths offers. */
export const PATHS_OFFERS: readonly Offer<PathsFormat>[] = PATHS_FORMATS.map((format) => ({
  type: MEDIA_TYPES[format].type,
  format,
  quality: 1,
}))

/** What GET /influence/timeline offers. */
export const TIMELINE_OFFERS: readonly Offer<TimelineFormat>[] = TIMELINE_FORMATS.map((format) => ({
  type: MEDIA_TYPES[format].type,
  format,
  quality: 1,
}))

interface Range {
  type: string
  subtype: string
  q: number
}

function parseAccept(header: string): Range[] {
  const ranges: Range[] = []
  for (const part of header.split(',')) {
    const [mediaRange, ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const [type, subtype] = mediaRange.split('/')
    if (!type || !subtype) continue
    const qParam = params.find((p) => p.startsWith('q='))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    if (Number.isNaN(q) || q < 0 || q > 1) continue
    ranges.push({ type, subtype, q })
  }
  return ranges
}

const specificity = (r: Range, type: string, subtype: string): number =>
  r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1

/** The format the Accept header prefers; json when there is no header; null when it accepts none of the offers. */
export function negotiateFormat<F extends string>(accept: string | undefined, offers: readonly Offer<F>[]): F | 'json' | null {
  if (accept === undefined || accept.trim() === '') return 'json'
  const ranges = parseAccept(accept)
  let best: { format: F; score: number } | null = null
  for (const offer of offers) {
    const [type, subtype] = offer.type.split('/')
    let match: { q: number; specificity: number } | null = null
    for (const r of ranges) {
      const s = specificity(r, type, subtype)
      if (s >= 0 && (match === null || s > match.specificity)) match = { q: r.q, specificity: s }
    }
    const score = match === null ? 0 : match.q * offer.quality
    if (score > 0 && (best === null || score > best.score)) best = { format: offer.format, score }
  }
  return best?.format ?? null
}

/** The format a request asks for: its `format` parameter, else its Accept header; 406 problem+json when Accept names none. */
export function chooseFormat<F extends string>(
  format: F | undefined,
  accept: string | undefined,
  offers: readonly Offer<F>[],
  route: string,
): F | 'json' {
  const chosen = format ?? negotiateFormat(accept, offers)
  if (chosen === null) {
    const supported = [...new Set(offers.map((o) => o.type))]
    throw new HttpError(406, `Accept names none of the formats of ${route}: ${supported.join(', ')}; or pass format.`, {
      supported,
    })
  }
  return chosen
}
