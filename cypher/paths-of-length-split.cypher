// Returns: what paths-of-length returns (hops, score, actors, relations, claims of the $k highest-scoring
// simple paths from $from to $to, same hop rules and filters), for paths of exactly 2 + MAX_HOPS hops:
// here MAX_HOPS is the length of the second half (variants @1..@4 give 3..6 hops, see src/db/cypher.ts).
// The two halves are expanded from both ends and joined on the actor where they meet, so the work
// grows with the square root of the paths a one-sided enumeration walks: two hops out of $from and
// MAX_HOPS hops back from $to, instead of every walk of the full length out of $from. One MATCH, so
// no relation repeats across the halves, as in a single path.
MATCH left = (a:Actor {id: $from})
  ((x:Actor)-[r:RELATION]-(y:Actor)
    WHERE ($anyDirection OR startNode(r) = x OR r.symmetric)
      AND ($types IS NULL OR r.type IN $types)
      AND r.confidence >= $minConfidence
      AND r.basis IN $bases
      AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
      AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
  ){2}
  (m:Actor),
  right = (m)
  ((x2:Actor)-[r2:RELATION]-(y2:Actor)
    WHERE ($anyDirection OR startNode(r2) = x2 OR r2.symmetric)
      AND ($types IS NULL OR r2.type IN $types)
      AND r2.confidence >= $minConfidence
      AND r2.basis IN $bases
      AND ($asOfEnd IS NULL OR r2.validStart IS NULL OR r2.validStart <= $asOfEnd)
      AND ($asOfStart IS NULL OR r2.validEnd IS NULL OR r2.validEnd >= $asOfStart)
  ){MAX_HOPS}
  (b:Actor {id: $to})
USING JOIN ON m
WITH nodes(left) + tail(nodes(right)) AS ns, relationships(left) + relationships(right) AS rs
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH ns, rs, reduce(s = 1.0, rel IN rs | s * coalesce(rel.weight, 1.0) * rel.confidence) AS score
ORDER BY score DESC
LIMIT $k
RETURN size(rs) AS hops, score,
       [n IN ns | n {.id, .name, .kind}] AS actors,
       [rel IN rs | rel {.*, from: startNode(rel).id, to: endNode(rel).id}] AS relations,
       COLLECT { MATCH (c:Claim) WHERE c.id IN reduce(ids = [], rel IN rs | ids + rel.claimIds) RETURN c {.*} } AS claims
