// Returns: from (dependent), to (provider), basis, strength (weight * confidence) and claims (the ids of
// the claims it cites) of every depends-on relation with confidence >= $minConfidence: the input of the stored rankings, one per set of bases
// (src/queries/ranking.ts weighs and filters them by basis).
MATCH (a:Actor)-[r:RELATION {type: 'depends-on'}]->(b:Actor)
WHERE r.confidence >= $minConfidence
RETURN a.id AS from, b.id AS to, r.basis AS basis, coalesce(r.weight, 0.0) * r.confidence AS strength, r.claimIds AS claims
