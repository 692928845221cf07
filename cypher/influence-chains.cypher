// Returns: score, chainCount, channelCount and top (the $k strongest chains with actors, relations and claims) of the
// influence of actor $from over actor $to: every simple chain of depends-on relations from $to (the
// dependent) to $from (the provider), at most MAX_HOPS hops (load-time variant: src/db/cypher.ts),
// with confidence >= $minConfidence, basis in $bases and valid within [$asOfStart, $asOfEnd] (nulls: no
// time filter); chains of equal strength and length come in no set order. strength(chain) = $decay^(hops-1) * product of weight * confidence * $basisWeights[basis].
// Model 1.2: chains that cite a common claim (directly or through other chains) are one channel, which
// counts its strongest chain; score = 1 - product over channels of (1 - that strength). The channels are
// built in one pass over the chains, strongest first: a chain joins (and merges) every channel whose
// claims it shares, or opens one.
// Known-at variant (known:<name>, src/db/cypher.ts): the same over the history, as recorded at $knownAt.
OPTIONAL MATCH p = (t:Actor {id: $to})
  ((x:Actor)-[r:RELATION]->(y:Actor)
    WHERE r.type = 'depends-on'
      AND r.confidence >= $minConfidence
      AND r.basis IN $bases //+known AND RECORDED(r)
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
WITH collect(CASE WHEN p IS NULL THEN null ELSE {
       hops: length(p), strength: strength, ns: ns, rs: rs, claims: reduce(ids = [], rel IN rs | ids + rel.claimIds)
     } END) AS chains
WITH chains, reduce(channels = [], c IN chains |
       [g IN channels WHERE none(id IN c.claims WHERE id IN g.claims)] +
       [{claims: reduce(ids = c.claims, g IN channels | CASE WHEN any(id IN c.claims WHERE id IN g.claims) THEN ids + g.claims ELSE ids END),
         strength: reduce(s = c.strength, g IN channels | CASE WHEN g.strength > s AND any(id IN c.claims WHERE id IN g.claims) THEN g.strength ELSE s END)}]
     ) AS channels
RETURN 1.0 - reduce(acc = 1.0, g IN channels | acc * (1.0 - g.strength)) AS score,
       size(chains) AS chainCount,
       size(channels) AS channelCount,
       [c IN chains[0..$k] | {
          hops: c.hops,
          score: c.strength,
          actors: [n IN c.ns | n {.id, .name, .kind}],
          relations: [rel IN c.rs | rel {.*, from: startNode(rel).id, to: endNode(rel).id}],
          claims: COLLECT {
            MATCH (cl:Claim)
            WHERE cl.id IN reduce(ids = [], rel IN c.rs | ids + rel.claimIds) //+known AND RECORDED(cl)
            RETURN cl {.*}
          }
       }] AS top
