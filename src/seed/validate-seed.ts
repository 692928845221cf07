// Reads one seed file and checks everything zod cannot see alone: that the source text exists, that
// every quote occurs in it, and that every id a claim, relation or deal names is defined. Errors name
// the file, the path inside it and the reason, so an analyst can fix a file without reading code.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { countryByIso3 } from '../model/countries.js'
import { ANONYMOUS_ASSERTERS } from '../model/vocabulary.js'
import { keyFieldsOf, relationKey } from './merge-relations.js'
import { normaliseText } from './normalise-text.js'
import { SeedFile } from './seed-schema.js'

export interface SeedIssue {
  file: string
  path: string
  message: string
}

export class SeedError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.path || '(root)'}: ${i.message}`).join('\n'))
    this.name = 'SeedError'
  }
}

export interface LoadedSeed {
  file: string
  seed: SeedFile
  text: string
}

function pathOf(parts: ReadonlyArray<PropertyKey>): string {
  return parts
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '')
}

/** Parse and cross-check one seed file; throws SeedError listing every problem found. */
export async function readSeedFile(
  file: string,
  knownActorIds: ReadonlySet<string> = new Set(),
  knownClaimIds: ReadonlySet<string> = new Set(),
): Promise<LoadedSeed> {
  const name = path.basename(file)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (err) {
    throw new SeedError([{ file: name, path: '', message: `not readable JSON: ${(err as Error).message}` }])
  }
  return checkSeedDocument(
    raw,
    name,
    knownActorIds,
    (textFile) =>
      readFile(path.join(path.dirname(file), textFile), 'utf8').catch(() => {
        throw new SeedError([{ file: name, path: 'source.textFile', message: `${textFile} not found beside ${name}` }])
      }),
    knownClaimIds,
  )
}

/**
 * Parse and cross-check one seed document, its text inline (`source.text`) or read by `readText` from
 * `source.textFile`. Drafts are checked so before they leave the API. Throws SeedError.
 */
export async function checkSeedDocument(
  raw: unknown,
  name: string,
  knownActorIds: ReadonlySet<string> = new Set(),
  readText: (textFile: string) => Promise<string> = async () => {
    throw new SeedError([{ file: name, path: 'source.textFile', message: 'a document checked alone carries its text inline' }])
  },
  knownClaimIds: ReadonlySet<string> = new Set(),
): Promise<LoadedSeed> {
  const parsed = SeedFile.safeParse(raw)
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => ({ file: name, path: pathOf(i.path), message: i.message })))
  }
  const seed = parsed.data
  // The schema lets through exactly one of the two.
  const text = seed.source.text ?? (await readText(seed.source.textFile as string))
  const issues = crossCheck(seed, text, knownActorIds, knownClaimIds).map((i) => ({ file: name, ...i }))
  if (issues.length > 0) throw new SeedError(issues)
  return { file: name, seed, text }
}

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>()
  const dups = new Set<string>()
  for (const id of ids) (seen.has(id) ? dups : seen).add(id)
  return dups
}

/**
 * A state's ISO code is its id upper-cased (ids of states are lower-case alpha-3 codes): a seed may
 * spell it out, but then it must agree, and be a code the country table knows. Only states have one.
 */
function identifierIssues(a: SeedFile['actors'][number], at: string): Array<Omit<SeedIssue, 'file'>> {
  const iso3 = a.identifiers?.iso3
  if (iso3 === undefined) return []
  if (a.kind !== 'state') return [{ path: at, message: `only a state has an ISO 3166-1 code; "${a.id}" is a ${a.kind}` }]
  if (countryByIso3(iso3) === undefined) return [{ path: at, message: `"${iso3}" is not an ISO 3166-1 alpha-3 code` }]
  if (iso3 !== a.id.toUpperCase())
    return [{ path: at, message: `"${iso3}" disagrees with the state's id "${a.id}" (expected "${a.id.toUpperCase()}")` }]
  return []
}

