// Returns: deleted, the number of Rank nodes deleted (at most $limit) of generations before the one
// published: the rankings it replaced, and what a recompute that lost the race to a newer one wrote.
MATCH (m:GraphMeta {id: 'graph'})
MATCH (r:Rank)
WHERE r.gen < m.rankingGeneration
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
