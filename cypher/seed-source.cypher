// Returns: nothing. Creates or updates the Source node with its metadata and text.
MERGE (s:Source {id: $source.id})
SET s = $source
