// Returns: one row, paths: the $k best simple paths from actor $from to actor $to (ids, different) of
// at most MAX_HOPS hops (a load-time variant, see src/db/cypher.ts), each {hops, score, actors,
// relations, claims}; no row when either id is unknown. $strongest false: the first $k by
// (hops asc, score desc); true: by (score desc, hops asc); paths that tie come in no set order. score = product of coalesce(weight, 1) *
// confidence over the hops. A hop follows a relation from its start to its end, or either way when the
// relation is symmetric or $anyDirection; only relations of $types (all when $allTypes), with
// confidence >= $minConfidence, basis in $bases and valid at some point of [$asOfStart, $asOfEnd] (ISO
// days; any time when $anyTime). No parameter is ever null, so every request of one variant shares one
// plan: planning this statement takes about a second (several on a cold, loaded JVM), and Neo4j plans
// anew for each combination of parameter types; the flags spare reading properties no filter needs.
//
// One statement for every length, so one round trip for the paths. Each length is read on its own, shortest first, as
// two halves walked from both ends and joined where they meet (the work grows with the square root of
// what walking from one end costs); the best $k of each length are kept. For rank=shortest a length is
// read only while fewer than $k paths are found; rank=strongest reads every length. A length no one
// reads costs nothing: each is a subquery behind a guard on what was found before it; the lengths past
// a variant's MAX_HOPS are not even in its text (`// hops >= K` … `// end hops`, see src/db/cypher.ts).
// Known-at variant (known:<name>, src/db/cypher.ts): the same over the history, as recorded at $knownAt.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b //+known AND KNOWN_ACTOR(a) AND KNOWN_ACTOR(b)
CALL (a, b) {
  // 1 hop: the relations between the two.
  CALL (a, b) {
    MATCH p = (a)
      ((x:Actor)-[r:RELATION]-(y:Actor)
        WHERE ($anyDirection OR startNode(r) = x OR r.symmetric)
          AND ($allTypes OR r.type IN $types) AND r.confidence >= $minConfidence AND r.basis IN $bases //+known AND RECORDED(r)
          AND ($anyTime OR coalesce(r.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r.validEnd, $asOfStart) >= $asOfStart)){1}
      (b)
    WITH nodes(p) AS ns, relationships(p) AS rs
    WITH ns, rs, reduce(acc = 1.0, rel IN rs | acc * coalesce(rel.weight, 1.0) * rel.confidence) AS score
    ORDER BY score DESC
    LIMIT $k
    RETURN collect({hops: 1, score: score, ns: ns, rs: rs}) AS found
  }
  // hops >= 2
  // 2 hops: one out of a, one back from b, joined where they meet.
  CALL (a, b, found) {
    WITH * WHERE $strongest OR size(found) < $k
    MATCH left = (a)
      ((x:Actor)-[r:RELATION]-(y:Actor)
        WHERE ($anyDirection OR startNode(r) = x OR r.symmetric)
          AND ($allTypes OR r.type IN $types) AND r.confidence >= $minConfidence AND r.basis IN $bases //+known AND RECORDED(r)
          AND ($anyTime OR coalesce(r.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r.validEnd, $asOfStart) >= $asOfStart)){1}
      (m:Actor),
      right = (m)
      ((x2:Actor)-[r2:RELATION]-(y2:Actor)
        WHERE ($anyDirection OR startNode(r2) = x2 OR r2.symmetric)
          AND ($allTypes OR r2.type IN $types) AND r2.confidence >= $minConfidence AND r2.basis IN $bases //+known AND RECORDED(r2)
          AND ($anyTime OR coalesce(r2.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r2.validEnd, $asOfStart) >= $asOfStart)){1}
      (b)
    USING JOIN ON m
    WITH nodes(left) + tail(nodes(right)) AS ns, relationships(left) + relationships(right) AS rs
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
    WITH ns, rs, reduce(acc = 1.0, rel IN rs | acc * coalesce(rel.weight, 1.0) * rel.confidence) AS score
    ORDER BY score DESC
    LIMIT $k
    RETURN collect({hops: 2, score: score, ns: ns, rs: rs}) AS more
  }
  WITH a, b, found + more AS found
  // end hops
  // hops >= 3
  // Longer paths: the longer half of an odd length is walked from the end whose neighbours have
  // fewer relations (u: a when fwd, else b; v the other), so a hub is never the start of the longer half.
  CALL (a, b, found) {
    WITH * WHERE $strongest OR size(found) < $k
    UNWIND [a, b] AS side
    MATCH (side)-[:RELATION]-(m)
    RETURN sum(CASE side WHEN a THEN 1 ELSE -1 END * COUNT { (m)-[:RELATION]-() }) <= 0 AS fwd
  }
  WITH CASE WHEN fwd THEN a ELSE b END AS u, CASE WHEN fwd THEN b ELSE a END AS v, fwd, found, 3 AS fromHops
  // 3 hops: 2 out of u, 1 back from v.
  CALL (u, v, fwd, found, fromHops) {
    WITH * WHERE fromHops <= 3 AND ($strongest OR size(found) < $k)
    MATCH left = (u)
      ((x:Actor)-[r:RELATION]-(y:Actor)
        WHERE ($anyDirection OR startNode(r) = CASE WHEN fwd THEN x ELSE y END OR r.symmetric)
          AND ($allTypes OR r.type IN $types) AND r.confidence >= $minConfidence AND r.basis IN $bases //+known AND RECORDED(r)
          AND ($anyTime OR coalesce(r.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r.validEnd, $asOfStart) >= $asOfStart)){2}
      (m:Actor),
      right = (m)
      ((x2:Actor)-[r2:RELATION]-(y2:Actor)
        WHERE ($anyDirection OR startNode(r2) = CASE WHEN fwd THEN x2 ELSE y2 END OR r2.symmetric)
          AND ($allTypes OR r2.type IN $types) AND r2.confidence >= $minConfidence AND r2.basis IN $bases //+known AND RECORDED(r2)
          AND ($anyTime OR coalesce(r2.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r2.validEnd, $asOfStart) >= $asOfStart)){1}
      (v)
    USING JOIN ON m
    WITH nodes(left) + tail(nodes(right)) AS ns, relationships(left) + relationships(right) AS rs
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
    WITH ns, rs, reduce(acc = 1.0, rel IN rs | acc * coalesce(rel.weight, 1.0) * rel.confidence) AS score
    ORDER BY score DESC
    LIMIT $k
    RETURN collect({hops: 3, score: score, ns: CASE WHEN fwd THEN ns ELSE reverse(ns) END, rs: CASE WHEN fwd THEN rs ELSE reverse(rs) END}) AS more
  }
  WITH u, v, fwd, fromHops, found + more AS found
  // end hops
  // hops >= 4
  // Nothing within 3 hops: the fewest hops, if any within MAX_HOPS, by Neo4j's bidirectional search,
  // before longer walks are enumerated.
  CALL (u, v, fwd, found) {
    WITH * WHERE size(found) = 0
    MATCH p = SHORTEST 1 (u)
      ((x:Actor)-[r:RELATION]-(y:Actor)
        WHERE ($anyDirection OR startNode(r) = CASE WHEN fwd THEN x ELSE y END OR r.symmetric)
          AND ($allTypes OR r.type IN $types) AND r.confidence >= $minConfidence AND r.basis IN $bases //+known AND RECORDED(r)
          AND ($anyTime OR coalesce(r.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r.validEnd, $asOfStart) >= $asOfStart)){1,MAX_HOPS}
      (v)
    RETURN min(length(p)) AS fewest
  }
  WITH u, v, fwd, found, CASE WHEN size(found) > 0 THEN 4 ELSE coalesce(fewest, MAX_HOPS + 1) END AS fromHops
  // 4 hops: 2 out of u, 2 back from v.
  CALL (u, v, fwd, found, fromHops) {
    WITH * WHERE fromHops <= 4 AND ($strongest OR size(found) < $k)
    MATCH left = (u)
      ((x:Actor)-[r:RELATION]-(y:Actor)
        WHERE ($anyDirection OR startNode(r) = CASE WHEN fwd THEN x ELSE y END OR r.symmetric)
          AND ($allTypes OR r.type IN $types) AND r.confidence >= $minConfidence AND r.basis IN $bases //+known AND RECORDED(r)
          AND ($anyTime OR coalesce(r.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r.validEnd, $asOfStart) >= $asOfStart)){2}
      (m:Actor),
      right = (m)
      ((x2:Actor)-[r2:RELATION]-(y2:Actor)
        WHERE ($anyDirection OR startNode(r2) = CASE WHEN fwd THEN x2 ELSE y2 END OR r2.symmetric)
          AND ($allTypes OR r2.type IN $types) AND r2.confidence >= $minConfidence AND r2.basis IN $bases //+known AND RECORDED(r2)
          AND ($anyTime OR coalesce(r2.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r2.validEnd, $asOfStart) >= $asOfStart)){2}
      (v)
    USING JOIN ON m
    WITH nodes(left) + tail(nodes(right)) AS ns, relationships(left) + relationships(right) AS rs
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
    WITH ns, rs, reduce(acc = 1.0, rel IN rs | acc * coalesce(rel.weight, 1.0) * rel.confidence) AS score
    ORDER BY score DESC
    LIMIT $k
    RETURN collect({hops: 4, score: score, ns: CASE WHEN fwd THEN ns ELSE reverse(ns) END, rs: CASE WHEN fwd THEN rs ELSE reverse(rs) END}) AS more
  }
  WITH u, v, fwd, fromHops, found + more AS found
  // end hops
  // hops >= 5
  // 5 hops: 3 out of u, 2 back from v.
  CALL (u, v, fwd, found, fromHops) {
    WITH * WHERE fromHops <= 5 AND ($strongest OR size(found) < $k)
    MATCH left = (u)
      ((x:Actor)-[r:RELATION]-(y:Actor)
        WHERE ($anyDirection OR startNode(r) = CASE WHEN fwd THEN x ELSE y END OR r.symmetric)
          AND ($allTypes OR r.type IN $types) AND r.confidence >= $minConfidence AND r.basis IN $bases //+known AND RECORDED(r)
          AND ($anyTime OR coalesce(r.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r.validEnd, $asOfStart) >= $asOfStart)){3}
      (m:Actor),
      right = (m)
      ((x2:Actor)-[r2:RELATION]-(y2:Actor)
        WHERE ($anyDirection OR startNode(r2) = CASE WHEN fwd THEN x2 ELSE y2 END OR r2.symmetric)
          AND ($allTypes OR r2.type IN $types) AND r2.confidence >= $minConfidence AND r2.basis IN $bases //+known AND RECORDED(r2)
          AND ($anyTime OR coalesce(r2.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r2.validEnd, $asOfStart) >= $asOfStart)){2}
      (v)
    USING JOIN ON m
    WITH nodes(left) + tail(nodes(right)) AS ns, relationships(left) + relationships(right) AS rs
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
    WITH ns, rs, reduce(acc = 1.0, rel IN rs | acc * coalesce(rel.weight, 1.0) * rel.confidence) AS score
    ORDER BY score DESC
    LIMIT $k
    RETURN collect({hops: 5, score: score, ns: CASE WHEN fwd THEN ns ELSE reverse(ns) END, rs: CASE WHEN fwd THEN rs ELSE reverse(rs) END}) AS more
  }
  WITH u, v, fwd, fromHops, found + more AS found
  // end hops
  // hops >= 6
  // 6 hops: 3 out of u, 3 back from v.
  CALL (u, v, fwd, found, fromHops) {
    WITH * WHERE fromHops <= 6 AND ($strongest OR size(found) < $k)
    MATCH left = (u)
      ((x:Actor)-[r:RELATION]-(y:Actor)
        WHERE ($anyDirection OR startNode(r) = CASE WHEN fwd THEN x ELSE y END OR r.symmetric)
          AND ($allTypes OR r.type IN $types) AND r.confidence >= $minConfidence AND r.basis IN $bases //+known AND RECORDED(r)
          AND ($anyTime OR coalesce(r.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r.validEnd, $asOfStart) >= $asOfStart)){3}
      (m:Actor),
      right = (m)
      ((x2:Actor)-[r2:RELATION]-(y2:Actor)
        WHERE ($anyDirection OR startNode(r2) = CASE WHEN fwd THEN x2 ELSE y2 END OR r2.symmetric)
          AND ($allTypes OR r2.type IN $types) AND r2.confidence >= $minConfidence AND r2.basis IN $bases //+known AND RECORDED(r2)
          AND ($anyTime OR coalesce(r2.validStart, $asOfEnd) <= $asOfEnd AND coalesce(r2.validEnd, $asOfStart) >= $asOfStart)){3}
      (v)
    USING JOIN ON m
    WITH nodes(left) + tail(nodes(right)) AS ns, relationships(left) + relationships(right) AS rs
    WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
    WITH ns, rs, reduce(acc = 1.0, rel IN rs | acc * coalesce(rel.weight, 1.0) * rel.confidence) AS score
    ORDER BY score DESC
    LIMIT $k
    RETURN collect({hops: 6, score: score, ns: CASE WHEN fwd THEN ns ELSE reverse(ns) END, rs: CASE WHEN fwd THEN rs ELSE reverse(rs) END}) AS more
  }
  WITH u, v, fwd, fromHops, found + more AS found
  // end hops
  UNWIND found AS f
  WITH f
  ORDER BY CASE WHEN $strongest THEN 0 ELSE f.hops END, f.score DESC, f.hops
  LIMIT $k
  RETURN collect({
    hops: f.hops,
    score: f.score,
    actors: [n IN f.ns | n {.id, .name, .kind}],
    relations: [rel IN f.rs | rel {.*, from: startNode(rel).id, to: endNode(rel).id}],
    claims: COLLECT {
      MATCH (c:Claim)
      WHERE c.id IN reduce(ids = [], rel IN f.rs | ids + rel.claimIds) //+known AND RECORDED(c)
      RETURN c {.*}
    }
  }) AS paths
}
RETURN paths
