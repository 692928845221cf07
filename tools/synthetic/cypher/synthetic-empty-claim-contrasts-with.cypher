// Returns: filled, how many Claim nodes of this transaction (at most $limit) got an empty contrastsWith list.
// After a bulk import only: the importer cannot store an empty list (it leaves the property absent),
// while the driver path stores []; repeated until it fills none.
MATCH (n:Claim) WHERE n.contrastsWith IS NULL
WITH n LIMIT $limit
SET n.contrastsWith = []
RETURN count(*) AS filled
