// Returns: hops, score, actors, relations and claims of the $k simple paths from
// $from to $to of at most MAX_HOPS hops (a load-time variant: see src/db/cypher.ts) with the highest
// score = product of coalesce(weight, 1) * confidence over the hops. Same hop rules and filters as
// paths-strongest. Enumerates every candidate path: bounded by MAX_HOPS and the transaction timeout.
MATCH p = (a:Actor {id: $from})
  ((x:Actor)-[r:RELATION]-(y:Actor)
    WHERE ($anyDirection OR startNode(r) = x OR r.symmetric)
      AND ($types IS NULL OR r.type IN $types)
      AND r.confidence >= $minConfidence
      AND r.basis IN $bases
      AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
      AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
  ){1,MAX_HOPS}
  (b:Actor {id: $to})
WITH p, nodes(p) AS ns, relationships(p) AS rs
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH p, ns, rs, reduce(s = 1.0, rel IN rs | s * coalesce(rel.weight, 1.0) * rel.confidence) AS score
ORDER BY score DESC, length(p) ASC
LIMIT $k
RETURN length(p) AS hops, score,
       [n IN ns | n {.id, .name, .kind}] AS actors,
       [rel IN rs | rel {.*, from: startNode(rel).id, to: endNode(rel).id}] AS relations,
       COLLECT { MATCH (c:Claim) WHERE c.id IN reduce(ids = [], rel IN rs | ids + rel.claimIds) RETURN c {.*} } AS claims
