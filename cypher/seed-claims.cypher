// Returns: nothing. Creates the claims of a source with their links: FROM the source, ABOUT actors,
// ASSERTED_BY a named actor when there is one.
MATCH (s:Source {id: $sourceId})
UNWIND $claims AS c
CREATE (n:Claim)
SET n = c
CREATE (n)-[:FROM]->(s)
WITH n
CALL (n) {
  UNWIND n.about AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (n)-[:ABOUT]->(a)
}
CALL (n) {
  MATCH (a:Actor {id: n.assertedBy})
  CREATE (n)-[:ASSERTED_BY]->(a)
}
