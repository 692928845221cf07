// Returns: score, chains and top (the $k strongest chains with actors, relations and claims) of the
// influence of actor $from over actor $to: every simple chain of depends-on relations from $to (the
// dependent) to $from (the provider), at most MAX_HOPS hops (load-time variant: src/db/cypher.ts),
// with confidence >= $minConfidence, basis in $bases and valid within [$asOfStart, $asOfEnd] (nulls: no
// time filter). strength(chain) = $decay^(hops-1) * product of weight * confidence * $basisWeights[basis];
// score = 1 - product of (1 - strength).
OPTIONAL MATCH p = (t:Actor {id: $to})
  ((x:Actor)-[r:RELATION]->(y:Actor)
    WHERE r.type = 'depends-on'
      AND r.confidence >= $minConfidence
      AND r.basis IN $bases
      AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
      AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
  ){1,MAX_HOPS}
  (f:Actor {id: $from})
WITH p, nodes(p) AS ns, relationships(p) AS rs
WHERE p IS NULL OR all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH p, ns, rs,
     CASE WHEN p IS NULL THEN 0.0
          ELSE $decay ^ (length(p) - 1) * reduce(s = 1.0, rel IN rs | s * coalesce(rel.weight, 0.0) * rel.confidence * $basisWeights[rel.basis])
     END AS strength
ORDER BY strength DESC, length(p) ASC
WITH collect(CASE WHEN p IS NULL THEN null ELSE {hops: length(p), strength: strength, ns: ns, rs: rs} END) AS chains
RETURN 1.0 - reduce(acc = 1.0, c IN chains | acc * (1.0 - c.strength)) AS score,
       size(chains) AS chainCount,
       [c IN chains[0..$k] | {
          hops: c.hops,
          score: c.strength,
          actors: [n IN c.ns | n {.id, .name, .kind}],
          relations: [rel IN c.rs | rel {.*, from: startNode(rel).id, to: endNode(rel).id}],
          claims: COLLECT { MATCH (cl:Claim) WHERE cl.id IN reduce(ids = [], rel IN c.rs | ids + rel.claimIds) RETURN cl {.*} }
       }] AS top
