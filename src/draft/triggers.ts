// The wording that makes a relation (docs/drafts.md has the table): a lemma, sometimes with the word
// around it, gives a relation type and how to read its two ends from the grammar.
import type { RelationType } from '../model/vocabulary.js'
import type { Token } from './nlp.js'
import { ENDING, FORCES, yielding } from './plover-events.js'

export type Reading =
  /** from = subject, to = object: "A condemned B", passive "B was condemned by A". */
  | 'active'
  /** "B received X from A": the giver follows "from". */
  | 'receive'
  /** every named party with every other: "A and B met", "A met B", "A signed a defence pact with B". */
  | 'mutual'
  /** a noun with a possessor: "Russia's invasion of Ukraine", "Putin's visit to Pyongyang". */
  | 'noun'
  /** "the Russia-North Korea partnership". */
  | 'hyphen'
  /**
   * "Russia said that Sudan must return the helicopter": the one who says it demands it of the subject of
   * "must"; "… that Japan has failed to live up to the pact": accuses it.
   */
  | 'obligation'

export interface Trigger {
  type: RelationType
  reading: Reading
  /** The token that carries the meaning. */
  at: number
  /** For "X comes from Y": a dependency read off a possessor. */
  level?: 'critical' | 'high' | 'moderate' | 'low'
}

const VERBS: Array<[RegExp, RelationType, Reading]> = [
  [/^(ship|deliver|supply|sell|provide|export|send|transfer)$/, 'supplies', 'active'],
  [/^(receive|obtain)$/, 'supplies', 'receive'],
  [/^(buy|purchase|import)$/, 'buys-from', 'active'],
  [/^(sanction)$/, 'sanctions', 'active'],
  [/^(rely|depend|need|require)$/, 'depends-on', 'active'],
  [
    /^(condemn|criticise|criticize|disapprove|dislike|denounce|rebuke|slam|assail|castigate|censure|lambaste|deplore|decry|chide|reprimand|regret)$/,
    'disapproves-of',
    'active',
  ],
  [/^(threaten)$/, 'threatens', 'active'],
  [/^(meet|met)$/, 'met', 'mutual'],
  [/^(cooperate|co-operate|collaborate)$/, 'cooperates-with', 'mutual'],
  [/^(visit)$/, 'visits', 'active'],
  [/^(invade)$/, 'invades', 'active'],
  [/^(alarm)$/, 'alarms', 'active'],
  // The event wording of news (PLOVER's categories; docs/model.md).
  [/^(agree|promise|pledge|sign|offer|accept)$/, 'agrees-with', 'mutual'],
  [/^(consult|negotiate)$/, 'consults', 'active'],
  // "Australia and Indonesia are discussing …": both parties consult.
  [/^(discuss)$/, 'consults', 'mutual'],
  [/^(co-?host(s|ed|ing)?)$/, 'cooperates-with', 'mutual'],
  [
    /^(welcome|praise|endorse|defend|back|support|commend|recognise|recognize|apologise|apologize|thank|hail|applaud|congratulate|laud|salute)$/,
    'supports',
    'active',
  ],
  [/^(accuse|blame|charge|sue|complain|allege|investigate|summon)$/, 'accuses', 'active'],
  [/^(demand|urge|press|push|ask|request|appeal|implore|petition)$/, 'demands', 'active'],
  // "telephoned Russian Foreign Minister Andrei Kozyrev": talks by telephone (CAMEO 041).
  [/^(telephone|phone)$/, 'consults', 'active'],
  // "extradited the suspect to Britain": judicial cooperation (CAMEO 063).
  [/^(extradite)$/, 'cooperates-with', 'active'],
  [/^(oppose|opposed)$/, 'opposes', 'active'],
  [/^(reject|refuse|veto|dismiss|rebuff|spurn)$/, 'rejects', 'active'],
  [/^(attack|strike|shell|bomb|kill|shoot|beat|torture|raid|wound|abuse|mistreat|lynch|target|destroy)$/, 'attacks', 'active'],
  // "Indian and Pakistani troops clashed": each attacked the other.
  [/^(clash)$/, 'attacks', 'mutual'],
  [/^(arrest|seize|detain|kidnap|deport|blockade|capture|abduct|demolish|bulldoze|raze)$/, 'coerces', 'active'],
  [/^(suspend|sever|downgrade|boycott|embargo)$/, 'sanctions', 'active'],
  // "is to lend Sudan 57 mln dlrs": a loan is aid (PLOVER AID, CAMEO 071).
  [/^(aid|assist|donate|lend|loan)$/, 'aids', 'active'],
  [/^(share|exchange)$/, 'cooperates-with', 'mutual'],
]

