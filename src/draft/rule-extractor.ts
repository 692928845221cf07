// The rule-based extractor: wink-nlp for sentences, tokens and parts of speech; the country table and
// the caller's actors for names; fixed wording for relations and hedges (docs/drafts.md). Every quote
// is a slice of the input at the offsets the claim keeps, so none can be invented.
import { createHash } from 'node:crypto'
import { type DEPENDENCY_KINDS, type DependencyKind, type DependencyLevel, type ShareBound, SYMMETRIC_TYPES } from '../model/vocabulary.js'
import type { SeedFile } from '../seed/seed-schema.js'
import { type Candidate, findCandidates } from './candidates.js'
import { FORMER_BEFORE, officesIn, rolesIn, speakersFor } from './roles.js'
import { clausesOf } from './clause-split.js'
import { readClause } from './clauses.js'
import { whenOf } from './dates.js'
import type { Draft, DraftInput, Extractor } from './extractor.js'
import { Gazetteer, type KnownActor, type Mention } from './gazetteer.js'
import { type Group, groupsIn } from './groups.js'
import { IdPool, slug } from './ids.js'
import { filedPeople, filing } from './known-people.js'
import { analyse, type Token } from './nlp.js'

type SeedRelation = SeedFile['relations'][number]
type SeedClaim = SeedFile['claims'][number]

const KINDS: Array<[RegExp, DependencyKind]> = [
  [/\b(oil|fuel|petrol|crude|diesel)\b/i, 'oil'],
  [/\b(ammunition|shells|artillery|munitions)\b/i, 'ammunition'],
  [/\b(cash|money|financial|funds|funding|loans?)\b/i, 'cash'],
  [/\b(components|parts|chips|semiconductors)\b/i, 'components'],
  [/\btechnology\b/i, 'military-technology'],
  [/\b(tourism|investment)\b/i, 'tourism-investment'],
  [/\b(gas|energy|electricity|power)\b/i, 'energy-exports'],
  [/\b(trade|exports|imports|market)\b/i, 'trade'],
]
const SHARE =
  /\b(at least|more than|over|nearly|almost|about|around|roughly|some|up to|less than|under|exactly)?\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent|percent)/i
const BOUNDS: Record<string, ShareBound> = {
  'at least': 'lower',
  'more than': 'lower',
  over: 'lower',
  nearly: 'approximate',
  almost: 'approximate',
  about: 'approximate',
  around: 'approximate',
  roughly: 'approximate',
  some: 'approximate',
  'up to': 'upper',
  'less than': 'upper',
  under: 'upper',
  exactly: 'exact',
}

function dependencyOf(clause: string): NonNullable<SeedRelation['dependency']> {
  const kind = KINDS.find(([re]) => re.test(clause))?.[1] ?? ('economic-lifeline' satisfies (typeof DEPENDENCY_KINDS)[number])
  const share = SHARE.exec(clause)
  // A figure over 100% ("loans rose 300%") is no share of anything.
  if (share && Number(share[2]) <= 100)
    return { kind, share: Number(share[2]) / 100, bound: BOUNDS[(share[1] ?? 'exactly').toLowerCase()] as ShareBound }
  const level: DependencyLevel = /\b(desperately|indispensable|critically|entirely|wholly)\b/i.test(clause)
    ? 'critical'
    : /\b(heavily|crucial|largely|mainly|mostly|strongly)\b/i.test(clause)
      ? 'high'
      : /\b(portion|partly|partially|slightly|some of)\b/i.test(clause)
        ? 'low'
        : 'moderate'
  return { kind, level }
}

/** What is shipped or bought: the words between the verb and "to"/"from", after any "of". */
function commodityOf(text: string, tokens: Token[], at: number, last: number): string | undefined {
  let end = -1
  for (let i = at + 1; i < last; i++)
    if (/^(to|from|by|for|in|on)$/i.test((tokens[i] as Token).value)) {
      end = i
      break
    }
  if (end < 0) return undefined
  let begin = at + 1
  for (let i = at + 1; i < end; i++) if (/^(of|with)$/i.test((tokens[i] as Token).value)) begin = i + 1
  const words = tokens.slice(begin, end)
  if (!words.some((t) => t.pos === 'NOUN')) return undefined
  const value = text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end)
  return value.length <= 80 && !/[\n"“”]/.test(value) ? value : undefined
}

