// Returns: nothing. Removes a retracted source's node, then the actors no source mentions any more
// (only this one did) and the name keys that named only them. Its claims, deals, roles and relations
// went before, in the same transaction (seed-clear-source, seed-relations-delete).
MATCH (s:Source {id: $sourceId})
OPTIONAL MATCH (s)-[:MENTIONS]->(a:Actor)
WITH s, collect(a) AS mentioned
DETACH DELETE s
WITH mentioned
UNWIND mentioned AS a
WITH a
WHERE NOT EXISTS { (:Source)-[:MENTIONS]->(a) } AND NOT EXISTS { (a)-[:RELATION]-() } AND NOT EXISTS { (:Claim)-[:ABOUT|ASSERTED_BY]->(a) }
OPTIONAL MATCH (k:ActorKey)-[:NAMES]->(a)
WITH a, collect(k) AS keys
DETACH DELETE a
WITH keys
UNWIND keys AS k
WITH DISTINCT k
WHERE NOT EXISTS { (k)-[:NAMES]->() }
DELETE k
