// Returns: hops, the length of the shortest path from $from to $to within MAX_HOPS hops (a load-time
// variant: see src/db/cypher.ts), or no row when there is none. A shortest walk never revisits an
// actor, so this is also the shortest simple path. Same hop rules and filters as paths-of-length.
MATCH p = SHORTEST 1 (a:Actor {id: $from})
  ((x:Actor)-[r:RELATION]-(y:Actor)
    WHERE ($anyDirection OR startNode(r) = x OR r.symmetric)
      AND ($types IS NULL OR r.type IN $types)
      AND r.confidence >= $minConfidence
      AND r.basis IN $bases
      AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
      AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
  ){1,MAX_HOPS}
  (b:Actor {id: $to})
RETURN length(p) AS hops
