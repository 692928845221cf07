// Returns: filled, how many Actor nodes of this transaction (at most $limit) got an empty tableNames list.
// After a bulk import only: the importer cannot store an empty list (it leaves the property absent),
// while the driver path stores []; repeated until it fills none.
MATCH (n:Actor) WHERE n.tableNames IS NULL
WITH n LIMIT $limit
SET n.tableNames = []
RETURN count(*) AS filled
