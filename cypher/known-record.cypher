// Returns: nothing. Records what a write changed in the history that known-at reads answer from
// (docs/model.md, "The graph as it was known"), at the transaction's time: the actors source $sourceId
// mentions now (a KnownActor each, kept for good, with the name, kind and aliases last written) and the
// mentions of its current version, when it has one; its claims (the records of the claims it had end,
// the claims it has now are recorded); and the relations of $keys (the records of their states end, the
// state each has now is recorded). Runs last in the write's transaction, after the graph and the
// source's version record are written; an unchanged put writes nothing, so it records nothing.
CALL () {
  MATCH (:Source {id: $sourceId})-[:MENTIONS]->(a:Actor)
  MERGE (k:KnownActor {id: a.id})
  SET k.name = a.name, k.kind = a.kind, k.aliases = a.aliases
  WITH k
  MATCH (v:SourceVersion {sourceId: $sourceId})
  WHERE v.knownUntil IS NULL
  MERGE (v)-[:VERSION_MENTIONS]->(k)
}
CALL () {
  MATCH (old:KnownClaim {sourceId: $sourceId})
  WHERE old.recordedUntil IS NULL
  SET old.recordedUntil = datetime.transaction()
}
CALL () {
  MATCH (c:Claim {sourceId: $sourceId})
  CREATE (k:KnownClaim)
  SET k = properties(c), k.recordedFrom = datetime.transaction()
}
CALL () {
  MATCH ()-[old:KNOWN_RELATION]->()
  WHERE old.key IN $keys AND old.recordedUntil IS NULL
  SET old.recordedUntil = datetime.transaction()
}
CALL () {
  MATCH (a:Actor)-[r:RELATION]->(b:Actor)
  WHERE r.key IN $keys
  MERGE (ka:KnownActor {id: a.id})
  ON CREATE SET ka.name = a.name, ka.kind = a.kind, ka.aliases = a.aliases
  MERGE (kb:KnownActor {id: b.id})
  ON CREATE SET kb.name = b.name, kb.kind = b.kind, kb.aliases = b.aliases
  CREATE (ka)-[h:KNOWN_RELATION]->(kb)
  SET h = properties(r), h.recordedFrom = datetime.transaction()
}
