// Dates as precise as the source is ("2018", "2024-06", "2024-06-19") become closed intervals of
// ISO days, compared as strings. A relation holds at asOf when the two intervals overlap.

export interface DayInterval {
  start: string
  end: string
}

const pad = (n: number) => String(n).padStart(2, '0')

export function intervalOf(partial: string): DayInterval {
  const [y, m, d] = partial.split('-').map(Number)
  if (d !== undefined) return { start: partial, end: partial }
  if (m !== undefined) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
    return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(last)}` }
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` }
}
