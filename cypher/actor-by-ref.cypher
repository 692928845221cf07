// Returns: actor (id, name, kind, aliases, description, iso3, wikidata, roles) whose id is $id, or
// whose ISO 3166-1 code is $iso3, or whose Wikidata QID is $qid (each may be null); at most one row,
// the id first.
CALL () {
  MATCH (a:Actor {id: $id})
  RETURN a, 0 AS rank
  UNION
  MATCH (a:Actor {iso3: $iso3})
  RETURN a, 1 AS rank
  UNION
  MATCH (a:Actor {wikidata: $qid})
  RETURN a, 2 AS rank
}
WITH a ORDER BY rank, a.id LIMIT 1
RETURN a {.id, .name, .kind, .aliases, .description, .iso3, .wikidata,
          roles: [(a)-[h:HOLDS_ROLE]->(o) | {title: h.title, of: o.id}]} AS actor