/** Verbs whose type the words after them decide: "expel diplomats" reduces relations, "ban exports" restricts them. */
function byContext(lemma: string, after: string, far = after): RelationType | undefined {
  if (lemma === 'expel') return /\b(diplomats?|ambassadors?|envoys?|attach[eé]s?)\b/.test(after) ? 'sanctions' : 'coerces'
  // "provided political support for Kim", "pledged its backing to Kyiv": support given, not a supply or a promise.
  if (/^(provide|give|offer|lend|express|voice|pledge|extend)$/.test(lemma) && /\b(support|backing)\b/.test(after)) return 'supports'
  // "advised Putin against visiting", "warned Seoul against joining".
  if (/^(advise|warn|caution|counsel)$/.test(lemma) && /\bagainst\b/.test(after)) return 'advises-against'
  // "warned Vietnam of serious consequences": a threat.
  // "warned Tehran not to use them": a warning to refrain is a threat too.
  if (lemma === 'warn' && (/\b(consequences|retaliation|reprisals?|force|war)\b/.test(after) || /^(\S+\s+){1,3}not to\b/.test(after)))
    return 'threatens'
  if (/^(ban|restrict|curb|limit|control)$/.test(lemma) && /\b(exports?|sales?|shipments?|chips?|semiconductors?|technology)\b/.test(after))
    return 'restricts-exports-to'
  // "providing a 500 mln-dlr short-term bridge loan to Argentina": the aid ends a long noun phrase.
  if (
    /^(give|grant|offer|provide|send|extend)$/.test(lemma) &&
    (/\b(aid|grants?|loans?|credits?|assistance|asylum|relief)\b/.test(after) || /^[^,;]*\b(loans?|credits?)\b/.test(far))
  )
    return 'aids'
  if (lemma === 'call' && /^(on|upon|for)\b/.test(after)) return 'demands'
  // "forced out more than 1,000 refugees": expelled (CAMEO 174).
  if (lemma === 'force' && /^(out|from)\b/.test(after)) return 'coerces'
  // "cancelled a planned visit to Haiti", "called off talks with": relations reduced (CAMEO 16).
  if (/^(cancel|postpone|scrap)$/.test(lemma) && /^(\S+\s+){0,3}(visit|trip|talks|meeting|summit)\b/.test(after)) return 'sanctions'
  // "exchanged fire", "exchanged accusations": each did it to the other.
  if (/^(exchange|trade)$/.test(lemma) && /^(\S+\s+)?(fire|shots|gunfire|blows)\b/.test(after)) return 'attacks'
  if (/^(exchange|trade)$/.test(lemma) && /^(\S+\s+)?(accusations|charges|insults|recriminations)\b/.test(after)) return 'accuses'
  // "halted aid to", "ended its support for": a reduction of relations.
  if (
    /^(halt|stop|end|freeze|withdraw|ban|prohibit|bar|block|deny)$/.test(lemma) &&
    /^(\S+\s+){0,2}(aid|assistance|support|cooperation|loans?)\b/.test(after)
  )
    return 'sanctions'
  // "protested to Japan": a diplomatic protest, an accusation (a crowd protesting "against" is no state's act).
  if (lemma === 'protest' && /^(\S+ly\s+)?(to|the|a|an)\b/.test(after)) return 'accuses'
  // "sought American help", "seeks aid from Japan": a request.
  // "sought asylum in Iran": asked that state to take them in.
  if (lemma === 'seek' && /\b(help|aid|assistance|support|loans?|protection|backing|asylum|refuge|sanctuary)\b/.test(after))
    return 'demands'
  // "fought a brief war", "fought each other", "fought against": not "fought corruption".
  if (lemma === 'fight' && /^(\S+\s+){0,2}(war|wars|battles?|each other|against)\b/.test(after)) return 'attacks'
  // "vowed to retaliate against South Korea": a threat.
  if (/^(vow|pledge|promise|swear)$/.test(lemma) && /^to (retaliate|avenge|punish|respond)\b/.test(after)) return 'threatens'
  if (lemma === 'fire' && /^(\S+\s+)?(rockets?|missiles?|shells?|shots?|mortars?|artillery|on|at|into|upon)\b/.test(after)) return 'attacks'
  // "turned down Peru's request", "ruled out talks with Colombia".
  if ((lemma === 'turn' && /^down\b/.test(after)) || (lemma === 'rule' && /^out\b/.test(after))) return 'rejects'
  if (/^(freeze|seize)$/.test(lemma) && /\b(assets|accounts|funds|property)\b/.test(after)) return 'sanctions'
  if (lemma === 'recall' && /\b(ambassadors?|envoys?|diplomats?)\b/.test(after)) return 'sanctions'
  if (
    /^(upgrade|restore|establish|normalise|normalize|resume|improve|strengthen|deepen|maintain)$/.test(lemma) &&
    /^(\S+\s+){0,2}(ties|relations)\b/.test(after)
  )
    return 'supports'
  // "talking to Indian authorities", "working with the US Marines".
  if (lemma === 'talk' && /^(\S+ly\s+)?(to|with)\b/.test(after)) return 'consults'
  // "swooped on Palestinian cities".
  if (lemma === 'swoop' && /^(\S+\s+)?(on|upon)\b/.test(after)) return 'attacks'
  if (/^(work|operate)$/.test(lemma) && /^(\S+ly\s+)?(with|alongside)\b/.test(after)) return 'cooperates-with'
  if (/^(cut|break)$/.test(lemma) && /^(off\s+)?(\p{Ll}+\s+)?(ties|relations|aid|contacts?)\b/u.test(after)) return 'sanctions'
  // "cut oil supplies to Jordan", "halted arms deliveries to": what it sold is held back (PLOVER SANCTION).
  if (
    /^(cut|halt|stop|suspend)$/.test(lemma) &&
    /^(off\s+)?(\p{Ll}+\s+){0,2}(supplies|shipments|deliveries|exports)\s+(of\s+\S+\s+)?to\b/u.test(after)
  )
    return 'restricts-exports-to'
  return undefined
}

