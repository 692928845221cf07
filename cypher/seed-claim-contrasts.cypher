// Returns: nothing. Links claims that dispute or stand against each other; both stay, side by side.
// $pairs are this source's (its claims' contrastsWith) and the claims of other sources that name one of
// its claims (seed-contrast-namers, read before the load cleared them, which cut those links).
UNWIND $pairs AS p
MATCH (a:Claim {id: p.from}), (b:Claim {id: p.to})
MERGE (a)-[:CONTRASTS_WITH]->(b)
