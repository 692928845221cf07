// Returns: actor (id, name, kind, aliases, description, iso3, wikidata, roles) with this id, or no row.
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, .aliases, .description, .iso3, .wikidata,
          roles: [(a)-[h:HOLDS_ROLE]->(o) | {title: h.title, of: o.id}]} AS actor