/** Verbs that take another event as their object ("threatened to break relations"): that event is theirs, not said. */
export const GOVERNING =
  /^(threaten|agree|refuse|offer|promise|pledge|demand|urge|reject|plan|want|seek|intend|prepare|decide|vow|warn|ask|hope|try|aim|fail)$/

/** Nouns with the preposition that introduces their other end: "Russia's invasion of Ukraine". */
const NOUNS: Array<[RegExp, RelationType, RegExp]> = [
  [/^(invasion)$/, 'invades', /^of$/],
  [/^(visit)$/, 'visits', /^to$/],
  [/^(buyer|importer)$/, 'buys-from', /^of$/],
  [/^(supplier|exporter)$/, 'supplies', /^(of|to)$/],
  [/^(meeting|talk|talks|interaction|interactions|summit)$/, 'met', /^(with|between)$/],
  [/^(negotiations|consultations)$/, 'consults', /^with$/],
  [/^(support)$/, 'supports', /^for$/],
  [/^(dependence|reliance)$/, 'depends-on', /^on$/],
  [/^(protest|protests|accusation|accusations|complaint|complaints)$/, 'accuses', /^(with|to|against|over)$/],
  // "filed a suit against the United States": a claim at law.
  [/^(suit|lawsuit|lawsuits|case)$/, 'accuses', /^against$/],
  [/^(criticism|condemnation)$/, 'disapproves-of', /^(of|against)$/],
  [/^(attack|attacks|strike|strikes|assault|offensive|raid|raids|bombing|shelling)$/, 'attacks', /^(on|against)$/],
  [/^(bombing|shelling)$/, 'attacks', /^of$/],
  [/^(incursion|incursions)$/, 'attacks', /^(into|in)$/],
  // "opened fire on", "launched rocket fire against".
  [/^(fire|gunfire)$/, 'attacks', /^(on|against|at)$/],
  [/^(aid|assistance)$/, 'aids', /^(to|for)$/],
  // "the withdrawal of its forces from Panama".
  [/^(withdrawal|pullout|pull-out)$/, 'retreats-from', /^of$/],
  [/^(agreement|accord|deal|treaty)$/, 'agrees-with', /^with$/],
  [/^(ultimatum|threat|threats)$/, 'threatens', /^(to|against)$/],
  [/^(embargo|sanctions)$/, 'sanctions', /^(on|against)$/],
  [/^(boycott)$/, 'sanctions', /^(of|against|on)$/],
  [/^(war)$/, 'attacks', /^(on|against)$/],
  [/^(demand|demands)$/, 'demands', /^(on|of)$/],
  [/^(trade)$/, 'trades-with', /^with$/],
  [/^(riot|riots|demonstration|demonstrations|sit-in|sit-ins)$/, 'protests', /^against$/],
]

