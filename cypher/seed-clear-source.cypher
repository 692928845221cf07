// Returns: nothing. Removes the claims, deals and roles a source contributed, so the load that follows
// in the same transaction re-creates exactly what its file says. Relations are shared by sources:
// the loader takes this source's part out of each and derives it again (seed-relations-touched);
// only a relation stored before relations had a key (one source, no contributions) goes here.
CALL () {
  MATCH ()-[r:HOLDS_ROLE {sourceId: $sourceId}]->()
  DELETE r
}
CALL () {
  MATCH ()-[r:RELATION {sourceId: $sourceId}]->()
  WHERE r.key IS NULL
  DELETE r
}
CALL () {
  MATCH (n:Claim|Deal {sourceId: $sourceId})
  DETACH DELETE n
}
