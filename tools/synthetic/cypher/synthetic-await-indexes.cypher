// Returns: nothing. Waits (at most $seconds) until every index is online: the synthetic loader creates
// the schema after the data, so the indexes are populated in bulk and must be ready before queries.
CALL db.awaitIndexes($seconds)
