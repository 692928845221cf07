// Returns: from (dependent), to (provider) and strength (weight * confidence) of every depends-on
// relation with confidence >= $minConfidence: the input of the stored ranking.
MATCH (a:Actor)-[r:RELATION {type: 'depends-on'}]->(b:Actor)
WHERE r.confidence >= $minConfidence
RETURN a.id AS from, b.id AS to, coalesce(r.weight, 0.0) * r.confidence AS strength
