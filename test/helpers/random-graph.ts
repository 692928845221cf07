// Small graphs for the brute-force tests of /paths and /influence: a seeded PRNG, random graph specs,
// writing a spec as a seed file (JSON + source text) and loading it into the suite's Neo4j, and an
// INDEPENDENT model of what the API must answer: every number below is recomputed from the spec by
// the rules of the API's documentation, not imported from src/ (the tables are copied on purpose).
import neo4j from 'neo4j-driver'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { App } from '../../src/app.js'
import { seedFiles } from '../../src/write/seed-files.js'
import { wipe } from './graph.js'

// ---------------------------------------------------------------------------------------------------
// The documented vocabulary, restated (docs/model.md, docs/influence.md).

export const HEDGE_CONF = {
  asserted: 0.9,
  likely: 0.7,
  reported: 0.6,
  apparent: 0.5,
  speculative: 0.4,
  doubted: 0.25,
  denied: 0.05,
} as const
export type Hedge = keyof typeof HEDGE_CONF
export const HEDGE_NAMES = Object.keys(HEDGE_CONF) as Hedge[]

export const LEVEL_WEIGHT = { critical: 0.9, high: 0.7, moderate: 0.5, low: 0.3 } as const
export type Level = keyof typeof LEVEL_WEIGHT
export const LEVELS = Object.keys(LEVEL_WEIGHT) as Level[]

export const SYMMETRIC = ['met', 'trades-with', 'partners-with', 'defence-pact', 'cooperates-with']
export const DIRECTED = ['supplies', 'supports', 'opposes', 'sanctions', 'pressures', 'buys-from', 'threatens', 'visits', 'leads']
const BOUNDS = ['exact', 'lower', 'upper', 'approximate'] as const
const DEP_KINDS = ['trade', 'oil', 'cash', 'ammunition', 'components', 'diplomatic-cover'] as const
const KINDS = ['state', 'person', 'organization', 'bloc', 'group'] as const

// ---------------------------------------------------------------------------------------------------
// Graph specs.

export interface GActor {
  id: string
  name: string
  kind: string
}
export interface GClaim {
  id: string
  hedge: Hedge
  assertedBy: string
  about: string[]
}
export interface GDependency {
  kind: string
  share?: number
  bound?: string
  level?: Level
}
export interface GRelation {
  id: string
  type: string
  from: string
  to: string
  claims: string[]
  validFrom?: string
  validTo?: string
  dependency?: GDependency
  weight?: number
}
export interface GraphSpec {
  sourceId: string
  actors: GActor[]
  claims: GClaim[]
  relations: GRelation[]
  weights?: Partial<Record<Level, number>>
}

export const quoteOf = (claimId: string) => `Claim ${claimId} is stated here.`

/** A relation as written by hand: its claims are made from its hedges, ids `<relation>-c1`, `-c2` ... */
export type HandRelation = Omit<GRelation, 'claims'> & { hedges: Hedge[] }

export function handGraph(sourceId: string, actors: Array<[string, string]>, relations: HandRelation[]): GraphSpec {
  const claims: GClaim[] = []
  const rels = relations.map(({ hedges, ...r }) => {
    const ids = hedges.map((hedge, i) => {
      const id = `${r.id}-c${i + 1}`
      claims.push({ id, hedge, assertedBy: i % 2 === 0 ? 'author' : 'reports', about: [r.from, r.to] })
      return id
    })
    return { ...r, claims: ids }
  })
  return {
    sourceId,
    actors: actors.map(([id, name], i) => ({ id, name, kind: KINDS[i % KINDS.length] })),
    claims,
    relations: rels,
  }
}

// ---------------------------------------------------------------------------------------------------
// Random graphs.

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Rng {
  readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  /** A partial date in [lo, hi] years: YYYY, YYYY-MM or YYYY-MM-DD. */
  partialDate(lo: number, hi: number): string {
    const y = this.int(lo, hi)
    const r = this.next()
    if (r < 0.5) return String(y)
    const m = String(this.int(1, 12)).padStart(2, '0')
    if (r < 0.8) return `${y}-${m}`
    return `${y}-${m}-${String(this.int(1, daysIn(y, Number(m)))).padStart(2, '0')}`
  }
}

