// Returns: relations, claims: how many relation states and claims it recorded (both 0 when there was
// nothing to do). Begins the history of what was written before writes kept one (cypher/known-record.cypher):
// each current source version with no mentions in the history yet gets its actors' mentions, and its
// source's claims and relations (by the source's relationKeys, an index seek each) that have no current
// record are recorded, as known from now (the transaction's instant): the history cannot say what was
// known before it began. Run by every seed and start (src/write/seed-files.ts); once a graph's history has
// begun it reads the current source versions and stops. A graph no source version was ever recorded for
// (the synthetic loader's) is left alone, and so is a relation stored before relations had a key.
MATCH (v:SourceVersion)
WHERE v.knownUntil IS NULL AND NOT EXISTS { (v)-[:VERSION_MENTIONS]->() }
MATCH (s:Source {id: v.sourceId})
CALL (v, s) {
  MATCH (s)-[:MENTIONS]->(a:Actor)
  MERGE (k:KnownActor {id: a.id})
  SET k.name = a.name, k.kind = a.kind, k.aliases = a.aliases
  MERGE (v)-[:VERSION_MENTIONS]->(k)
}
WITH collect(s) AS sources
CALL (sources) {
  UNWIND sources AS s
  MATCH (c:Claim {sourceId: s.id})
  WHERE NOT EXISTS { MATCH (old:KnownClaim {id: c.id}) WHERE old.recordedUntil IS NULL }
  CREATE (k:KnownClaim)
  SET k = properties(c), k.recordedFrom = datetime.transaction()
  RETURN count(k) AS claims
}
CALL (sources) {
  // Distinct keys first: two sources that share a relation record it once.
  UNWIND sources AS s
  UNWIND coalesce(s.relationKeys, []) AS key
  WITH DISTINCT key
  MATCH (a:Actor)-[r:RELATION {key: key}]->(b:Actor)
  WHERE NOT EXISTS { MATCH ()-[old:KNOWN_RELATION {key: key}]->() WHERE old.recordedUntil IS NULL }
  MERGE (ka:KnownActor {id: a.id})
  ON CREATE SET ka.name = a.name, ka.kind = a.kind, ka.aliases = a.aliases
  MERGE (kb:KnownActor {id: b.id})
  ON CREATE SET kb.name = b.name, kb.kind = b.kind, kb.aliases = b.aliases
  CREATE (ka)-[h:KNOWN_RELATION]->(kb)
  SET h = properties(r), h.recordedFrom = datetime.transaction()
  RETURN count(h) AS relations
}
RETURN relations, claims
