// The controlled vocabularies of the model. Every enum the seed format and the API accept lives here,
// so a relation type or a hedge means the same thing in seed files, Cypher parameters and OpenAPI.
// docs/model.md explains each term; change both together.
import { z } from 'zod'

export const ACTOR_KINDS = ['state', 'person', 'organization', 'bloc', 'media', 'alliance', 'group'] as const
export const ActorKind = z.enum(ACTOR_KINDS)
export type ActorKind = z.infer<typeof ActorKind>

/** Directed relation types between actors. `from` acts on / towards `to`. */
export const RELATION_TYPES = [
  'leads', // person heads a state or organisation
  'works-for', // person is employed by / directs an outlet
  'met', // leaders met (symmetric)
  'visits', // a leader travels to a state
  'supports', // political or rhetorical support
  'opposes', // stands against, defies
  'invades', // military invasion
  'supplies', // provider ships goods (ammunition, oil, components, technology, cash)
  'buys-from', // buyer purchases from seller
  'trades-with', // trade partnership (symmetric)
  'depends-on', // dependent relies on provider; carries a dependency (kind, share or level)
  'sanctions', // imposes sanctions on
  'blocks-sanctions-against', // shields the target from sanctions (for example a UN veto)
  'pressures', // applies diplomatic or economic pressure on
  'partners-with', // formal partnership (symmetric)
  'defence-pact', // mutual defence arrangement (symmetric)
  'cooperates-with', // joint effort towards a goal (symmetric)
  'advises-against', // counsels against a course of action
  'disapproves-of', // signals displeasure with
  'alarms', // causes concern in
  'threatens', // raises the military risk for
  // Event wording of the news (PLOVER's categories, docs/model.md "Event types (PLOVER, CAMEO)").
  'accuses', // accuses, blames, charges or investigates
  'demands', // demands, urges, calls on
  'rejects', // rejects, refuses, vetoes a proposal or demand of
  'agrees-with', // agrees, promises or signs an agreement with (symmetric)
  'consults', // consults, calls, negotiates with
  'aids', // gives aid: humanitarian, economic, military
  'attacks', // attacks, strikes, shells, bombs
  'restricts-exports-to', // export controls, bans or embargoes on goods to
  'coerces', // seizes, arrests, expels, deports, blockades
  'protests', // demonstrates, rallies, riots against (people in the street, not a diplomatic protest)
  'mobilizes-against', // masses, deploys or trains forces against, short of using them
  'concedes-to', // eases or lifts restrictions on people (a curfew, martial law), pardons, gives in to
  'retreats-from', // withdraws forces from, releases captives of, lifts a blockade or sanctions on
] as const
export const RelationType = z.enum(RELATION_TYPES)
export type RelationType = z.infer<typeof RelationType>

/** Types that hold both ways: stored once, traversed in either direction by paths. */
export const SYMMETRIC_TYPES: readonly RelationType[] = [
  'met',
  'trades-with',
  'partners-with',
  'defence-pact',
  'cooperates-with',
  'agrees-with',
]

/**
 * PLOVER's event types (openeventdata/PLOVER, manual 0.5b1 and later): the event ontology of the
 * field's datasets (POLECAT follows it). Older names map to these: DEMAND → REQUEST, DISAPPROVE and
 * INVESTIGATE → ACCUSE, FIGHT → ASSAULT.
 */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const
export const PloverType = z.enum(PLOVER_TYPES)
export type PloverType = z.infer<typeof PloverType>

/** PLOVER's names before 0.5 (the gold standard records use them) → today's. */
export const PLOVER_RENAMED: Readonly<Record<string, PloverType>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
}

/**
 * Each relation type's PLOVER event type and CAMEO root code (two digits). null for a standing state of
 * affairs that is no event: a role (leads, works-for), a dependency, a concern (alarms). One table:
 * `GET /vocabulary` serves it and every relation in an answer carries its `plover` from it.
 */
