// Returns: deleted, the number of Rank nodes of generations before $gen deleted (at most $limit):
// the rankings a newer generation replaced.
MATCH (r:Rank)
WHERE r.gen < $gen
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
