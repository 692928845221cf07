// The time a clause refers to, from the dates it names: "on 4 May 2025", "in February 2022", "in 2018",
// and relative ones ("on Monday", "in March", "last year") resolved against the publication date.
// Undated clauses get nothing: a claim's time is not the article's.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const pad = (n: number) => String(n).padStart(2, '0')
const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1

const M = '(January|February|March|April|May|June|July|August|September|October|November|December)'
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${M},? (\\d{4})\\b`)
const MONTH_DAY_YEAR = new RegExp(`\\b${M} (\\d{1,2}),? (\\d{4})\\b`)
const MONTH_YEAR = new RegExp(`\\b${M},? (\\d{4})\\b`)
const IN_YEAR = /\b(?:in|during|by|of) (\d{4})\b/
// "in May", "his May meeting": a capitalised month not followed by a day or year (those matched above).
const BARE_MONTH = new RegExp(`\\b(?:in|on|his|her|its|their|the|last|this|early|late|mid-) ?${M}\\b`)
const WEEKDAY = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/
const LAST_YEAR = /\blast year\b/i
const THIS_YEAR = /\bthis year\b/i

function validDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && y >= 1000 ? `${y}-${pad(m)}-${pad(d)}` : undefined
}

/** The partial date (YYYY, YYYY-MM or YYYY-MM-DD) a clause refers to, or undefined. */
export function whenOf(clause: string, publishedAt?: string): string | undefined {
  let m = DAY_MONTH_YEAR.exec(clause)
  if (m) return validDay(Number(m[3]), month(m[2] as string), Number(m[1]))
  m = MONTH_DAY_YEAR.exec(clause)
  if (m) return validDay(Number(m[3]), month(m[1] as string), Number(m[2]))
  m = MONTH_YEAR.exec(clause) ?? null
  if (m && Number(m[2]) >= 1000) return `${m[2]}-${pad(month(m[1] as string))}`
  m = IN_YEAR.exec(clause)
  if (m && Number(m[1]) >= 1000) return m[1]
  const pub = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(publishedAt ?? '')
  if (!pub) return undefined
  const [py, pm, pd] = [Number(pub[1]), pub[2] ? Number(pub[2]) : undefined, pub[3] ? Number(pub[3]) : undefined]
  m = WEEKDAY.exec(clause)
  if (m && pm && pd) {
    // The latest such weekday on or before the publication day.
    const published = new Date(Date.UTC(py, pm - 1, pd))
    const back = (published.getUTCDay() - DAYS.indexOf((m[1] as string).toLowerCase()) + 7) % 7
    const day = new Date(published.getTime() - back * 86_400_000)
    return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
  }
  m = BARE_MONTH.exec(clause)
  if (m && pm) {
    // The latest such month not after the publication month.
    const mm = month(m[1] as string)
    return `${mm <= pm ? py : py - 1}-${pad(mm)}`
  }
  if (LAST_YEAR.test(clause)) return String(py - 1)
  if (THIS_YEAR.test(clause)) return String(py)
  return undefined
}
