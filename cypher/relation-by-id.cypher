// Returns: relation (all properties plus from and to ids) with this id, or no row.
MATCH (a:Actor)-[r:RELATION {id: $id}]->(b:Actor)
RETURN r {.*, from: a.id, to: b.id} AS relation
