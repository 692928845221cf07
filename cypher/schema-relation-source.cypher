// Returns: nothing. Index to find (and replace) all relations a source contributed.
CREATE INDEX relation_source IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.sourceId)