function crossCheck(
  seed: SeedFile,
  text: string,
  knownActorIds: ReadonlySet<string>,
  knownClaimIds: ReadonlySet<string>,
): Array<Omit<SeedIssue, 'file'>> {
  const normalisedText = normaliseText(text)
  const issues: Array<Omit<SeedIssue, 'file'>> = []
  const own = new Set(seed.actors.map((a) => a.id))
  const actorIds = { has: (id: string) => own.has(id) || knownActorIds.has(id) }
  const claimIds = new Set(seed.claims.map((c) => c.id))
  const actor = (id: string, at: string) => {
    if (!actorIds.has(id)) issues.push({ path: at, message: `unknown actor "${id}"` })
  }
  const claim = (id: string, at: string) => {
    if (!claimIds.has(id)) issues.push({ path: at, message: `unknown claim "${id}"` })
  }
  for (const [list, key] of [
    [seed.actors, 'actors'],
    [seed.claims, 'claims'],
    [seed.relations, 'relations'],
    [seed.deals, 'deals'],
  ] as const) {
    const dups = duplicates(list.map((x) => x.id))
    list.forEach((x, i) => {
      if (dups.has(x.id)) issues.push({ path: `${key}[${i}].id`, message: `duplicate id "${x.id}"` })
    })
  }
  seed.actors.forEach((a, i) => {
    a.roles.forEach((r, j) => {
      actor(r.of, `actors[${i}].roles[${j}].of`)
    })
    issues.push(...identifierIssues(a, `actors[${i}].identifiers.iso3`))
  })
  seed.claims.forEach((c, i) => {
    if (!normalisedText.includes(normaliseText(c.quote))) {
      issues.push({ path: `claims[${i}].quote`, message: 'quote does not occur verbatim in the source text' })
    }
    if (c.at !== undefined && text.slice(c.at.start, c.at.end) !== c.quote) {
      issues.push({ path: `claims[${i}].at`, message: 'the text at these offsets is not the quote' })
    }
    if (!(ANONYMOUS_ASSERTERS as readonly string[]).includes(c.assertedBy)) actor(c.assertedBy, `claims[${i}].assertedBy`)
    c.about.forEach((id, j) => {
      actor(id, `claims[${i}].about[${j}]`)
    })
    // A claim may stand against a claim of another source (defined in another file or stored).
    c.contrastsWith.forEach((id, j) => {
      if (!claimIds.has(id) && !knownClaimIds.has(id))
        issues.push({ path: `claims[${i}].contrastsWith[${j}]`, message: `unknown claim "${id}"` })
    })
  })
  const dealIds = new Set(seed.deals.map((d) => d.id))
  seed.relations.forEach((r, i) => {
    actor(r.from, `relations[${i}].from`)
    actor(r.to, `relations[${i}].to`)
    r.claims.forEach((id, j) => {
      claim(id, `relations[${i}].claims[${j}]`)
    })
    if (r.deal !== undefined && !dealIds.has(r.deal)) issues.push({ path: `relations[${i}].deal`, message: `unknown deal "${r.deal}"` })
    if (r.validFrom && r.validTo && r.validFrom > r.validTo) {
      issues.push({ path: `relations[${i}].validTo`, message: 'validTo is before validFrom' })
    }
  })
  const firstOfKey = new Map<string, number>()
  seed.relations.forEach((r, i) => {
    const key = relationKey(keyFieldsOf(r))
    const first = firstOfKey.get(key)
    if (first === undefined) firstOfKey.set(key, i)
    else
      issues.push({
        path: `relations[${i}]`,
        message: `states the same relation as relations[${first}] (${seed.relations[first].id}); give that one its claims`,
      })
  })
  seed.deals.forEach((d, i) => {
    d.claims.forEach((id, j) => {
      claim(id, `deals[${i}].claims[${j}]`)
    })
    const sides = seed.relations.filter((r) => r.deal === d.id)
    if (sides.length < 2) issues.push({ path: `deals[${i}]`, message: 'a deal links at least two relations (its sides)' })
  })
  return issues
}
