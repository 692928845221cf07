// Returns: nothing. Index on a relation record's merge key: a write ends the records of the relations it touched by it.
CREATE INDEX known_relation_key IF NOT EXISTS FOR ()-[r:KNOWN_RELATION]-() ON (r.key)