/** Forces just before a verb: "Vietnamese troops withdrew", "the South African army pulled out". */
const FORCES_BEFORE = /\b(troops|forces|soldiers|army|armies|units|navy|warships)$/

const word = (t: Token | undefined) => t?.value.toLowerCase() ?? ''

/** A visitor received or hosted: an office or a leader's title within the next few words. */
const HOSTED =
  /^(the\s+|a\s+|an\s+)?(\S+\s+){0,2}(foreign minister|minister|president|prime minister|premier|delegation|envoy|ambassador|leader|counterpart|king|queen|emir|chancellor|secretary)\b/

/** Nouns of a plan or an attempt: "a bid to visit", "an attempt to broker" names no event that took place. */
const PLAN_NOUN = /^(bid|bids|attempt|attempts|plan|plans|effort|efforts|proposal|offer|request|call)$/i

/** The verb at i follows "to" after a verb that governs it ("threatened to break", "failed to reach") or a plan ("a bid to visit"). */
const governed = (tokens: Token[], first: number, i: number) =>
  word(tokens[i - 1]) === 'to' &&
  (tokens.slice(Math.max(first, i - 4), i - 1).some((x) => GOVERNING.test(x.lemma)) || PLAN_NOUN.test(word(tokens[i - 2])))

/**
 * A verb that makes the talks at i a meeting: "held" within four words, or "resumed", "began", "return to
 * Geneva this week for" within six, unless itself governed ("agreed to resume talks" promises one; "called
 * for a return to talks" has no verb).
 */
const meetingVerb = (tokens: Token[], first: number, i: number) => {
  const from = Math.max(first, i - 6)
  return tokens.slice(from, i).some(
    (x, k) =>
      // "negotiators return": a verb after a plural the tagger read as a noun.
      (x.pos === 'VERB' || (x.pos === 'NOUN' && /s$/.test(tokens[from + k - 1]?.value ?? '') && tokens[from + k - 1]?.pos === 'NOUN')) &&
      (x.lemma === 'hold'
        ? i - (from + k) <= 6
        : /^(resume|renew|reopen|open|begin|start|continue|conclude|return|reconvene)$/.test(x.lemma) &&
          !governed(tokens, first, from + k)),
  )
}

