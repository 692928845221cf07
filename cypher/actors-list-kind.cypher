// Returns: actor (id, name, kind, aliases, description, iso3, wikidata, roles) of kind $kind, ordered by id, at most
// $limit rows after the id $after ('' for the first page). The (kind, id) index serves the kind, the
// range and the order: a seek, no sort.
MATCH (a:Actor)
WHERE a.kind = $kind AND a.id > $after
WITH a ORDER BY a.kind, a.id LIMIT $limit
RETURN a {.id, .name, .kind, .aliases, .description, .iso3, .wikidata,
          roles: [(a)-[h:HOLDS_ROLE]->(o) | {title: h.title, of: o.id}]} AS actor
