// A synthetic graph in the article's model, at any size, as a pure function of (actors, relations,
// seed). Degrees are scale-free: each new actor attaches its relations to earlier actors chosen in
// proportion to their degree (preferential attachment), with a little uniform choice so every actor
// can be found. Everything is emitted in the seed-file shapes (src/seed/seed-schema.ts), so the same
// graph can be written as seed files and loaded by `npm run seed`; the test checks both loads agree.
import { createHash } from 'node:crypto'
import { keyFieldsOf, relationKey } from '../../src/seed/merge-relations.js'
import type { SeedClaim, SeedFile, SeedRelation } from '../../src/seed/seed-schema.js'
import {
  DEPENDENCY_KINDS,
  DEPENDENCY_LEVELS,
  SHARE_BOUNDS,
  type ActorKind,
  type Hedge,
  type RelationType,
} from '../../src/model/vocabulary.js'
import { Rng, Weighted } from './rng.js'
import { kebab, WordSpace } from './words.js'

export type SeedActor = SeedFile['actors'][number]
export type SeedDeal = SeedFile['deals'][number]

export interface SyntheticOptions {
  actors: number
  relations: number
  seed: number
  /** Actors (and their relations) per source document; default 2000. */
  actorsPerSource?: number
}

export interface SyntheticSource {
  source: SeedFile['source']
  text: string
}

/** One new actor's relations with their claims and deals, all from one source. */
export interface Step {
  sourceId: string
  claims: SeedClaim[]
  relations: SeedRelation[]
  deals: SeedDeal[]
}

const KINDS = new Weighted<ActorKind>([
  ['state', 18],
  ['person', 34],
  ['organization', 18],
  ['media', 8],
  ['group', 12],
  ['bloc', 5],
  ['alliance', 5],
])

// The article's mix, with depends-on (the input of the influence model) a little more common.
const TYPE_WEIGHTS: Array<[RelationType, number]> = [
  ['depends-on', 15],
  ['supplies', 8],
  ['cooperates-with', 8],
  ['trades-with', 7],
  ['supports', 8],
  ['met', 6],
  ['opposes', 6],
  ['partners-with', 5],
  ['buys-from', 5],
  ['alarms', 4],
  ['disapproves-of', 4],
  ['sanctions', 4],
  ['pressures', 4],
  ['threatens', 3],
  ['defence-pact', 2],
  ['advises-against', 2],
  ['invades', 1],
  ['blocks-sanctions-against', 1],
  ['leads', 3],
  ['works-for', 3],
  ['visits', 4],
]
/** Types whose `from` is a person: a person leads, works for, visits. */
const PERSON_TYPES: readonly RelationType[] = ['leads', 'works-for', 'visits']
const TYPES = new Weighted(TYPE_WEIGHTS)
const NON_PERSON_TYPES = new Weighted(TYPE_WEIGHTS.filter(([t]) => !PERSON_TYPES.includes(t)))

const HEDGES = new Weighted<Hedge>([
  ['asserted', 70],
  ['likely', 8],
  ['reported', 8],
  ['apparent', 4],
  ['speculative', 5],
  ['doubted', 3],
  ['denied', 2],
])
const BOUNDS = new Weighted(SHARE_BOUNDS.map((b) => [b, b === 'lower' ? 4 : 1] as const))
const COMMODITIES = ['ammunition', 'oil', 'components', 'technology', 'cash']
const FIRST_NAMES = [
  'Anna',
  'Boris',
  'Chen',
  'Dara',
  'Elif',
  'Farid',
  'Grete',
  'Hiro',
  'Ines',
  'Jonas',
  'Kira',
  'Lev',
  'Mira',
  'Nadia',
  'Omar',
]
const SUFFIXES: Record<Exclude<ActorKind, 'state' | 'person'>, string[]> = {
  organization: ['Institute', 'Corporation', 'Council', 'Foundation'],
  media: ['Herald', 'Times', 'Observer', 'Daily'],
  group: ['Front', 'Movement', 'Brigade'],
  bloc: ['Union', 'Bloc', 'Community'],
  alliance: ['Pact', 'Alliance', 'League'],
}
const ROLE_TITLES: Partial<Record<ActorKind, string[]>> = {
  state: ['President', 'Prime Minister', 'Foreign Minister', 'Ambassador'],
  organization: ['Director', 'Chair'],
  media: ['Editor', 'Correspondent'],
}
const SUBJECTS = ['Analysts in', 'Officials in', 'Diplomats from', 'Observers of', 'Traders in', 'Reports from']
const VERBS = [
  'describe the ties with',
  'warn about growing reliance on',
  'praise the partnership with',
  'question the commitments of',
  'expect more trade with',
  'doubt the promises of',
]
const ENDINGS = [
  'as a marriage of convenience',
  'as vital for the economy',
  'as a temporary arrangement',
  'as a strategic necessity',
  'despite sanctions',
  'after the summit',
]
const SENTENCES_PER_SOURCE = 120

