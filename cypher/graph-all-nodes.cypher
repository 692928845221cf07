// Returns: id of every actor, most connected first (its relations of $types (null: all) with
// confidence >= $minConfidence, basis in $bases, valid at some point of [$asOfStart, $asOfEnd] (nulls: no time
// filter), either direction), then by id; at most $limit rows.
// Known-at variant (known:<name>, src/db/cypher.ts): the same over the history, as recorded at $knownAt.
MATCH (a:Actor)
//+known WHERE KNOWN_ACTOR(a)
WITH a, COUNT {
  (a)-[r:RELATION]-(:Actor)
  WHERE ($types IS NULL OR r.type IN $types)
    AND r.confidence >= $minConfidence
    AND r.basis IN $bases //+known AND RECORDED(r)
    AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
    AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
} AS degree
ORDER BY degree DESC, a.id
LIMIT $limit
RETURN a.id AS id
