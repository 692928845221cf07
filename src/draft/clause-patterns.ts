// The wording patterns readClause (clauses.ts) reads a clause with: how parties are grouped, where an
// object or a subject stands, how a statement is hedged. Kept apart so that the reading stays readable.
import type { Hedge } from '../model/vocabulary.js'

/**
 * Between two parties of one group: commas, "and" ("And" in wire copy: "the U.S. And Japan"), and the titles
 * of the next ("former US President").
 */
export const COORDINATION =
  /^\s*,?\s*((([Aa]nd|[Oo]r|&|as well as)\s+(the\s+)?((former|then|late|current)\s+)?(\p{Lu}[\p{L}.]*\s+)*)|(the\s+)?((former|then|late|current)\s+(\p{Lu}[\p{L}.]*\s+)*)?)$/u
export const DIRECT =
  /^\s*((the|a|an|its|their|his|her|on|upon|of|with|against|sanctions|sanction|\p{Ll}+ly)\s+)*((the\s+)?(\p{Ll}+\s+){0,2}(alliance|partnership|ties|relationship|cooperation|deal|talks)\s+(between|of|with)\s+)?((\p{Lu}\p{Ll}+\s+)?(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Sheikh|Prince|Crown Prince|Foreign Minister|Defen[cs]e Minister)\s+)?$/u
export const POSSESSOR = /^(?:[’']s?(\s+[\p{Ll}-]+){0,2}\s*|,\s*(?:a|an|the)?\s*([\p{Ll}-]+\s+){0,2})$/u
export const LOCATION = /\b(in|at|near|across|around|outside|along)\s+(the\s+)?((north|south|east|west|central)[\p{L}-]*\s+)?$/iu
/**
 * Between a preposition and its party: an article, or the people who stand for it ("held talks with
 * leaders of Romania's new government", "met their Japanese counterparts" is a demonym already).
 */
export const PREP_OBJECT =
  /^\s*((the|their|its|his|her)\s+)?((\p{Ll}+\s+)?(leaders?|officials?|representatives?|envoys?|delegations?|ministers?|diplomats?|authorities|government|leadership|president|prime minister|king|emir)\s+(of|from)\s+(the\s+)?)?$/u
/** People "in" a place stand for it: "officials in Seoul". */
export const PEOPLE_IN =
  /\b(officials?|authorities|leaders?|diplomats?|government|sources|spokes(man|woman|person)|forces|troops|police|army|military)\s+in\s+(the\s+)?$/i
/** A preposition before a party makes it a modifier of the noun before: "the sides of Cyprus". */
export const MODIFIER = /\b(of|from|for|with|between|among|against|to|on|over|about|into)\s+((the|a|an)\s+)?$/i
/** Between a party and the head of its apposition: "Pakistan, a key U.S. ally …, has refused". */
export const APPOSITION = /^\s*,\s+(a|an|the)\s[^,;]*$/
/** "…, a declaration that alarms": a relative clause on a noun in apposition to the clause before. */
export const RELATIVE = /,\s+(a|an|the)\s+([\p{Ll}-]+\s+){1,3}(that|which)\s+$/u
/** Before the first party of a clause: a few words, no break ("The", "On Tuesday"). */
export const CLAUSE_OPENING = /^[^,;:]{0,30}$/
/**
 * "Uganda sheltered the rebels and attacked the camps": a second verb joined by "and" shares the first
 * verb's subject, not the object just before it.
 */
export const SHARED_SUBJECT = /\s(?:and|but|or)\s+(?:then\s+|also\s+|later\s+)?$/
export const NEGATION = /^(not|never|no|neither|nor|refrain|n't)$/
/** A plan just before the trigger: "is to recall", "is expected to condemn", "plans to". */
export const PLANNED =
  /\b(plans?|planned|planning|intends?|intended|intending|expected|set|due|poised|scheduled|preparing|prepares|going|is|are|was|were)\s+to\s+(\p{Ll}+\s+){0,2}$/u
/** A condition before the trigger: the sentence opens with one, or the clause states one. */
export const CONDITION = /^\s*(if|unless|should|provided)\b|\b(if|unless)\b[^,;]*$/i
export const ORDER: Hedge[] = ['denied', 'doubted', 'speculative', 'likely', 'apparent', 'reported']
/** Verbs that carry an event noun: "lodged a protest with", "launched an attack on", "imposed an embargo on". */
export const LIGHT_VERB =
  /^(lodge|launch|issue|make|file|impose|carry|mount|stage|deliver|express|voice|level|send|give|announce|reach|conclude|hold|seal|strike|open|begin|start|conduct|pay|complete|speed|accelerate|finish|wage)$/
/** Types whose object news names loosely: the first party after the verb, in the same clause. */
export const LOOSE = new Set<string>([
  'accuses',
  'demands',
  'rejects',
  'agrees-with',
  'consults',
  'aids',
  'attacks',
  'coerces',
  'restricts-exports-to',
  'threatens',
  'sanctions',
  'supports',
  'concedes-to',
  'retreats-from',
])
/**
 * Between a loose verb and its object: words, no clause break, a short stretch. "demanded that Sweden
 * expel" names its object; "demanded that Hamas renounce its struggle against Israel" does not: past
 * "that", "which", "if" … begins another clause, whose parties are not the verb's.
 */
export const LOOSE_GAP =
  /^(?:\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?that\s+(?:the\s+)?|(?![\s\S]*\b(?:that|which|who|whom|whose|if|unless|when|where|because|while|alongside|beside|together)\b)[^,;:()"“”]{0,80})$/
/** A threat's gap: a loose one, and the condition it sets ("… if the United States goes ahead"). */
export const THREAT_GAP =
  /^(?![\s\S]*\b(?:that|which|who|whom|whose|when|where|because|while|alongside|beside|together)\b)[^,;:()"“”]{0,80}$/
/** After an event noun: the event did not take place, or is called an invention. */
export const NEVER_HAPPENED =
  /\b(never|not|n't)\s+(\p{L}+\s+)?(happen(ed)?|occur(red)?|t[ao]ke?n? place|took place|exist(ed)?)\b|\b(is|was|were|are)\s+(an?\s+)?(\p{L}+\s+)?(fabrication|fiction|myth|lie|hoax|invention)\b/u
/** A denial or a doubt after the statement: "…, a claim Moscow denied", "…, an allegation Beijing disputes". */
export const DENIED_AFTER =
  /,\s+(?:a|an)\s+(?:claim|allegation|charge|accusation|report)\s+(?:that\s+|which\s+)?(?:\S+\s+){1,4}?(?:has\s+|have\s+)?(denied|denies|deny|rejected|rejects|dismissed|dismisses|disputed|disputes|doubted|doubts|questioned|questions)\b/
/** Others' view said in their voice: "Many experts trace…", "analysts believe…". */
export const OTHERS_SAY =
  /\b(experts?|analysts?|observers?|scholars?|critics?|commentators?|officials?|diplomats?|sources?)\s+(\p{Ll}+\s+)?(say|says|said|believe|believes|argue|argues|trace|traces|think|note|notes|suggest|suggests|contend|see|view|consider|expect)\b/iu
