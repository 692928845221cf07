// Returns: filled, how many Source nodes of this transaction (at most $limit) got an empty relationKeys list.
// After a bulk import only: the importer cannot store an empty list (it leaves the property absent),
// while the driver path stores []; repeated until it fills none.
MATCH (n:Source) WHERE n.relationKeys IS NULL
WITH n LIMIT $limit
SET n.relationKeys = []
RETURN count(*) AS filled
