// Returns: actor (id, name, kind, aliases, description, iso3, wikidata, roles), ordered by id, at most $limit rows
// after the id $after; $kind filters. A search (q) goes to actors-search instead.
MATCH (a:Actor)
WHERE ($after IS NULL OR a.id > $after)
  AND ($kind IS NULL OR a.kind = $kind)
WITH a ORDER BY a.id LIMIT $limit
RETURN a {.id, .name, .kind, .aliases, .description, .iso3, .wikidata,
          roles: [(a)-[h:HOLDS_ROLE]->(o) | {title: h.title, of: o.id}]} AS actor
