// Returns: relation (all properties plus from and to ids) that a source other than the first calls
// $id (a merged relation goes by the first source's id; the others' ids are in relationIds), or no row.
MATCH (s:Source) WHERE $id IN s.relationIds
MATCH (a:Actor)-[r:RELATION]->(b:Actor)
WHERE r.key IN s.relationKeys AND $id IN r.relationIds
RETURN r {.*, from: a.id, to: b.id} AS relation
LIMIT 1