/** Share of a new actor's attachments chosen uniformly instead of by degree. */
const UNIFORM_ATTACHMENT = 0.15
/** A depends-on points from the newer (smaller) actor to the older hub this often: hubs are providers. */
const DEPENDENT_IS_NEWER = 0.8

const partialDate = (rng: Rng, from: number, years: number) => {
  const year = from + rng.int(years)
  return rng.chance(0.5) ? String(year) : `${year}-${String(1 + rng.int(12)).padStart(2, '0')}`
}
const round2 = (x: number) => Math.round(x * 100) / 100

export class SyntheticGraph {
  readonly options: Required<SyntheticOptions>
  readonly sources: SyntheticSource[]
  readonly actors: Array<SeedActor & { sourceId: string }>
  private readonly persons: string[]
  private readonly quotes: string[][]

  constructor(options: SyntheticOptions) {
    this.options = { actorsPerSource: 2000, ...options }
    const { actors, seed, actorsPerSource } = this.options
    const count = Math.ceil(actors / actorsPerSource)
    const text = new Rng(seed, 1)
    const words = new WordSpace(4096)
    this.quotes = []
    this.sources = Array.from({ length: count }, (_, s) => {
      const sentences = Array.from(
        { length: SENTENCES_PER_SOURCE },
        () =>
          `${text.pick(SUBJECTS)} ${words.word(text.int(4096))} ${text.pick(VERBS)} ${words.word(text.int(4096))} ${text.pick(ENDINGS)}`,
      )
      this.quotes.push(sentences)
      const id = `synthetic-${seed}-${s}`
      return {
        source: {
          id,
          title: `Synthetic dispatch ${s + 1} of ${count} (seed ${seed})`,
          publisher: 'entente synthetic',
          author: 'generator',
          url: `https://example.org/synthetic/${seed}/${s}`,
          publishedAt: `2024-${String(1 + (s % 12)).padStart(2, '0')}`,
          reportsOn: { event: 'Synthetic events', date: '2024' },
          language: 'en',
          textFile: `${id}.txt`,
        },
        text: `${sentences.join('. ')}.\n`,
      }
    })
    this.actors = this.makeActors()
    this.persons = this.actors.filter((a) => a.kind === 'person').map((a) => a.id)
  }

  sourceOf(actorIndex: number): string {
    return this.sources[Math.floor(actorIndex / this.options.actorsPerSource)].source.id
  }

  private makeActors() {
    const { actors: n, seed } = this.options
    const rng = new Rng(seed, 2)
    const words = new WordSpace(3 * n)
    // Actor 0 a state and actor 1 a person, so every graph has both (claims are doubted by persons).
    const kinds = Array.from({ length: n }, (_, i) => (i === 0 ? 'state' : i === 1 ? 'person' : KINDS.draw(rng)))
    const actors = kinds.map((kind, i) => {
      // Each actor has words of its own (3i, 3i + 1), so every name, alias and id is unique.
      const [w0, w1] = [words.word(3 * i), words.word(3 * i + 1)]
      let name: string
      const aliases: string[] = []
      if (kind === 'state') {
        name = w0
        if (rng.chance(0.7)) aliases.push(w1)
        if (rng.chance(0.3)) aliases.push(`Republic of ${w0}`)
      } else if (kind === 'person') {
        const first = rng.pick(FIRST_NAMES)
        name = `${first} ${w0}`
        if (rng.chance(0.5)) aliases.push(`${first[0]}. ${w0}`)
      } else {
        name = `${kind === 'media' ? 'The ' : ''}${w0} ${rng.pick(SUFFIXES[kind])}`
        if (rng.chance(0.4)) aliases.push(w0)
      }
      return {
        id: kebab(name),
        name,
        kind,
        aliases,
        roles: [] as SeedActor['roles'],
        ...(rng.chance(0.5) ? { description: `A synthetic ${kind} (seed ${seed}).` } : {}),
        sourceId: this.sourceOf(i),
      }
    })
    // About a third of the persons hold a role in a state, an organisation or an outlet.
    for (const [i, actor] of actors.entries()) {
      if (actor.kind !== 'person' || !rng.chance(0.3)) continue
      const of = rng.int(n)
      const titles = ROLE_TITLES[kinds[of]]
      if (titles && of !== i) actor.roles.push({ title: rng.pick(titles), of: actors[of].id })
    }
    return actors
  }