export const RELATION_EVENTS: Readonly<Record<RelationType, { plover: PloverType | null; cameo: string | null }>> = {
  leads: { plover: null, cameo: null },
  'works-for': { plover: null, cameo: null },
  met: { plover: 'CONSULT', cameo: '04' },
  visits: { plover: 'CONSULT', cameo: '04' },
  supports: { plover: 'SUPPORT', cameo: '05' },
  opposes: { plover: 'REJECT', cameo: '12' },
  invades: { plover: 'ASSAULT', cameo: '19' },
  supplies: { plover: 'COOPERATE', cameo: '06' },
  'buys-from': { plover: 'COOPERATE', cameo: '06' },
  'trades-with': { plover: 'COOPERATE', cameo: '06' },
  'depends-on': { plover: null, cameo: null },
  sanctions: { plover: 'SANCTION', cameo: '16' },
  'blocks-sanctions-against': { plover: 'SUPPORT', cameo: '05' },
  pressures: { plover: 'COERCE', cameo: '17' },
  'partners-with': { plover: 'SUPPORT', cameo: '05' },
  'defence-pact': { plover: 'SUPPORT', cameo: '05' },
  'cooperates-with': { plover: 'COOPERATE', cameo: '06' },
  'advises-against': { plover: 'REQUEST', cameo: '10' },
  'disapproves-of': { plover: 'ACCUSE', cameo: '11' },
  alarms: { plover: null, cameo: null },
  threatens: { plover: 'THREATEN', cameo: '13' },
  accuses: { plover: 'ACCUSE', cameo: '11' },
  demands: { plover: 'REQUEST', cameo: '10' },
  rejects: { plover: 'REJECT', cameo: '12' },
  'agrees-with': { plover: 'AGREE', cameo: '03' },
  consults: { plover: 'CONSULT', cameo: '04' },
  aids: { plover: 'AID', cameo: '07' },
  attacks: { plover: 'ASSAULT', cameo: '18' },
  'restricts-exports-to': { plover: 'SANCTION', cameo: '16' },
  coerces: { plover: 'COERCE', cameo: '17' },
  protests: { plover: 'PROTEST', cameo: '14' },
  'mobilizes-against': { plover: 'MOBILIZE', cameo: '15' },
  'concedes-to': { plover: 'CONCEDE', cameo: '08' },
  'retreats-from': { plover: 'RETREAT', cameo: '08' },
}

/** The PLOVER event type of a relation type; null when it is no event. */
export const ploverOf = (type: RelationType): PloverType | null => RELATION_EVENTS[type].plover

/** What a dependency is for. */
export const DEPENDENCY_KINDS = [
  'trade',
  'oil',
  'energy-exports',
  'ammunition',
  'cash',
  'components',
  'military-technology',
  'diplomatic-cover',
  'tourism-investment',
  'political-support',
  'economic-lifeline',
] as const
export const DependencyKind = z.enum(DEPENDENCY_KINDS)
export type DependencyKind = z.infer<typeof DependencyKind>

/** Qualitative dependency levels, for where the article gives no number. */
export const DEPENDENCY_LEVELS = ['critical', 'high', 'moderate', 'low'] as const
export const DependencyLevel = z.enum(DEPENDENCY_LEVELS)
export type DependencyLevel = z.infer<typeof DependencyLevel>

/** Default weight of each level; a seed file may override it (`weights`). */
export const DEFAULT_LEVEL_WEIGHTS: Record<DependencyLevel, number> = {
  critical: 0.9,
  high: 0.7,
  moderate: 0.5,
  low: 0.3,
}

/** How a stated share bounds the truth: "at least 80%" is a lower bound. */
export const SHARE_BOUNDS = ['exact', 'lower', 'upper', 'approximate'] as const
export const ShareBound = z.enum(SHARE_BOUNDS)
export type ShareBound = z.infer<typeof ShareBound>

/** How the source hedges a claim, strongest first. */
export const HEDGES = ['asserted', 'likely', 'reported', 'apparent', 'speculative', 'doubted', 'denied'] as const
export const Hedge = z.enum(HEDGES)
export type Hedge = z.infer<typeof Hedge>

/**
 * The documented rule: a claim's confidence is a function of its hedge alone, so two readers of the
 * same sentence get the same number. asserted = stated as fact by the author; likely = "likely",
 * "probably"; reported = attributed to unnamed "reports" or others ("has been likened"); apparent =
 * "apparently", "seems", "signs indicate" (the author's reading of signs), "suggesting"; speculative = "may", "could"; doubted = someone named doubts it; denied = stated as false.
 */
export const HEDGE_CONFIDENCE: Record<Hedge, number> = {
  asserted: 0.9,
  likely: 0.7,
  reported: 0.6,
  apparent: 0.5,
  speculative: 0.4,
  doubted: 0.25,
  denied: 0.05,
}

/** Who asserts a claim when it is not a named actor. */
export const ANONYMOUS_ASSERTERS = ['author', 'reports'] as const

/**
 * What a relation rests on (docs/model.md): `stated`, its quotes say it; `inferred`, an analyst's
 * reading of the quotes (written in the relation's note); `background`, general knowledge the source
 * assumes but does not say.
 */
export const BASES = ['stated', 'inferred', 'background'] as const
export const Basis = z.enum(BASES)
export type Basis = z.infer<typeof Basis>

/** Where a relation's dates come from: the source text (`stated`), or knowledge outside it (`background`). */
export const DATE_BASES = ['stated', 'background'] as const
export const DateBasis = z.enum(DATE_BASES)
export type DateBasis = z.infer<typeof DateBasis>