export interface RandomOptions {
  actors: [number, number]
  relations: [number, number]
  /** probability that a relation is depends-on; symmetric and directed types share the rest */
  dependsOn: number
}

export function randomGraph(rng: Rng, n: number, o: RandomOptions): GraphSpec {
  const actors: GActor[] = Array.from({ length: rng.int(...o.actors) }, (_, i) => ({
    id: `g${n}-a${i}`,
    name: `Actor ${i} of graph ${n}`,
    kind: rng.pick(KINDS),
  }))
  const ids = actors.map((a) => a.id)
  const claims: GClaim[] = []
  const relations: GRelation[] = []
  // A seed states a relation once: the same type between the same ends (either order for a symmetric
  // type), the same dependency kind and the same validFrom is one relation (docs/seed-format.md). A
  // draw that repeats a taken key is dropped, claims and all; parallel relations of other types, kinds
  // or start dates stay, so the graphs are still multigraphs.
  const taken = new Set<string>()
  const m = rng.int(...o.relations)
  for (let i = 0; i < m; i++) {
    const claimsBefore = claims.length
    let from = rng.pick(ids)
    let to = rng.pick(ids.filter((x) => x !== from))
    if (relations.length > 0 && rng.chance(0.2)) {
      // parallel (or antiparallel) to an earlier relation
      const p = rng.pick(relations)
      ;[from, to] = rng.chance(0.5) ? [p.from, p.to] : [p.to, p.from]
    }
    const r = rng.next()
    const type = r < o.dependsOn ? 'depends-on' : r < o.dependsOn + (1 - o.dependsOn) * 0.35 ? rng.pick(SYMMETRIC) : rng.pick(DIRECTED)
    const rel: GRelation = { id: `g${n}-r${i}`, type, from, to, claims: [] }
    for (let c = rng.int(1, 3); c > 0; c--) {
      if (claims.length > 0 && rng.chance(0.15)) {
        const shared = rng.pick(claims).id
        if (!rel.claims.includes(shared)) rel.claims.push(shared)
        continue
      }
      const id = `g${n}-c${claims.length}`
      const asserter = rng.next()
      claims.push({
        id,
        // skewed towards the strong hedges so that paths survive the filters often enough
        hedge: rng.chance(0.4) ? 'asserted' : rng.pick(HEDGE_NAMES),
        assertedBy: asserter < 0.4 ? 'author' : asserter < 0.7 ? 'reports' : rng.pick(ids),
        about: [from, to],
      })
      rel.claims.push(id)
    }
    if (type === 'depends-on') {
      const dep: GDependency = { kind: rng.pick(DEP_KINDS) }
      if (rng.chance(0.5)) {
        dep.share = rng.chance(0.05) ? 0 : rng.int(5, 100) / 100
        dep.bound = rng.pick(BOUNDS)
        if (rng.chance(0.2)) dep.level = rng.pick(LEVELS) // the share wins over the level
      } else {
        dep.level = rng.pick(LEVELS)
      }
      rel.dependency = dep
      if (rng.chance(0.15)) rel.weight = rng.int(0, 100) / 100
    }
    if (rng.chance(0.3)) {
      // a validity window: from only, to only, or both (the seed format wants validFrom <= validTo as strings)
      const y1 = rng.int(2014, 2025)
      const y2 = rng.int(y1, 2026)
      const kind = rng.int(0, 2)
      if (kind === 0) rel.validFrom = rng.partialDate(y1, y1)
      else if (kind === 1) rel.validTo = rng.partialDate(y2, y2)
      else {
        rel.validFrom = y1 === y2 ? String(y1) : rng.partialDate(y1, y1)
        rel.validTo = rng.partialDate(y2, y2)
      }
    }
    const ends = SYMMETRIC.includes(type) ? [from, to].sort() : [from, to]
    const key = [type, ...ends, rel.dependency?.kind ?? '', rel.validFrom ?? ''].join('|')
    if (taken.has(key)) {
      claims.length = claimsBefore
      continue
    }
    taken.add(key)
    relations.push(rel)
  }
  const weights = rng.chance(0.3) ? { [rng.pick(LEVELS)]: rng.int(0, 100) / 100 } : undefined
  return { sourceId: `random-graph-${n}`, actors, claims, relations, weights }
}