  /** How many relations actor i (1 <= i < actors) attaches: the relations spread evenly. */
  private attachments(i: number): number {
    const others = this.options.actors - 1
    return Math.floor(this.options.relations / others) + (i <= this.options.relations % others ? 1 : 0)
  }

  /**
   * The relations, actor by actor, lazily: a million relations are never all in memory. Each step
   * holds the relations actor i attaches to earlier actors, their claims and any deal.
   */
  *steps(): Generator<Step> {
    const { actors: n, relations: m, seed } = this.options
    const rng = new Rng(seed, 3)
    // Both ends of every relation so far: a uniform pick from it is a pick in proportion to degree.
    const ends = new Int32Array(2 * m)
    let filled = 0
    let k = 0
    for (let i = 1; i < n; i++) {
      const sourceId = this.sourceOf(i)
      const quotes = this.quotes[Math.floor(i / this.options.actorsPerSource)]
      const step: Step = { sourceId, claims: [], relations: [], deals: [] }
      const texts: string[] = []
      const sides: Array<[SeedRelation, SeedRelation, SeedDeal]> = []
      const count = this.attachments(i)
      // Actor i joins the degree table after its step, so it never picks itself.
      const joined: number[] = []
      // A source states a relation once (the seed loader refuses a second statement of it): a draw that
      // repeats one of this step's relations is drawn again. Only a step can repeat one, since every
      // relation of step i has actor i at one end.
      const stated = new Set<string>()
      const keyOf = (r: SeedRelation) => relationKey(keyFieldsOf(r))
      for (let e = 0; e < count; e++) {
        let j: number
        let made: ReturnType<typeof this.relation>
        do {
          j = filled === 0 || rng.chance(UNIFORM_ATTACHMENT) ? rng.int(i) : ends[rng.int(filled)]
          made = this.relation(rng, k++, i, j)
        } while (stated.has(keyOf(made.relation)))
        stated.add(keyOf(made.relation))
        joined.push(i, j)
        step.relations.push(made.relation)
        texts.push(made.text)
        // Now and then a dependency is one side of an exchange (the article's ammunition for cash):
        // the opposite dependency, sharing the first side's claim, and a Deal naming both.
        const other =
          made.relation.type === 'depends-on' && e + 1 < count && rng.chance(0.03) ? this.relation(rng, k++, i, j, made.relation) : null
        if (other && !stated.has(keyOf(other.relation))) {
          stated.add(keyOf(other.relation))
          e++
          joined.push(i, j)
          const deal = { id: `deal-${k - 2}`, label: `${this.actors[i].name} and ${this.actors[j].name} exchange dependencies`, claims: [] }
          made.relation.deal = other.relation.deal = deal.id
          step.relations.push(other.relation)
          texts.push(other.text)
          step.deals.push(deal)
          sides.push([made.relation, other.relation, deal])
        }
      }
      // An article sentence often states several relations of one actor: consecutive relations share
      // one account, up to three; some relations also rest on a second account of their own, and a
      // doubted second account stands against the first.
      for (let first = 0; first < step.relations.length; ) {
        const group = step.relations.slice(first, first + 1 + rng.int(3))
        const statement = `${texts.slice(first, first + group.length).join('; ')}.`
        const account = this.claim(rng, `claim-${group[0].id.slice(4)}`, HEDGES.draw(rng), statement, group, quotes, [])
        step.claims.push(account)
        for (const [g, r] of group.entries()) {
          r.claims.push(account.id)
          if (!rng.chance(0.15)) continue
          const hedge = rng.chance(0.3) ? 'doubted' : HEDGES.draw(rng)
          const contrasts = hedge === 'doubted' ? [account.id] : []
          const second = this.claim(
            rng,
            `claim-${r.id.slice(4)}-b`,
            hedge,
            `A second account: ${texts[first + g]}.`,
            [r],
            quotes,
            contrasts,
          )
          step.claims.push(second)
          r.claims.push(second.id)
        }
        first += group.length
      }
      for (const [a, b, deal] of sides) {
        deal.claims.push(a.claims[0])
        b.claims = [...new Set([...b.claims, a.claims[0]])]
      }
      for (const x of joined) ends[filled++] = x
      yield step
    }
  }