/** Cuts a quote to at most 1000 characters, never inside a surrogate pair nor after white space. */
function capped(start: number, end: number, text: string): [number, number] {
  let e = Math.min(end, start + 1000)
  const next = text.charCodeAt(e)
  if (next >= 0xdc00 && next <= 0xdfff) e--
  while (/\s/.test(text[e - 1] as string)) e--
  return [start, e]
}

export class RuleExtractor implements Extractor {
  readonly name = 'rules'
  private cached: { key: string; gazetteer: Gazetteer } | undefined

  /** The gazetteer for this list of known actors, kept while the list stays the same. */
  private gazetteer(known: KnownActor[] = []): Gazetteer {
    const key = JSON.stringify(known)
    if (this.cached?.key !== key) this.cached = { key, gazetteer: new Gazetteer(known) }
    return this.cached.gazetteer
  }

  async draft(input: DraftInput): Promise<Draft> {
    return draftWith(this.gazetteer(input.knownActors), input)
  }
}

export function draftWith(gazetteer: Gazetteer, input: DraftInput): Draft {
  const { text } = input
  const warnings: string[] = []
  const analysis = analyse(text)
  const states = gazetteer.find(text)
  // "Rwandan rebels": a group of its own, tied to its state by a role; the state's name in it is no party.
  const groups = new Map<string, Group>()
  for (const g of groupsIn(text, states, (id) => gazetteer.actor(id)?.kind === 'state')) groups.set(g.id, g)
  const groupMentions = [...groups.values()].map((g) => g.mention)
  const named = [...states.filter((m) => !groupMentions.some((g) => m.start < g.end && m.end > g.start)), ...groupMentions]
  const { candidates, mentions: found } = findCandidates(analysis, named)
  // People the CAMEO dictionary knows, named by their full name or, where the text gives no other name, by
  // their surname alone ("Reagan said", "Mr Arafat"): read as their state, the dictionary named.
  const people = filedPeople(text, analysis.tokens, candidates, [...named, ...found], input.publishedAt?.slice(0, 10))
  for (const c of people.added) candidates.set(c.id, c)
  found.push(...people.mentions)
  const mentions: Mention[] = [...named, ...found].sort((a, b) => a.start - b.start)
  const kindOf = (id: string) => (groups.has(id) ? 'group' : (gazetteer.actor(id) ?? (candidates.get(id) as Candidate)).kind)
  // "South Korean President Moon Jae-in", "King Hussein of Jordan": the state is the person's office,
  // not another party.
  const offices = officesIn(text, mentions, kindOf)
  const officeStates = new Set(offices.map((o) => o.state))
  // "Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed": the person's mention reaches over
  // the state of their office, so that the two stand coordinated.
  const ofState = new Map(offices.filter((o) => o.state.start > o.person.end).map((o) => [o.person, o.state.end]))
  const parties = mentions.filter((m) => !officeStates.has(m)).map((m) => (ofState.has(m) ? { ...m, end: ofState.get(m) as number } : m))
  const speaksFor = speakersFor(offices)
  // A person the graph has leading one state, named here without an office ("Putin said…" once the
  // article is seeded): read the same way, and the note says the graph holds the role, not the text.
  // Never one the text calls "former", nor one the graph has in two states.
  const former = new Set(mentions.filter((m) => FORMER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))).map((m) => m.actorId))
  for (const m of mentions) {
    const leads = gazetteer.actor(m.actorId)?.leads ?? []
    if (leads.length === 1 && kindOf(m.actorId) === 'person' && !speaksFor.has(m.actorId) && !former.has(m.actorId))
      speaksFor.set(m.actorId, { state: leads[0] as string, title: '', fromGraph: true })
  }
  // Last, the dictionary's: the text's office and the graph's role come first.
  for (const [id, p] of people.filed)
    if (!speaksFor.has(id) && !former.has(id) && gazetteer.actor(p.state)) speaksFor.set(id, { state: p.state, title: '', filed: p })
  const nameOf = (id: string) => (groups.get(id) ?? gazetteer.actor(id) ?? (candidates.get(id) as Candidate)).name
  const sourceId = input.id ?? `draft-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`
  const prefix = sourceId.slice(0, 40).replace(/-+$/, '')
  const claimIds = new IdPool()
  const relationIds = new IdPool()
  const claims: SeedClaim[] = []
  const relations = new Map<string, SeedRelation>()
  for (const sentence of analysis.sentences) {
    const ctx = { text, tokens: analysis.tokens, mentions: parties, sentenceStart: sentence.start, kindOf }
    const readings = [
      ...rolesIn(text, mentions, offices, sentence.start, sentence.end, kindOf),
      ...clausesOf(analysis.tokens, sentence.first, sentence.last).flatMap((clause) => readClause(ctx, clause)),
    ]
    // One claim per span and way of saying it; the relations of that span cite it.
    const claimOf = new Map<string, string>()
    for (const r of readings) {
      const [start, end] = capped(r.start, r.end, text)
      const quote = text.slice(start, end)
      /* c8 ignore next -- a guard: spans begin and end on tokens, which carry no white space */
      if (quote.trim() === '' || quote.trim() !== quote) continue
      const claimKey = `${start}|${end}|${r.hedge}|${r.assertedBy}`
      let claimId = claimOf.get(claimKey)
      const when = whenOf(quote, input.publishedAt)
      if (!claimId) {
        claimId = claimIds.take(`${prefix}-${slug(quote, 40)}`)
        claimOf.set(claimKey, claimId)
        claims.push({
          id: claimId,
          statement: quote.replace(/\s+/g, ' ').slice(0, 500),
          quote,
          assertedBy: r.assertedBy,
          hedge: r.hedge,
          about: r.about,
          ...(when ? { when } : {}),
          contrastsWith: [],
          at: { start, end },
        })
      } else {
        const c = claims.find((x) => x.id === claimId) as SeedClaim
        c.about = [...new Set([...c.about, ...r.about])]
      }
      // A denied statement is a claim, never a relation.
      if (r.hedge === 'denied') continue
      // A person the text names by office acts for the state: the person's relation stays, and the
      // state's is added as a reading of it.
      const lifted: Array<[string, string, string]> = []
      // A person and the state they speak for are one party: "Cavaco Silva of Portugal signed an agreement
      // to end Portuguese rule" drafts no agreement between the two.
      const apart = ([a, b]: [string, string]) => speaksFor.get(a)?.state !== b && speaksFor.get(b)?.state !== a
      const ownPairs = r.trigger.type === 'leads' || r.trigger.type === 'works-for' ? r.pairs : r.pairs.filter(apart)
      if (r.trigger.type !== 'leads' && r.trigger.type !== 'works-for')
        for (const [from, to] of ownPairs) {
          // The actor's end is lifted; the other end when it is named by office and the actor stands for a
          // state or is no person ("Israel rejected Palestinian leader Yasser Arafat's bid"). A meeting of
          // two people lifts only when both stand for states or one already is one.
          const f = speaksFor.get(from)
          const t = f || kindOf(from) !== 'person' ? speaksFor.get(to) : undefined
          const a = f?.state ?? from
          const b = t?.state ?? to
          const oneSided = SYMMETRIC_TYPES.includes(r.trigger.type) && !t && kindOf(to) === 'person'
          if ((f || t) && a !== b && !oneSided) {
            const ends = [f && ([from, f] as const), t && ([to, t] as const)].filter((x) => x !== undefined)
            const byText = ends.filter(([, s]) => !s.fromGraph && !s.filed).map(([id, s]) => `${nameOf(id)} (${s.title})`)
            const byGraph = ends.filter(([, s]) => s.fromGraph).map(([id, s]) => `${nameOf(id)} as leading ${nameOf(s.state)}`)
            const byFiling = ends.flatMap(([id, s]) => (s.filed ? [`${nameOf(id)} as ${filing(s.filed, nameOf(s.state))}`] : []))
            const why = [
              byText.length > 0 && `the text names ${byText.join(' and ')} by office`,
              byGraph.length > 0 && `the graph holds ${byGraph.join(' and ')}`,
              byFiling.length > 0 && `the CAMEO actor dictionary files ${byFiling.join(' and ')}`,
            ]
            lifted.push([a, b, `${why.filter(Boolean).join('; ')}: the act is read as the state's`])
          }
        }
      const pairs: Array<[string, string, string | undefined]> = [
        ...ownPairs.map(([a, b]): [string, string, undefined] => [a, b, undefined]),
        ...lifted,
      ]
      for (let [from, to, liftNote] of pairs) {
        const type = r.trigger.type
        if (SYMMETRIC_TYPES.includes(type) && to < from) [from, to] = [to, from]
        const key = `${from}|${type}|${to}`
        const existing = relations.get(key)
        if (existing) {
          if (!existing.claims.includes(claimId)) existing.claims.push(claimId)
          continue
        }
        const commodity =
          type === 'supplies' || type === 'buys-from' ? commodityOf(text, analysis.tokens, r.trigger.at, sentence.last) : undefined
        relations.set(key, {
          id: relationIds.take(`${prefix}-${from}-${type}-${to}`),
          type,
          from,
          to,
          claims: [claimId],
          basis: r.inferred || liftNote ? 'inferred' : 'stated',
          ...(r.inferred || liftNote ? { note: (r.inferred ?? liftNote) as string } : {}),
          ...(type === 'depends-on' ? { dependency: dependencyOf(quote) } : {}),
          ...(commodity ? { commodity } : {}),
          ...(when
            ? { validFrom: when, ...(type === 'met' || type === 'visits' ? { validTo: when } : {}), dateBasis: 'stated' as const }
            : {}),
        })
      }
    }
  }
  const used = new Set(mentions.map((m) => m.actorId))
  for (const c of claims) for (const id of [...c.about, c.assertedBy]) used.add(id)
  // A state reached only through the graph's role of a person the text names.
  for (const r of relations.values()) used.add(r.to).add(r.from)
  used.delete('author')
  used.delete('reports')
  // A group's state is an actor of the draft: its role points there.
  for (const id of [...used]) {
    const g = groups.get(id)
    if (g) used.add(g.state)
  }
  const aliasesOf = new Map<string, Set<string>>()
  // The states' mentions inside a group's name too ("Rwandan" in "Rwandan rebels").
  for (const m of [...mentions, ...states]) {
    const surface = text.slice(m.start, m.end)
    aliasesOf.set(m.actorId, (aliasesOf.get(m.actorId) ?? new Set()).add(surface))
  }
  const actors: SeedFile['actors'] = [...used].sort().map((id) => {
    const group = groups.get(id)
    if (group) return { id, name: group.name, kind: 'group' as const, aliases: [], roles: [{ title: group.title, of: group.state }] }
    const known = gazetteer.actor(id)
    const actor = known ?? (candidates.get(id) as Candidate)
    // Names are at most 120 characters: the graph's by the seed schema, a candidate's by findCandidates.
    const name = actor.name
    // A group's state, or a state reached through the graph's role, may be named nowhere in the text.
    const aliases = [...(aliasesOf.get(id) ?? [])].filter((a) => a !== name)
    return {
      id,
      name,
      kind: actor.kind,
      aliases,
      roles: [],
      ...(known?.identifiers ? { identifiers: known.identifiers } : {}),
    }
  })
  if (input.language && !/^en(-|$)/i.test(input.language))
    warnings.push(`language "${input.language}" is not English; the draft reads it as English`)
  if (claims.length === 0) warnings.push('no sentence relates two actors or states a dependency: the draft has no claims to review')
  const title = (input.title ?? (text.trim().split('\n')[0] as string)).trim().slice(0, 300) || 'Untitled draft'
  const seed: Draft['seed'] = {
    format: 'entente-seed/1',
    source: {
      id: sourceId,
      title,
      publisher: (input.publisher || 'unknown').slice(0, 200),
      ...(input.url ? { url: input.url } : {}),
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
      reportsOn: { event: title, ...(input.publishedAt ? { date: input.publishedAt } : {}) },
      language: input.language ?? 'en',
      text,
    },
    weights: {},
    actors,
    claims,
    relations: [...relations.values()],
    deals: [],
  }
  return { seed, warnings }
}
