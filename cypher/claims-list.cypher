// Returns: claim (all properties), ordered by id after $after, at most $limit; filters: about actor
// $actor, $hedge, confidence >= $minConfidence, $q (lower-case substring of statement or quote), $sourceId.
MATCH (c:Claim)
WHERE ($after IS NULL OR c.id > $after)
  AND ($actor IS NULL OR $actor IN c.about)
  AND ($hedge IS NULL OR c.hedge = $hedge)
  AND ($minConfidence IS NULL OR c.confidence >= $minConfidence)
  AND ($q IS NULL OR c.searchText CONTAINS $q)
  AND ($sourceId IS NULL OR c.sourceId = $sourceId)
WITH c ORDER BY c.id LIMIT $limit
RETURN c {.*} AS claim