/**
 * Several graphs (disjoint ids) as one seed, so one load serves them all: paths and chains never cross
 * between them. Their level weights are merged (a later graph's override wins) and hold for the union.
 */
export function unionGraph(sourceId: string, specs: GraphSpec[]): GraphSpec {
  return {
    sourceId,
    actors: specs.flatMap((g) => g.actors),
    claims: specs.flatMap((g) => g.claims),
    relations: specs.flatMap((g) => g.relations),
    weights: specs.some((g) => g.weights) ? Object.assign({}, ...specs.map((g) => g.weights ?? {})) : undefined,
  }
}

// ---------------------------------------------------------------------------------------------------
// Seed files and loading.

const tempDirs: string[] = []

/** Writes the spec as a seed file and its source text (all quotes, one a sentence) in a temp folder. */
export function writeSeed(spec: GraphSpec): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-bruteforce-'))
  tempDirs.push(dir)
  const seed = {
    format: 'entente-seed/1',
    source: {
      id: spec.sourceId,
      title: `Brute-force graph ${spec.sourceId}`,
      publisher: 'entente tests',
      reportsOn: { event: 'a generated graph' },
      textFile: 'source.txt',
    },
    ...(spec.weights ? { weights: spec.weights } : {}),
    actors: spec.actors,
    claims: spec.claims.map((c) => ({
      id: c.id,
      statement: `Statement of ${c.id}.`,
      quote: quoteOf(c.id),
      assertedBy: c.assertedBy,
      hedge: c.hedge,
      about: c.about,
    })),
    // Every relation is stated, and its dates too: the brute-force models know no other basis.
    relations: spec.relations.map((r) => ({
      ...r,
      basis: 'stated',
      ...(r.validFrom !== undefined || r.validTo !== undefined ? { dateBasis: 'stated' } : {}),
    })),
  }
  writeFileSync(path.join(dir, 'source.txt'), spec.claims.map((c) => quoteOf(c.id)).join('\n'))
  const file = path.join(dir, 'seed.json')
  writeFileSync(file, JSON.stringify(seed, null, 2))
  return file
}

export function removeSeedDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/**
 * Empties the database, loads exactly this graph through the seed loader, and reads back what Neo4j
 * stores: a graph that did not load as written (a lost relation, a wrong weight or confidence, a claim
 * about the wrong actors) stops the test here, before any answer is judged against the model.
 */
export async function loadGraph(app: App, spec: GraphSpec): Promise<void> {
  await wipe(app)
  await seedFiles(app.graph, [writeSeed(spec)])
  const problems = await storedGraphProblems(app, spec)
  if (problems.length > 0) throw new Error(`seed of ${spec.sourceId} is not stored as written:\n${problems.join('\n')}`)
}

/** Test-only Cypher: every actor, claim (with its ABOUT links) and relation as Neo4j stores them. */
const STORED = {
  actors: 'MATCH (a:Actor) RETURN a.id AS id, properties(a) AS props',
  claims:
    'MATCH (c:Claim) OPTIONAL MATCH (c)-[:ABOUT]->(x:Actor) OPTIONAL MATCH (c)-[:FROM]->(s:Source) ' +
    'RETURN c.id AS id, properties(c) AS props, collect(DISTINCT x.id) AS about, collect(DISTINCT s.id) AS sources',
  relations: 'MATCH (a:Actor)-[r:RELATION]->(b:Actor) RETURN a.id AS from, b.id AS to, properties(r) AS props',
}

/** One stored row: an element's id (or a relation's endpoints), its properties, and its links. */
interface StoredRow {
  id: string
  from: string
  to: string
  props: Record<string, unknown>
  about: string[]
  sources: string[]
}