  /** A claim backing the relations of `about`; who asserts it follows the hedge. */
  private claim(
    rng: Rng,
    id: string,
    hedge: Hedge,
    statement: string,
    about: SeedRelation[],
    quotes: string[],
    contrastsWith: string[],
  ): SeedClaim {
    return {
      id,
      statement,
      quote: rng.pick(quotes),
      assertedBy:
        hedge === 'doubted' ? rng.pick(this.persons) : rng.chance(0.85) ? 'author' : rng.chance(0.6) ? 'reports' : rng.pick(this.persons),
      hedge,
      about: [...new Set(about.flatMap((r) => [r.from, r.to]))],
      ...(rng.chance(0.6) ? { when: partialDate(rng, 2000, 25) } : {}),
      contrastsWith,
    }
  }

  /** Relation k between new actor i and earlier actor j (claims come later); `mirror`: the other side of a deal. */
  private relation(rng: Rng, k: number, i: number, j: number, mirror?: SeedRelation): { relation: SeedRelation; text: string } {
    const [a, b] = [this.actors[i], this.actors[j]]
    let type = mirror ? 'depends-on' : TYPES.draw(rng)
    if (PERSON_TYPES.includes(type) && a.kind !== 'person' && b.kind !== 'person') type = NON_PERSON_TYPES.draw(rng)
    let forward: boolean
    if (mirror) forward = mirror.from !== a.id
    else if (PERSON_TYPES.includes(type)) forward = a.kind === 'person'
    else if (type === 'depends-on') forward = rng.chance(DEPENDENT_IS_NEWER)
    else forward = rng.chance(0.5)
    const [from, to] = forward ? [a, b] : [b, a]
    const relation: SeedRelation = { id: `rel-${k}`, type, from: from.id, to: to.id, claims: [], basis: 'stated' }
    if (type === 'depends-on') {
      const kind = rng.pick(DEPENDENCY_KINDS)
      relation.dependency = rng.chance(0.3)
        ? { kind, share: round2(0.05 + 0.9 * rng.next()), bound: BOUNDS.draw(rng) }
        : { kind, level: rng.pick(DEPENDENCY_LEVELS) }
      if (rng.chance(0.05)) relation.weight = round2(rng.next())
    } else if (rng.chance(0.1)) {
      relation.weight = round2(0.1 + 0.9 * rng.next())
    }
    if (type === 'supplies' || type === 'buys-from') relation.commodity = rng.pick(COMMODITIES)
    // A quarter of the relations hold for a period; validTo is a later year, so never before validFrom.
    if (rng.chance(0.25)) {
      relation.validFrom = partialDate(rng, 1990, 35)
      relation.dateBasis = 'stated'
      if (rng.chance(0.4)) relation.validTo = String(Number(relation.validFrom.slice(0, 4)) + 1 + rng.int(8))
      if (rng.chance(0.3)) relation.periodNote = 'a synthetic period'
    }
    return { relation, text: `${from.name} ${type === 'defence-pact' ? 'has a defence pact with' : type.replaceAll('-', ' ')} ${to.name}` }
  }
}

/** A content hash for a synthetic source: what generated it, since there is no file to hash. */
export function syntheticHash(options: Required<SyntheticOptions>, sourceId: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...options, sourceId }))
    .digest('hex')
}
