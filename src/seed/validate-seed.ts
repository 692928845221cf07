// Reads one seed file and checks everything zod cannot see alone: that the source text exists, that
// every quote occurs in it, and that every id a claim, relation or deal names is defined. Errors name
// the file, the path inside it and the reason, so an analyst can fix a file without reading code.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ANONYMOUS_ASSERTERS } from '../model/vocabulary.js'
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
export async function readSeedFile(file: string, knownActorIds: ReadonlySet<string> = new Set()): Promise<LoadedSeed> {
  const name = path.basename(file)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (err) {
    throw new SeedError([{ file: name, path: '', message: `not readable JSON: ${(err as Error).message}` }])
  }
  const parsed = SeedFile.safeParse(raw)
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => ({ file: name, path: pathOf(i.path), message: i.message })))
  }
  const seed = parsed.data
  let text: string
  try {
    text = await readFile(path.join(path.dirname(file), seed.source.textFile), 'utf8')
  } catch {
    throw new SeedError([{ file: name, path: 'source.textFile', message: `${seed.source.textFile} not found beside ${name}` }])
  }
  const issues = crossCheck(seed, normaliseText(text), knownActorIds).map((i) => ({ file: name, ...i }))
  if (issues.length > 0) throw new SeedError(issues)
  return { file: name, seed, text }
}

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>()
  const dups = new Set<string>()
  for (const id of ids) (seen.has(id) ? dups : seen).add(id)
  return dups
}

function crossCheck(seed: SeedFile, normalisedText: string, knownActorIds: ReadonlySet<string>): Array<Omit<SeedIssue, 'file'>> {
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
  })
  seed.claims.forEach((c, i) => {
    if (!normalisedText.includes(normaliseText(c.quote))) {
      issues.push({ path: `claims[${i}].quote`, message: 'quote does not occur verbatim in the source text' })
    }
    if (!(ANONYMOUS_ASSERTERS as readonly string[]).includes(c.assertedBy)) actor(c.assertedBy, `claims[${i}].assertedBy`)
    c.about.forEach((id, j) => {
      actor(id, `claims[${i}].about[${j}]`)
    })
    c.contrastsWith.forEach((id, j) => {
      claim(id, `claims[${i}].contrastsWith[${j}]`)
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
  seed.deals.forEach((d, i) => {
    d.claims.forEach((id, j) => {
      claim(id, `deals[${i}].claims[${j}]`)
    })
    const sides = seed.relations.filter((r) => r.deal === d.id)
    if (sides.length < 2) issues.push({ path: `deals[${i}]`, message: 'a deal links at least two relations (its sides)' })
  })
  return issues
}
