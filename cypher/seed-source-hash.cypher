// Returns: contentHash of the stored source (null when it was never loaded).
OPTIONAL MATCH (s:Source {id: $sourceId})
RETURN s.contentHash AS contentHash
