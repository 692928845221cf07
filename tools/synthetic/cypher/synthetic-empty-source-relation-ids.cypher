// Returns: filled, how many Source nodes of this transaction (at most $limit) got an empty relationIds list.
// After a bulk import only: the importer cannot store an empty list (it leaves the property absent),
// while the driver path stores []; repeated until it fills none.
MATCH (n:Source) WHERE n.relationIds IS NULL
WITH n LIMIT $limit
SET n.relationIds = []
RETURN count(*) AS filled
