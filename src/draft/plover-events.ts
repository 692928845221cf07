// The wording of PLOVER's CONCEDE, RETREAT, PROTEST and MOBILIZE (docs/model.md, docs/drafts.md): the
// verbs that give `concedes-to`, `retreats-from`, `protests` and `mobilizes-against`, and the place the
// text names as the other end of two of them: a curfew lifted "in Montenegro", troops massed "on the
// border with Kuwait". Those are drafted as readings (`basis: inferred`, with the note below), never as stated.
import type { RelationType } from '../model/vocabulary.js'
import type { Mention } from './gazetteer.js'

/** Verbs that end or ease what their object names: "lifted its embargo", "eased the blockade". */
export const ENDING = /^(lift|end|ease|remove|scrap|relax|halt|stop|withdraw|drop|cancel|terminate|abandon|revoke|rescind)$/
/** Armed forces, weapons or units: what a state masses, deploys or withdraws. */
export const FORCES =
  /^(\S+\s+){0,5}?(troops|forces|soldiers|army|armies|units|tanks|warships|navy|ships|missiles|artillery|divisions|battalions|brigades|reservists|hackers|warplanes|jets|gunships|helicopters|bombers)\b/
/** What binds another's goods or forces (lifting it is PLOVER's RETREAT: CAMEO 085, 0872). */
const MATERIAL_HOLD =
  /^(\S+\s+){0,6}?(sanctions|embargo(es)?|blockade|siege|boycott|(ban|restrictions|curbs|controls) on (\S+\s+)?(arms|sales|exports?|imports?|trade|goods|shipments|flights|oil))\b/
/** Restrictions on people (easing them is PLOVER's CONCEDE: "removing curfews"). */
const ON_PEOPLE = 'curfews?|martial law|state of emergency|emergency (measures|rule|laws?|powers|regulations)|restrictions|curbs|bans?'
const HOLD_ON_PEOPLE = new RegExp(String.raw`^(\S+\s+){0,6}?(${ON_PEOPLE})\b`)
const ACCESS = /^(\S+\s+){0,3}?(delivery|deliveries|aid|relief|convoys|access|entry|inspectors|observers|monitors|peacekeepers)\b/
const CAPTIVES = /^(\S+\s+){0,4}?(prisoners|hostages|captives|detainees|pows|crew|crewmen|fishermen|sailors|soldiers|pilots|nationals)\b/

/**
 * PLOVER's CONCEDE, RETREAT, PROTEST and MOBILIZE (docs/model.md), read off a verb and up to twelve words
 * after it: "lifted a day-old blockade on", "trained hackers capable of cyber warfare against".
 */
export function yielding(lemma: string, far: string): RelationType | undefined {
  if (ENDING.test(lemma) && MATERIAL_HOLD.test(far)) return 'retreats-from'
  if (ENDING.test(lemma) && HOLD_ON_PEOPLE.test(far)) return 'concedes-to'
  // Withdrawing troops is a retreat; withdrawing peacekeepers, observers or an envoy reduces relations (CAMEO 166).
  if (/^(withdraw|pull)$/.test(lemma) && /^(\S+\s+){0,3}?(peacekeep\S*|observers|monitors|inspectors)\b/.test(far)) return 'sanctions'
  if (/^(withdraw|pull|evacuate)$/.test(lemma) && FORCES.test(far)) return 'retreats-from'
  if (/^(release|free|repatriate)$/.test(lemma) && CAPTIVES.test(far)) return 'retreats-from'
  // Letting aid, observers or peacekeepers in: PLOVER's RETREAT "access" (CAMEO 086).
  if (/^(allow|permit|let)$/.test(lemma) && ACCESS.test(far)) return 'retreats-from'
  if (
    lemma === 'pardon' ||
    lemma === 'accede' ||
    (/^(grant|give|offer|declare)$/.test(lemma) && /^(\S+\s+){0,2}?(amnesty|pardons?)\b/.test(far))
  )
    return 'concedes-to'
  if ((/^(yield|bow|capitulate)$/.test(lemma) && /^to\b/.test(far)) || (lemma === 'give' && /^in\s+to\b/.test(far))) return 'concedes-to'
  // People in the street against a party; a diplomatic protest is an accusation (byContext). Not "rallied
  // against the dollar" (a currency), nor "marched against Kuwait" (an army).
  if (/^(demonstrate|riot|picket)$/.test(lemma) && /^(\S+\s+){0,3}?against\b/.test(far)) return 'protests'
  // Forces massed, deployed or readied against a party or on its border, short of using them.
  if (
    /^(mobilize|mobilise|mass|amass|deploy|station|concentrate|reinforce|strengthen|train|ready|send|move|rush|dispatch)$/.test(lemma) &&
    FORCES.test(far) &&
    /\b(against|aimed at|directed at|border|frontier)\b/.test(far)
  )
    return 'mobilizes-against'
  return undefined
}

/** The note of each such relation. */
export const PLACE_READINGS = {
  'concedes-to': 'the restriction eased binds the people of the place the text names: read as a concession to that state',
  'mobilizes-against':
    "forces shown on a state's border: read as a show of force towards that state, which the text does not name as the target",
} as const
type Placed = keyof typeof PLACE_READINGS

/** A restriction that binds the people of a place, then the place: "a night curfew in", "emergency measures on Wednesday in". */
const RESTRICTION_IN = new RegExp(String.raw`\b(${ON_PEOPLE})\s+((on|this|last|early|late)\s+|\p{Lu}\p{Ll}+\s+)*in\s+(the\s+)?$`, 'u')
/** "on the border with Kuwait", "along the frontier with". */
const BORDER_WITH = /\b(border|frontier)\s+with\s+(the\s+)?$/i
/** "the Kuwaiti border", "Kuwait's border". */
const BORDER_AFTER = /^([’']s)?\s+(border|frontier)\b/i

/**
 * The state a relation of `type` reaches as a place, among the mentions after the trigger (which ends
 * at `from`): the first place after "in" past a restriction, or the first state on whose border forces stand.
 * `right` holds the clause's mentions only, and a clause ends at ";" and ":" (clausesOf), so no look
 * passes one; a colon inside a token ("at 05:30") is no clause break and no reason to stop.
 */
export function placeOf(text: string, type: string, from: number, right: Mention[]): (Mention & { type: Placed }) | undefined {
  for (const m of right) {
    const between = text.slice(from, m.start)
    if (type === 'concedes-to' && RESTRICTION_IN.test(between)) return { ...m, type }
    if (type === 'mobilizes-against' && (BORDER_WITH.test(between) || BORDER_AFTER.test(text.slice(m.end, m.end + 12))))
      return { ...m, type }
  }
  return undefined
}
