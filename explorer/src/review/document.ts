// The document a publish sends (PUT /sources/{id}): the working draft without what was rejected, merged
// actors replaced by their graph actors, and only the actors something kept still names. `itemOf` maps a
// path of it ("relations[2].from", as the seed checker names one) back to the item on the page.
import { type Claim, decisionOf, type Relation, type ReviewState, resolved, type Seed } from './model.js'

export interface Built {
  doc: Seed
  itemOf: (path: string) => string | null
}

export function buildDocument(s: ReviewState): Built {
  const r = (id: string) => resolved(s, id)
  const relations: Relation[] = s.seed.relations
    .filter((x) => decisionOf(s, x.id) !== 'rejected')
    .map((x) => ({ ...x, from: r(x.from), to: r(x.to) }))
  // A deal stands while two of its sides do; otherwise its relations stand alone.
  const deals = s.seed.deals.filter((d) => relations.filter((x) => x.deal === d.id).length >= 2)
  const dealIds = new Set(deals.map((d) => d.id))
  for (const x of relations) if (x.deal !== undefined && !dealIds.has(x.deal)) delete x.deal
  const cited = new Set([...relations.flatMap((x) => x.claims), ...deals.flatMap((d) => d.claims)])
  const allCited = new Set(s.seed.relations.flatMap((x) => x.claims))
  const claims: Claim[] = s.seed.claims
    .filter((c) => cited.has(c.id) || (!allCited.has(c.id) && decisionOf(s, c.id) !== 'rejected'))
    .map((c) => ({
      ...c,
      assertedBy: r(c.assertedBy),
      about: [...new Set(c.about.map(r))],
    }))
  const named = new Set([...claims.flatMap((c) => [...c.about, c.assertedBy]), ...relations.flatMap((x) => [x.from, x.to])])
  const own = new Map(s.seed.actors.filter((a) => !(a.id in s.merges)).map((a) => [a.id, a]))
  // Roles name actors too: follow them until nothing new is named.
  let grew = true
  while (grew) {
    grew = false
    for (const id of [...named]) {
      for (const role of own.get(id)?.roles ?? []) {
        const of = r(role.of)
        if (!named.has(of)) {
          named.add(of)
          grew = true
        }
      }
    }
  }
  const actors = [...own.values()]
    .filter((a) => named.has(a.id))
    .map((a) => ({ ...a, roles: a.roles.map((role) => ({ ...role, of: r(role.of) })) }))
  const doc: Seed = { ...s.seed, actors, claims, relations, deals }
  const lists: Record<string, Array<{ id: string }>> = { actors, claims, relations, deals }
  const itemOf = (path: string) => {
    const m = /^(actors|claims|relations|deals)\[(\d+)\]/.exec(path)
    return m ? (lists[m[1]][Number(m[2])]?.id ?? null) : null
  }
  return { doc, itemOf }
}
