// Returns: nothing. Index on relation type, for listing relations of one type.
CREATE INDEX relation_type IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.type)
