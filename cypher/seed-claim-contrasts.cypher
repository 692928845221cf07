// Returns: nothing. Links claims that dispute or stand against each other; both stay, side by side.
UNWIND $pairs AS p
MATCH (a:Claim {id: p.from}), (b:Claim {id: p.to})
MERGE (a)-[:CONTRASTS_WITH]->(b)