async function readStored(app: App, cypher: string): Promise<StoredRow[]> {
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    const plain = (v: unknown): unknown =>
      neo4j.isInt(v)
        ? (v as neo4j.Integer).toNumber()
        : Array.isArray(v)
          ? v.map(plain)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
            : v
    return (await session.run(cypher)).records.map((r) => plain(r.toObject()) as StoredRow)
  } finally {
    await session.close()
  }
}

/**
 * Everything in which the stored graph differs from the spec: the same actors, claims and relations
 * (no more, no fewer), each with the fields the spec gives it and the weight and confidence the
 * independent model below derives from it. Empty when Neo4j holds exactly the spec's graph.
 */
export async function storedGraphProblems(app: App, spec: GraphSpec): Promise<string[]> {
  const m = modelOf(spec)
  const out: string[] = []
  const sameIds = (what: string, stored: string[], want: string[]) => {
    const s = new Set(stored)
    const w = new Set(want)
    const missing = want.filter((id) => !s.has(id))
    const extra = stored.filter((id) => !w.has(id))
    if (missing.length > 0) out.push(`${what} missing: ${missing.join(', ')}`)
    if (extra.length > 0) out.push(`${what} not in the spec: ${extra.join(', ')}`)
    if (s.size !== stored.length) out.push(`${what} stored more than once: ${stored.join(', ')}`)
  }
  const expect = (what: string, got: unknown, want: unknown) => {
    if (canon(got) !== canon(want)) out.push(`${what} = ${canon(got)}, expected ${canon(want)}`)
  }

  const actors = await readStored(app, STORED.actors)
  sameIds(
    'actors',
    actors.map((a) => a.id),
    spec.actors.map((a) => a.id),
  )
  for (const a of actors) {
    const want = m.actors.get(a.id)
    if (want) expect(`actor ${a.id}`, { name: a.props.name, kind: a.props.kind }, { name: want.name, kind: want.kind })
  }

  const claims = await readStored(app, STORED.claims)
  sameIds(
    'claims',
    claims.map((c) => c.id),
    spec.claims.map((c) => c.id),
  )
  for (const c of claims) {
    const want = m.claims.get(c.id)
    if (!want) continue
    expect(
      `claim ${c.id}`,
      { ...pick(c.props, ['hedge', 'confidence', 'assertedBy', 'quote', 'sourceId']), about: [...c.about].sort(), sources: c.sources },
      {
        hedge: want.hedge,
        confidence: HEDGE_CONF[want.hedge],
        assertedBy: want.assertedBy,
        quote: quoteOf(want.id),
        sourceId: spec.sourceId,
        about: [...new Set(want.about)].sort(),
        sources: [spec.sourceId],
      },
    )
  }

  const relations = await readStored(app, STORED.relations)
  sameIds(
    'relations',
    relations.map((r) => r.props.id as string),
    spec.relations.map((r) => r.id),
  )
  for (const r of relations) {
    const want = m.relById.get(r.props.id as string)
    if (!want) continue
    const p = r.props
    expect(
      `relation ${p.id}`,
      {
        type: p.type,
        from: r.from,
        to: r.to,
        symmetric: p.symmetric,
        weight: p.weight ?? null,
        confidence: p.confidence,
        validFrom: p.validFrom ?? null,
        validTo: p.validTo ?? null,
        claimIds: p.claimIds,
        sourceId: p.sourceId,
        basis: p.basis,
        dependency:
          p.dependencyKind == null
            ? null
            : { kind: p.dependencyKind, share: p.share ?? undefined, bound: p.bound ?? undefined, level: p.level ?? undefined },
      },
      {
        type: want.type,
        from: want.from,
        to: want.to,
        symmetric: want.symmetric,
        weight: want.weight,
        confidence: want.confidence,
        validFrom: want.validFrom,
        validTo: want.validTo,
        claimIds: want.claims,
        sourceId: spec.sourceId,
        basis: 'stated',
        dependency: want.dependency,
      },
    )
  }
  return out
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]))

// ---------------------------------------------------------------------------------------------------
// The independent model.

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
function daysIn(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
}

