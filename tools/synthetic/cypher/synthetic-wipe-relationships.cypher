// Returns: deleted, how many relationships this transaction deleted (at most $limit). The loader's
// --wipe repeats it until it deletes none: relationships go first, in bounded transactions, because a
// DETACH DELETE of the hubs of a million-relation graph holds millions of deletions in one transaction
// (more than Neo4j's transaction memory allows).
MATCH ()-[r]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
