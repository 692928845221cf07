// Returns: nothing. Removes the claims, relations, deals and roles a source contributed, so the load
// that follows in the same transaction re-creates exactly what its file says.
CALL () {
  MATCH ()-[r:RELATION|HOLDS_ROLE {sourceId: $sourceId}]->()
  DELETE r
}
CALL () {
  MATCH (n:Claim|Deal {sourceId: $sourceId})
  DETACH DELETE n
}