/** The whole day interval a partial date covers, as ISO day strings (which compare like dates). */
export function daySpan(partial: string): { first: string; last: string } {
  const [y, m, d] = partial.split('-')
  if (d) return { first: partial, last: partial }
  if (m) return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(daysIn(Number(y), Number(m))).padStart(2, '0')}` }
  return { first: `${y}-01-01`, last: `${y}-12-31` }
}

export interface MRel {
  id: string
  type: string
  from: string
  to: string
  symmetric: boolean
  weight: number | null
  confidence: number
  validFrom: string | null
  validTo: string | null
  first: string | null
  last: string | null
  claims: string[]
  dependency: GDependency | null
}

export interface Model {
  spec: GraphSpec
  actors: Map<string, GActor>
  rels: MRel[]
  relById: Map<string, MRel>
  claims: Map<string, GClaim>
}

export function modelOf(spec: GraphSpec): Model {
  const claims = new Map(spec.claims.map((c) => [c.id, c]))
  const hedgeOf = (id: string) => {
    const claim = claims.get(id)
    if (!claim) throw new Error(`a relation cites the unknown claim ${id}`)
    return claim.hedge
  }
  const levelWeight = { ...LEVEL_WEIGHT, ...spec.weights }
  const rels = spec.relations.map((r): MRel => {
    let weight: number | null = null
    if (r.weight !== undefined) weight = r.weight
    else if (r.dependency?.share !== undefined) weight = r.dependency.share
    else if (r.dependency?.level !== undefined) weight = levelWeight[r.dependency.level]
    return {
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      symmetric: SYMMETRIC.includes(r.type),
      weight,
      confidence: Math.max(...r.claims.map((c) => HEDGE_CONF[hedgeOf(c)])),
      validFrom: r.validFrom ?? null,
      validTo: r.validTo ?? null,
      first: r.validFrom ? daySpan(r.validFrom).first : null,
      last: r.validTo ? daySpan(r.validTo).last : null,
      claims: r.claims,
      dependency: r.dependency ?? null,
    }
  })
  return { spec, actors: new Map(spec.actors.map((a) => [a.id, a])), rels, relById: new Map(rels.map((r) => [r.id, r])), claims }
}

export interface Filter {
  types?: string[]
  direction: 'outgoing' | 'any'
  minConfidence: number
  asOf?: string
}

/** Whether relation r may be used at all under the filter (type, confidence, validity at asOf). */
export function relAllowed(r: MRel, f: Filter): boolean {
  if (f.types && !f.types.includes(r.type)) return false
  if (r.confidence < f.minConfidence) return false
  if (f.asOf !== undefined) {
    const { first, last } = daySpan(f.asOf)
    if (r.first !== null && r.first > last) return false
    if (r.last !== null && r.last < first) return false
  }
  return true
}

/** The node a hop from x over r reaches, or null when the hop is not allowed. */
export function step(r: MRel, x: string, f: Filter): string | null {
  if (!relAllowed(r, f)) return null
  if (r.from === x) return r.to
  if (r.to === x && (f.direction === 'any' || r.symmetric)) return r.from
  return null
}

export interface BPath {
  nodes: string[]
  rels: MRel[]
  hops: number
  key: string
}

export const keyOf = (nodes: string[], relIds: string[]) => `${nodes.join('>')}|${relIds.join(',')}`

/** Every simple path from -> to of 1..maxHops hops, by depth-first enumeration. */
export function simplePaths(m: Model, from: string, to: string, maxHops: number, f: Filter): BPath[] {
  const out: BPath[] = []
  const nodes = [from]
  const rels: MRel[] = []
  const walk = () => {
    const x = nodes[nodes.length - 1]
    if (x === to) {
      out.push({
        nodes: [...nodes],
        rels: [...rels],
        hops: rels.length,
        key: keyOf(
          nodes,
          rels.map((r) => r.id),
        ),
      })
      return
    }
    if (rels.length === maxHops) return
    for (const r of m.rels) {
      const y = step(r, x, f)
      if (y === null || nodes.includes(y)) continue
      nodes.push(y)
      rels.push(r)
      walk()
      nodes.pop()
      rels.pop()
    }
  }
  walk()
  return out
}

/**
 * Hop counts of every trail (walk that repeats no relation, though it may repeat actors) from -> to of
 * 1..maxHops hops, sorted: what a relationship-unique path search such as Cypher's SHORTEST sees.
 */
export function trailLengths(m: Model, from: string, to: string, maxHops: number, f: Filter): number[] {
  const out: number[] = []
  const used = new Set<string>()
  const walk = (x: string, hops: number) => {
    if (hops > 0 && x === to) out.push(hops)
    if (hops === maxHops) return
    for (const r of m.rels) {
      if (used.has(r.id)) continue
      const y = step(r, x, f)
      if (y === null) continue
      used.add(r.id)
      walk(y, hops + 1)
      used.delete(r.id)
    }
  }
  walk(from, 0)
  return out.sort((a, b) => a - b)
}

export const pathScore = (p: BPath) => p.rels.reduce((s, r) => s * (r.weight ?? 1) * r.confidence, 1)
export const chainStrength = (p: BPath, decay: number) =>
  decay ** (p.hops - 1) * p.rels.reduce((s, r) => s * (r.weight ?? 0) * r.confidence, 1)

/**
 * The channels of model 1.2 by the definition, not by the service's algorithm: chain i and chain j
 * share evidence when the claims cited along i and along j have one in common; a channel is a connected
 * component of that "shares evidence" graph, found here by a breadth-first search over an explicit
 * adjacency matrix. Returns each channel as the indices of its chains.
 */
export function channelsOf(chains: BPath[]): number[][] {
  const evidence = chains.map((c) => new Set(c.rels.flatMap((r) => r.claims)))
  const shares = (i: number, j: number) => [...evidence[i]].some((id) => evidence[j].has(id))
  const adjacent = chains.map((_, i) => chains.map((_, j) => i !== j && shares(i, j)))
  const seen = new Array(chains.length).fill(false)
  const channels: number[][] = []
  for (let start = 0; start < chains.length; start++) {
    if (seen[start]) continue
    const channel: number[] = []
    const queue = [start]
    seen[start] = true
    while (queue.length > 0) {
      const i = queue.shift() as number
      channel.push(i)
      adjacent[i].forEach((linked, j) => {
        if (linked && !seen[j]) {
          seen[j] = true
          queue.push(j)
        }
      })
    }
    channels.push(channel)
  }
  return channels
}

/**
 * Influence of provider `from` over dependent `to` (dependency-chains 1.2): the chains to -> ... -> from,
 * grouped into channels (chains that share a claim, transitively); each channel counts its strongest
 * chain, and the channels combine as a noisy-OR.
 */
export function influenceOf(
  m: Model,
  from: string,
  to: string,
  o: { maxHops: number; decay: number; minConfidence: number; asOf?: string },
) {
  const chains = simplePaths(m, to, from, o.maxHops, {
    types: ['depends-on'],
    direction: 'outgoing',
    minConfidence: o.minConfidence,
    asOf: o.asOf,
  })
  const strengths = chains.map((c) => chainStrength(c, o.decay))
  const channels = channelsOf(chains).map((members) => Math.max(...members.map((i) => strengths[i])))
  const score = 1 - channels.reduce((acc, s) => acc * (1 - s), 1)
  return { chains, strengths, channels, score }
}

// ---------------------------------------------------------------------------------------------------
// Checking what the API returned.

export const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol

/** Whether two lists of numbers are equal element-wise within tol. */
export const closeLists = (a: number[], b: number[], tol: number) => a.length === b.length && a.every((x, i) => close(x, b[i], tol))

/**
 * Everything wrong with one returned path: its chain of actors, every relation (stored fields, endpoints,
 * forward flag, allowed by the filter in the direction it was taken), every claim and its quote, and
 * the score (recomputed by `score`). An empty list means the path is valid. Also returns its key.
 */
export function pathProblems(
  m: Model,
  p: any,
  start: string,
  end: string,
  maxHops: number,
  f: Filter,
  score: (b: BPath) => number,
): { problems: string[]; key: string } {
  const problems: string[] = []
  const fail = (msg: string) => problems.push(msg)
  const actors: any[] = p.actors ?? []
  const relations: any[] = p.relations ?? []
  const key = keyOf(
    actors.map((a) => a.id),
    relations.map((r) => r.id),
  )
  if (p.hops !== relations.length) fail(`hops ${p.hops} != ${relations.length} relations`)
  if (actors.length !== relations.length + 1) fail(`${actors.length} actors for ${relations.length} relations`)
  if (relations.length < 1 || relations.length > maxHops) fail(`${relations.length} hops outside 1..${maxHops}`)
  if (actors[0]?.id !== start) fail(`starts at ${actors[0]?.id}, not ${start}`)
  if (actors[actors.length - 1]?.id !== end) fail(`ends at ${actors[actors.length - 1]?.id}, not ${end}`)
  if (new Set(actors.map((a) => a.id)).size !== actors.length) fail(`repeats an actor: ${key}`)
  for (const a of actors) {
    const known = m.actors.get(a.id)
    if (!known) fail(`unknown actor ${a.id}`)
    else if (a.name !== known.name || a.kind !== known.kind || Object.keys(a).sort().join() !== 'id,kind,name')
      fail(`actor ${a.id} is ${JSON.stringify(a)}`)
  }
  const rels: MRel[] = []
  relations.forEach((r, i) => {
    const mr = m.relById.get(r.id)
    if (!mr) {
      fail(`unknown relation ${r.id}`)
      return
    }
    rels.push(mr)
    const x = actors[i]?.id
    const y = actors[i + 1]?.id
    for (const field of ['type', 'from', 'to', 'symmetric', 'weight', 'confidence', 'validFrom', 'validTo'] as const) {
      if (r[field] !== mr[field]) fail(`${r.id}.${field} = ${JSON.stringify(r[field])}, expected ${JSON.stringify(mr[field])}`)
    }
    if (canon(r.dependency) !== canon(mr.dependency)) {
      fail(`${r.id}.dependency = ${JSON.stringify(r.dependency)}, expected ${JSON.stringify(mr.dependency)}`)
    }
    if (r.sourceId !== m.spec.sourceId) fail(`${r.id}.sourceId = ${r.sourceId}`)
    if (step(mr, x, f) !== y) fail(`hop ${i} ${x} -> ${y} over ${r.id} (${mr.type} ${mr.from}->${mr.to}) is not allowed`)
    if (r.forward !== (mr.from === x)) fail(`${r.id}.forward = ${r.forward} at hop ${x} -> ${y}`)
    const claimIds = (r.claims ?? []).map((c: any) => c.id)
    if (claimIds.join() !== mr.claims.join()) fail(`${r.id} claims ${claimIds.join()} != ${mr.claims.join()}`)
    for (const c of r.claims ?? []) {
      const mc = m.claims.get(c.id)
      if (!mc) continue
      const want = {
        id: mc.id,
        quote: quoteOf(mc.id),
        hedge: mc.hedge,
        confidence: HEDGE_CONF[mc.hedge],
        assertedBy: mc.assertedBy,
        sourceId: m.spec.sourceId,
      }
      if (canon(c) !== canon(want)) fail(`claim ${JSON.stringify(c)} != ${JSON.stringify(want)}`)
    }
  })
  if (problems.length === 0) {
    const expected = score({ nodes: actors.map((a) => a.id), rels, hops: rels.length, key })
    if (typeof p.score !== 'number' || !close(p.score, expected, 1e-9)) fail(`score ${p.score}, expected ${expected} for ${key}`)
  }
  return { problems, key }
}

/** JSON with object keys sorted, for comparing objects regardless of key order. */
export function canon(x: unknown): string {
  return JSON.stringify(x, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  )
}

/** GET url through inject; returns status and parsed body. */
export async function getJson(app: App, url: string): Promise<{ status: number; body: any; type: string }> {
  const res = await app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: res.json(), type: String(res.headers['content-type'] ?? '') }
}

/** A query string of the defined params. */
export function qs(params: Record<string, string | number | undefined>): string {
  const u = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.set(k, String(v))
  return u.toString()
}
