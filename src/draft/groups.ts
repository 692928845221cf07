// Groups a text names by their state without being it: "Rwandan rebels", "Palestinian militants",
// "Ivory Coast rebels", "a terror group based in Trinidad". Each becomes an actor of kind `group` that
// holds a role in its state, titled by the noun ("rebels" of Rwanda), the way CAMEO and PLOVER code an
// actor as a country and a sector (RWAREB). The group's acts are its own: no relation of the state is
// drafted from them, the state is named only by the role.
import type { Mention } from './gazetteer.js'
import { slug } from './ids.js'

export interface Group {
  id: string
  name: string
  /** The state the text ties the group to, and the noun that makes it a group: the role's `of` and `title`. */
  state: string
  title: string
  mention: Mention
}

/** After a state's name or demonym, people against or apart from it: "a Moroccan opposition leader", "Syrian rebels". */
const GROUP_NOUN =
  /^\s+(opposition|rebels?|dissidents?|insurgents?|guerrillas?|separatists?|exiles?|émigrés?|emigres?|militants?|militias?|militiamen|gunmen|extremists?|nationalists?|hardliners|mob|(?:suicide\s+)?bombers?|hijackers?|terrorists?|group|movement|faction)(?:\s+(?:groups?|factions?|movements?))?\b/i
/** After a demonym, a people within the state: "Iraqi Kurds", "Bosnian Serbs", "Lebanese Christians". */
const PEOPLE_NOUN =
  /^\s+(Kurds|Serbs|Croats|Albanians|Tamils|Shiites|Shias|Sunnis|Muslims|Christians|Jews|Hindus|Sikhs|Druze|Maronites|Pashtuns|Uighurs|Uyghurs|Tibetans|Baluchis|Berbers|Tuaregs|Hutus|Tutsis)\b/
/** A proper name right after a group's noun: "Hamas" in "the Palestinian group Hamas". */
const OWN_NAME = /^\s+\p{Lu}[\p{L}-]*(\s+\p{Lu}[\p{L}-]*){0,2}(?![\p{L}])/u
/** A group phrase before "based in" a state: "a terror group based in Trinidad", "rebels based in Sudan". */
const BASED_IN =
  /(?:^|[^\p{L}])((?:an?|the)\s+)?((?:[\p{Ll}-]+\s+){0,2}(?:group|faction|movement|organi[sz]ation|cell|network|militia|rebels|militants|insurgents|guerrillas))\s+based\s+in\s+$/du

/**
 * The groups among a text's mentions of states, and the mentions they replace: the state's own mention
 * inside a group's name is no party of the sentence.
 */
export function groupsIn(text: string, mentions: Mention[], isState: (id: string) => boolean): Group[] {
  const out: Group[] = []
  for (const m of mentions) {
    if (!isState(m.actorId)) continue
    const noun = text.slice(m.end, m.end + 24)
    const after = GROUP_NOUN.exec(noun) ?? (m.via === 'demonym' ? PEOPLE_NOUN.exec(noun) : null)
    if (after) {
      // "the radical Palestinian group Hamas": the group's own name after the noun is part of it.
      const own = /^(group|movement|faction)$/i.test(after[1] as string) ? OWN_NAME.exec(text.slice(m.end + after[0].length)) : null
      const end = m.end + after[0].length + (own?.[0].length ?? 0)
      const name = text.slice(m.start, end)
      out.push({
        id: slug(name),
        name,
        state: m.actorId,
        title: (after[1] as string).toLowerCase(),
        mention: { actorId: slug(name), start: m.start, end, via: 'name' },
      })
      continue
    }
    const from = Math.max(0, m.start - 60)
    const before = BASED_IN.exec(text.slice(from, m.start))
    if (before) {
      const phrase = before[2] as string
      const start = from + ((before.indices as RegExpIndicesArray)[2] as [number, number])[0]
      const name = `${phrase} based in ${text.slice(m.start, m.end)}`
      out.push({
        id: slug(name),
        name,
        state: m.actorId,
        title: phrase.split(/\s+/).pop() as string,
        mention: { actorId: slug(name), start, end: m.end, via: 'name' },
      })
    }
  }
  return out
}
