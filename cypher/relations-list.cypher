// Returns: relation (all properties plus from and to ids), optionally from actor $from, to actor $to,
// of one $type, ordered by relation id after $after, at most $limit.
// Known-at variant (known:<name>, src/db/cypher.ts): the same over the history, as recorded at $knownAt.
MATCH (a:Actor)-[r:RELATION]->(b:Actor)
WHERE ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
  AND ($type IS NULL OR r.type = $type)
  AND ($after IS NULL OR r.id > $after) //+known AND RECORDED(r)
WITH r, a, b ORDER BY r.id LIMIT $limit
RETURN r {.*, from: a.id, to: b.id} AS relation
