// Returns: id and distance of actor $center (distance 0) and of every actor within MAX_HOPS hops of
// it (a load-time variant: see src/db/cypher.ts), ignoring direction, through relations of $types
// (null: all) with confidence >= $minConfidence, basis in $bases, valid at some point of [$asOfStart, $asOfEnd]
// (nulls: no time filter); nearest first, then by id, at most $limit rows.
// Known-at variant (known:<name>, src/db/cypher.ts): the same over the history, as recorded at $knownAt.
MATCH (c:Actor {id: $center})
//+known WHERE KNOWN_ACTOR(c)
CALL (c) {
  RETURN c.id AS id, 0 AS distance
  UNION
  MATCH p = ANY SHORTEST (c)
    ((x:Actor)-[r:RELATION]-(y:Actor)
      WHERE ($types IS NULL OR r.type IN $types)
        AND r.confidence >= $minConfidence
        AND r.basis IN $bases //+known AND RECORDED(r)
        AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
        AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
    ){1,MAX_HOPS}
    (b:Actor)
  WHERE b <> c
  RETURN b.id AS id, length(p) AS distance
}
WITH id, distance ORDER BY distance, id
LIMIT $limit
RETURN id, distance
