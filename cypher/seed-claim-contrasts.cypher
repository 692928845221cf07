// Returns: nothing. Links claims that dispute or stand against each other; both stay, side by side.
// $pairs are this source's (its claims' contrastsWith); the second part re-links claims of other
// sources whose contrastsWith names one of this source's $claimIds, since clearing it cut those links.
// Those claims are found by the full-text index over contrastsWith (schema-claim-contrasts: each id one
// keyword, looked up as a quoted term), not by reading every claim; the list itself has the last word.
CALL () {
  UNWIND $pairs AS p
  MATCH (a:Claim {id: p.from}), (b:Claim {id: p.to})
  MERGE (a)-[:CONTRASTS_WITH]->(b)
}
CALL () {
  UNWIND $claimIds AS target
  CALL db.index.fulltext.queryNodes('claim_contrasts', '"' + replace(replace(target, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
  WITH a, target
  WHERE target IN a.contrastsWith
  MATCH (b:Claim {id: target})
  MERGE (a)-[:CONTRASTS_WITH]->(b)
}
