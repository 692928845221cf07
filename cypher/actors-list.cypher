// Returns: actor (id, name, kind, aliases, description, iso3, wikidata, roles), ordered by id, at most
// $limit rows after the id $after ('' for the first page). The id index serves both the range and the
// order (a range seek, no sort): no `$after IS NULL OR …`, which would hide the range from the planner.
// A kind filter goes to actors-list-kind, a search to actors-search.
MATCH (a:Actor)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN a {.id, .name, .kind, .aliases, .description, .iso3, .wikidata,
          roles: [(a)-[h:HOLDS_ROLE]->(o) | {title: h.title, of: o.id}]} AS actor
