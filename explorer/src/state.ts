// The view lives in the URL: /?from=Pyongyang&to=Ukraine&asOf=2018 opens that view, so a link can be
// shared. Only set values are written, in a fixed order, so the same view always gives the same URL.

export const BASES = ['stated', 'inferred', 'background'] as const

export interface ViewState {
  from: string
  to: string
  center: string
  depth: number
  asOf: string
  minConfidence: number
  types: string[]
  basis: string[]
}

export const EMPTY: ViewState = { from: '', to: '', center: '', depth: 1, asOf: '', minConfidence: 0, types: [], basis: [] }

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []

export function readState(search: string): ViewState {
  const q = new URLSearchParams(search)
  const depth = Number(q.get('depth'))
  const minConfidence = Number(q.get('minConfidence'))
  return {
    from: q.get('from')?.trim() ?? '',
    to: q.get('to')?.trim() ?? '',
    center: q.get('center')?.trim() ?? '',
    depth: [1, 2, 3].includes(depth) ? depth : 1,
    asOf: q.get('asOf')?.trim() ?? '',
    minConfidence: minConfidence >= 0 && minConfidence <= 1 ? minConfidence : 0,
    types: list(q.get('types')),
    basis: list(q.get('basis')).filter((b) => (BASES as readonly string[]).includes(b)),
  }
}

export function writeState(s: ViewState): string {
  const q = new URLSearchParams()
  if (s.center) {
    q.set('center', s.center)
    if (s.depth !== 1) q.set('depth', String(s.depth))
  } else {
    if (s.from) q.set('from', s.from)
    if (s.to) q.set('to', s.to)
  }
  if (s.asOf) q.set('asOf', s.asOf)
  if (s.minConfidence > 0) q.set('minConfidence', String(s.minConfidence))
  if (s.types.length) q.set('types', s.types.join(','))
  if (s.basis.length) q.set('basis', s.basis.join(','))
  const text = q.toString().replace(/%2C/g, ',')
  return text ? `/?${text}` : '/'
}

/** The API's filter parameters of a view. */
export function filterParams(s: ViewState): Record<string, string> {
  return {
    ...(s.asOf ? { asOf: s.asOf } : {}),
    ...(s.minConfidence > 0 ? { minConfidence: String(s.minConfidence) } : {}),
    ...(s.types.length ? { types: s.types.join(',') } : {}),
    ...(s.basis.length ? { basis: s.basis.join(',') } : {}),
  }
}
