// Returns: relations, claims: how many relation states and claims it recorded (both 0 when there was
// nothing to do). Begins the history of what was written before writes kept one (cypher/known-record.cypher):
// each current source version the history does not hold yet gets its actors' mentions, and each claim and
// relation of a current source version without a current record is recorded, as known from now (the
// transaction's instant): the history cannot say what was known before it began. Run by every seed
// (`npm run seed`, `npm start`); once a graph's history has begun it finds nothing. A graph no source
// version was ever recorded for (the synthetic loader's) is left alone, and so is a relation stored before
// relations had a key (cypher/seed-clear-source.cypher).
CALL () {
  MATCH (v:SourceVersion)
  WHERE v.knownUntil IS NULL AND NOT EXISTS { (v)-[:VERSION_MENTIONS]->() }
  MATCH (:Source {id: v.sourceId})-[:MENTIONS]->(a:Actor)
  MERGE (k:KnownActor {id: a.id})
  SET k.name = a.name, k.kind = a.kind, k.aliases = a.aliases
  MERGE (v)-[:VERSION_MENTIONS]->(k)
}
CALL () {
  MATCH (v:SourceVersion)
  WHERE v.knownUntil IS NULL
  MATCH (c:Claim {sourceId: v.sourceId})
  WHERE NOT EXISTS { MATCH (old:KnownClaim {id: c.id}) WHERE old.recordedUntil IS NULL }
  CREATE (k:KnownClaim)
  SET k = properties(c), k.recordedFrom = datetime.transaction()
  RETURN count(k) AS claims
}
CALL () {
  MATCH (v:SourceVersion)
  WHERE v.knownUntil IS NULL
  MATCH (:Source {id: v.sourceId})
  WITH collect(v.sourceId) AS current
  MATCH (a:Actor)-[r:RELATION]->(b:Actor)
  WHERE r.key IS NOT NULL AND any(id IN coalesce(r.sources, [r.sourceId]) WHERE id IN current)
    AND NOT EXISTS { MATCH ()-[old:KNOWN_RELATION {key: r.key}]->() WHERE old.recordedUntil IS NULL }
  MERGE (ka:KnownActor {id: a.id})
  ON CREATE SET ka.name = a.name, ka.kind = a.kind, ka.aliases = a.aliases
  MERGE (kb:KnownActor {id: b.id})
  ON CREATE SET kb.name = b.name, kb.kind = b.kind, kb.aliases = b.aliases
  CREATE (ka)-[h:KNOWN_RELATION]->(kb)
  SET h = properties(r), h.recordedFrom = datetime.transaction()
  RETURN count(h) AS relations
}
RETURN relations, claims
