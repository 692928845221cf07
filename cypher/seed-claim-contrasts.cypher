// Returns: nothing. Links claims that dispute or stand against each other; both stay, side by side.
// $pairs are this source's (its claims' contrastsWith); the second part re-links claims of other
// sources whose contrastsWith names one of this source's $claimIds, since clearing it cut those links.
CALL () {
  UNWIND $pairs AS p
  MATCH (a:Claim {id: p.from}), (b:Claim {id: p.to})
  MERGE (a)-[:CONTRASTS_WITH]->(b)
}
CALL () {
  MATCH (a:Claim)
  WHERE any(id IN a.contrastsWith WHERE id IN $claimIds)
  UNWIND [id IN a.contrastsWith WHERE id IN $claimIds] AS target
  MATCH (b:Claim {id: target})
  MERGE (a)-[:CONTRASTS_WITH]->(b)
}