/** The relation triggers among tokens [first, last) of a clause, in order. */
export function findTriggers(tokens: Token[], first: number, last: number): Trigger[] {
  const out: Trigger[] = []
  for (let i = first; i < last; i++) {
    const t = tokens[i] as Token
    // The word after, past a closing quotation mark ("“full support” for").
    const next = word(/^[”"’]$/.test(tokens[i + 1]?.value ?? '') ? tokens[i + 2] : tokens[i + 1])
    // "its trade is with China": the preposition past a copula.
    const nextPastBe = /^(is|was|are|were)$/.test(next) ? word(tokens[i + 2]) : next
    const prev = word(tokens[i - 1])
    if (/^(pact|alliance|treaty)$/.test(t.lemma) && /^(defence|defense|military)$/.test(prev)) {
      out.push({ type: 'defence-pact', reading: 'mutual', at: i })
      continue
    }
    // "Egypt and Israel reached agreement": an agreement of the subject's parties (and any "with" after).
    let reach = -1
    for (let j = i - 1; j >= Math.max(first, i - 3) && reach < 0; j--)
      if (/^(reach|conclude|strike|seal)$/.test((tokens[j] as Token).lemma) && tokens[j]?.pos === 'VERB') reach = j
    if (/^(agreement|accord|deal|treaty|truce|ceasefire)$/.test(t.lemma) && reach >= 0) {
      // "hopes to reach agreement", "failed to reach agreement": that verb's object, no event.
      if (!governed(tokens, first, reach)) out.push({ type: 'agrees-with', reading: 'mutual', at: i })
      continue
    }
    // "held joint exercises": the subject's parties cooperate.
    if (/^(exercise|drill|manoeuvre|maneuver|patrol)s?$/.test(t.value.toLowerCase()) && /^(joint|combined)$/.test(prev)) {
      out.push({ type: 'cooperates-with', reading: 'mutual', at: i })
      continue
    }
    // "launched war games", "held military exercises": two parties' exercises are cooperation; exercises
    // aimed at a party or held on its border are a show of force (PLOVER MOBILIZE).
    if (
      (/^(exercises|drills|manoeuvres|maneuvers)$/.test(t.value.toLowerCase()) || (t.value.toLowerCase() === 'games' && prev === 'war')) &&
      tokens
        .slice(Math.max(first, i - 5), i)
        .some((x) => /^(hold|conduct|stage|launch|begin|start|carry)$/.test(x.lemma) && x.pos === 'VERB')
    ) {
      const far = tokens
        .slice(i + 1, Math.min(last, i + 8))
        .map((x) => x.value.toLowerCase())
        .join(' ')
      const aimed = /\b(against|aimed at|directed at|border|frontier)\b/.test(far)
      out.push({ type: aimed ? 'mobilizes-against' : 'cooperates-with', reading: aimed ? 'active' : 'mutual', at: i })
      continue
    }
    // "Talks between Afghan and British officials …", "there were talks currently between": the tagger
    // reads the plural as a verb; "between" makes it the noun.
    const pastAdverb = /ly$/.test(next) ? word(tokens[i + 2]) : next
    if (
      (i === first && /^(Talks|Negotiations)$/.test(t.value) && /^(between|with)$/.test(next)) ||
      (/^(talks|negotiations|discussions|consultations)$/i.test(t.value) && pastAdverb === 'between')
    ) {
      out.push({ type: 'met', reading: 'noun', at: i })
      continue
    }
    // "U.S. officials said Japan has failed to live up to its agreement", "Ankara says Athens violated the
    // accord": a charge, if someone says it (read as "must" is, clauses.ts).
    const failedTo = () =>
      /^to (live up to|honou?r|keep|comply|abide|fulfil|fulfill|respect|implement|observe)\b/.test(
        tokens
          .slice(i + 1, Math.min(last, i + 5))
          .map((x) => x.value.toLowerCase())
          .join(' '),
      )
    if (t.pos === 'VERB' && ((t.lemma === 'fail' && failedTo()) || /^(violate|breach|renege|flout)$/.test(t.lemma))) {
      out.push({ type: 'accuses', reading: 'obligation', at: i })
      continue
    }
    // "Russia said that Sudan must return …": a demand, if someone says it (clauses.ts).
    if (/^(must|should)$/i.test(t.value)) {
      out.push({ type: 'demands', reading: 'obligation', at: i })
      continue
    }
    // "held talks", "held their first summit", "resumed talks": a meeting of the subject's parties.
    if (/^(talk|summit|meeting|negotiation|consultation|discussion)$/.test(t.lemma) && t.pos !== 'VERB' && meetingVerb(tokens, first, i)) {
      out.push({ type: 'met', reading: 'mutual', at: i })
      continue
    }
    if (t.lemma === 'impose' && tokens.slice(i + 1, i + 4).some((x) => /^(sanctions?|embargo)$/i.test(x.value))) {
      out.push({ type: 'sanctions', reading: 'active', at: i })
      continue
    }
    if (t.lemma === 'come' && next === 'from') {
      out.push({ type: 'depends-on', reading: 'active', at: i })
      continue
    }
    if (/^(partnership|alliance)$/.test(t.lemma) && [1, 2, 3].some((k) => word(tokens[i - k]).includes('-'))) {
      out.push({ type: 'partners-with', reading: 'hyphen', at: i })
      continue
    }
    // ", lifting …" and "said that lifting the sanctions …": a gerund the tagger read as a noun.
    const gerund =
      t.pos === 'NOUN' &&
      /ing$/.test(t.value) &&
      (word(tokens[i - 1]) === ',' || (word(tokens[i - 1]) === 'that' && /^(the|a|an|its|their|all)$/.test(next)))
    // "Togo supplies fuel", "Oman imports wheat": a name, then a verb the tagger read as a plural noun.
    // "a declaration that alarms Seoul": the same after a relative pronoun.
    // "to help support the rights of …", "will support": a bare verb after "help" or a modal.
    const verbAfterName =
      t.pos === 'NOUN' &&
      ((/s$/.test(t.value) && (tokens[i - 1]?.pos === 'PROPN' || /^(that|which|who)$/i.test(tokens[i - 1]?.value ?? ''))) ||
        /^(help|will|would|can|could|may|might|must|should|shall)$/i.test(tokens[i - 1]?.value ?? '')) &&
      VERBS.some(([re]) => re.test(t.lemma))
    if ((t.pos === 'NOUN' || (t.pos === 'PROPN' && i > first)) && !gerund && !verbAfterName) {
      // "A security meeting has been arranged between …": the parties past a passive verb.
      const meetingBetween =
        /^(meeting|talks|summit)$/.test(t.value.toLowerCase()) &&
        /^(has|have|had|was|were|is|are)\s+(been\s+)?\p{Ll}+\s+between$/u.test(
          tokens
            .slice(i + 1, i + 5)
            .map((x) => x.value)
            .join(' '),
        )
      const noun = meetingBetween
        ? NOUNS.find(([re]) => re.test('meeting'))
        : NOUNS.find(([re, , prep]) => (re.test(t.lemma) || re.test(t.value.toLowerCase())) && prep.test(nextPastBe))
      // "suspended military aid to Bosnia": a noun right after a verb of its own is that verb's object.
      const verbJustBefore = out.some((x) => x.reading !== 'noun' && x.at >= i - 3)
      // "lifted its embargo on Vietnam", "ended the blockade": the event ends; none is drafted.
      const ended = tokens.slice(Math.max(first, i - 4), i).some((x) => ENDING.test(x.lemma) && x.pos === 'VERB')
      if (noun && !verbJustBefore && !ended) out.push({ type: noun[1], reading: 'noun', at: i })
      continue
    }
    if (t.pos !== 'VERB' && t.pos !== 'ADJ' && !gerund && !verbAfterName) continue
    // "threatened to break relations": the second verb is the first's object, not an event of its own.
    if (governed(tokens, first, i)) continue
    // "the Palestinians are more to blame": blame borne, not laid.
    if (t.lemma === 'blame' && prev === 'to' && tokens.slice(Math.max(first, i - 4), i - 1).some((x) => x.lemma === 'be')) continue
    const after = tokens
      .slice(i + 1, Math.min(last, i + 6))
      .map((x) => x.value.toLowerCase())
      .join(' ')
    // "signed a defence pact": the pact is the relation, the signing only its occasion.
    if (t.lemma === 'sign' && /\b(pact|alliance|partnership)\b/.test(after)) continue
    // "received the Iranian foreign minister", "hosted King Hussein": a meeting, not a delivery.
    if (/^(receive|host)$/.test(t.lemma) && HOSTED.test(after)) {
      out.push({ type: 'met', reading: 'mutual', at: i })
      continue
    }
    // "arrived in Damascus": a visit.
    if (t.lemma === 'arrive' && /^in\b/.test(after)) {
      out.push({ type: 'visits', reading: 'active', at: i })
      continue
    }
    // "Two Iranian diplomats were expelled": the passive names the expelled before the verb.
    const before = tokens
      .slice(Math.max(first, i - 4), i)
      .map((x) => x.value.toLowerCase())
      .join(' ')
    const far = tokens
      .slice(i + 1, Math.min(last, i + 13))
      .map((x) => x.value.toLowerCase())
      .join(' ')
    // "Vietnamese troops withdrew from Cambodia": forces named before the verb retreat as well as after it.
    const forcesLeave = /^(withdraw|pull|retreat)$/.test(t.lemma) && FORCES_BEFORE.test(before) && /^(out\s+of|from)\b/.test(after)
    const contextual = forcesLeave
      ? 'retreats-from'
      : (yielding(t.lemma, far) ?? byContext(t.lemma, t.lemma === 'expel' ? `${after} ${before}` : after, far))
    if (contextual) {
      // "Czechia and Albania upgraded their ties": both ways, as a meeting is.
      const mutual = (contextual === 'supports' && /\b(ties|relations)\b/.test(after)) || /^(fight|exchange|trade)$/.test(t.lemma)
      out.push({ type: contextual, reading: mutual ? 'mutual' : 'active', at: i })
      continue
    }
    // "sent in his warplanes to Palestinian police stations", "dispatched troops to Iraq": forces sent are
    // no supply, and where they go is no target the text names (a show of force against one is read above).
    if (/^(send|dispatch|rush)$/.test(t.lemma) && FORCES.test(far)) continue
    const verb = VERBS.find(([re]) => re.test(t.lemma))
    // "gave his backing": the same event said twice, by the light verb and its object.
    const previous = out[out.length - 1]
    if (verb && !(previous && previous.type === verb[1] && previous.reading !== 'noun' && i - previous.at <= 3))
      out.push({ type: verb[1], reading: verb[2], at: i })
  }
  return out
}
