// Returns: deleted, how many nodes this transaction deleted (at most $limit); run after
// synthetic-wipe-relationships, so every node left is bare. The loader's --wipe repeats it until it
// deletes none.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
