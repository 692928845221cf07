// Returns: nodes (id, name, kind, aliases and degree: its relations in the subgraph) of the actors
// whose ids are in $ids, ordered by id; edges (relation properties plus from and to ids), ordered by
// id; and relationCount, the relations of the subgraph. The subgraph holds the relations between
// two actors of $ids, of $types (null: all), with confidence >= $minConfidence, basis in $bases and valid at some
// point of [$asOfStart, $asOfEnd] (nulls: no time filter). Each actor ranks its subgraph relations
// by coalesce(weight, 0) desc, confidence desc, id; an edge is returned when it is among the first
// $limitPerNode of both its ends (two votes: seeds refuse a relation from an actor to itself), so no
// actor has more than $limitPerNode edges.
// Known-at variant (known:<name>, src/db/cypher.ts): the same over the history, as recorded at $knownAt.
MATCH (a:Actor)
WHERE a.id IN $ids
CALL (a) {
  MATCH (a)-[r:RELATION]-(b:Actor)
  WHERE b.id IN $ids
    AND ($types IS NULL OR r.type IN $types)
    AND r.confidence >= $minConfidence
    AND r.basis IN $bases //+known AND RECORDED(r)
    AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
    AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
  WITH DISTINCT r
  ORDER BY coalesce(r.weight, 0.0) DESC, r.confidence DESC, r.id
  RETURN count(r) AS degree, collect(r)[..$limitPerNode] AS top
}
WITH a, degree, top ORDER BY a.id
WITH collect({node: a {.id, .name, .kind, .aliases, degree: degree}, top: top}) AS ns
RETURN [n IN ns | n.node] AS nodes,
       COLLECT {
         UNWIND ns AS n
         UNWIND n.top AS r
         WITH r, count(*) AS votes
         WHERE votes = 2
         RETURN r {.*, from: startNode(r).id, to: endNode(r).id} AS edge
         ORDER BY edge.id
       } AS edges,
       COUNT {
         (x:Actor)-[r:RELATION]->(y:Actor)
         WHERE x.id IN $ids AND y.id IN $ids
           AND ($types IS NULL OR r.type IN $types)
           AND r.confidence >= $minConfidence
           AND r.basis IN $bases //+known AND RECORDED(r)
           AND ($asOfEnd IS NULL OR r.validStart IS NULL OR r.validStart <= $asOfEnd)
           AND ($asOfStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $asOfStart)
       } AS relationCount
