// Returns: relation (all properties plus from and to ids) touching actor $id, outgoing, incoming or
// both ($direction), optionally of one $type, ordered by relation id after $after, at most $limit.
// Known-at variant (known:<name>, src/db/cypher.ts): the same over the history, as recorded at $knownAt.
MATCH (a:Actor {id: $id})-[r:RELATION]-(b:Actor)
WHERE ($direction = 'both'
       OR ($direction = 'out' AND startNode(r) = a)
       OR ($direction = 'in' AND endNode(r) = a))
  AND ($type IS NULL OR r.type = $type)
  AND ($after IS NULL OR r.id > $after) //+known AND RECORDED(r)
WITH DISTINCT r ORDER BY r.id LIMIT $limit
RETURN r {.*, from: startNode(r).id, to: endNode(r).id} AS relation
