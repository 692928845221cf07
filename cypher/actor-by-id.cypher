// Returns: actor (id, name, kind, aliases, description, roles) with this id, or no row.
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, .aliases, .description,
          roles: [(a)-[h:HOLDS_ROLE]->(o) | {title: h.title, of: o.id}]} AS actor
