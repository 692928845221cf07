// Returns: actor (id, name, kind, aliases, description, iso3, wikidata, roles) whose id, name or alias contains $q
// (lower-case substring of searchText), ordered by id, at most $limit rows after the id $after;
// $kind filters. Apart from actors-list because `$q IS NULL OR …` keeps the planner off the text index.
MATCH (a:Actor)
WHERE a.searchText CONTAINS $q
  AND ($after IS NULL OR a.id > $after)
  AND ($kind IS NULL OR a.kind = $kind)
WITH a ORDER BY a.id LIMIT $limit
RETURN a {.id, .name, .kind, .aliases, .description, .iso3, .wikidata,
          roles: [(a)-[h:HOLDS_ROLE]->(o) | {title: h.title, of: o.id}]} AS actor
