// Builds src/draft/data/cameo-people.json from the CAMEO country actor dictionary (Phoenix.Countries.actors.txt
// of openeventdata/petrarch2, MIT; docs/drafts.md "People the CAMEO dictionary knows"): every person it
// holds in the government or the military of a state of the country table, with their other spellings and
// the dates of each role. The drafter reads a person's act as their state's when the text names them alone.
//
//   node --import tsx tools/build-people.ts <Phoenix.Countries.actors.txt> [out.json]
import { readFileSync, writeFileSync } from 'node:fs'
import { countryByIso3 } from '../src/model/countries.js'

/** One role: the state (lower-case ISO3), and the first and last day, either open. */
export type PersonRole = [state: string, from: string | null, to: string | null]
/** A person: the name the dictionary files them under, their other spellings, their roles. */
export type Person = [name: string, aliases: string[], roles: PersonRole[]]

/** "460101" → 1946-01-01, "011222" → 2001-12-22, "19290101" → 1929-01-01: two-digit years up to 30 are 20xx. */
export function dayOf(code: string): string {
  const [y, rest] =
    code.length === 8
      ? [code.slice(0, 4), code.slice(4)]
      : [`${Number(code.slice(0, 2)) <= 30 ? 20 : 19}${code.slice(0, 2)}`, code.slice(2)]
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`
}

const NAME = (line: string) => line.replace(/#.*$/, '').trim().replace(/_+$/, '').replace(/_/g, ' ')

/** Parses the dictionary's text: heads, "+" spellings, and "[CCCROL dates]" codes under them. */
export function parsePeople(text: string): Person[] {
  const out: Person[] = []
  let current: Person | undefined
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (/^\s*(#|$)/.test(line)) continue
    if (/^\s+\[/.test(line) || /^\[/.test(line.trim())) {
      const m = /^\s*\[([A-Z]{3})(GOV|MIL)[A-Z]*(?:\s+(?:>(\d{6,8})|<(\d{6,8})|(\d{6,8})-(\d{6,8})))?\s*\]/.exec(line)
      const state = m && countryByIso3(m[1] as string) ? (m[1] as string).toLowerCase() : undefined
      if (current && m && state) {
        const from = m[3] ?? m[5]
        const to = m[4] ?? m[6]
        current[2].push([state, from ? dayOf(from) : null, to ? dayOf(to) : null])
      }
      continue
    }
    if (line.startsWith('+')) {
      if (current) current[1].push(NAME(line.slice(1)))
      continue
    }
    if (/^[A-Z]/.test(line) && !/\[/.test(line)) {
      current = [NAME(line), [], []]
      out.push(current)
    }
  }
  // People only. A country's own entry carries a bare code ("[AFG]"), which gives no role above; the file
  // also lists bodies (the Knesset, the White House, the Revolutionary Guard), with no date to any role.
  return out.filter((p) => p[2].some(([, from, to]) => from !== null || to !== null) && !BODY.test(p[0]))
}

/** Words of a body's name, not a person's: the two bodies the file dates ("Sudan People's Liberation Army"). */
const BODY =
  /\b(ARMY|COUNCIL|ASSEMBLY|GUARDS?|FORCES?|PARTY|MINISTRY|GOVERNMENT|COMMAND|POLICE|COURT|AGENCY|OFFICE|DEPARTMENT|COMMITTEE|CONGRESS|PARLIAMENT)\b/

/* c8 ignore start -- the command itself: run by hand against the dictionary, its parser tested above */
if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output = 'src/draft/data/cameo-people.json'] = process.argv.slice(2)
  if (!input) throw new Error('usage: node --import tsx tools/build-people.ts <Phoenix.Countries.actors.txt> [out.json]')
  const people = parsePeople(readFileSync(input, 'utf8'))
  writeFileSync(output, `${JSON.stringify(people)}\n`)
  console.log(`${people.length} people → ${output}`)
}
/* c8 ignore stop */
