// Returns: nothing. Index on a relation's merge key (type, ends, kind or commodity, start): the loader
// finds the relation a source's statement joins by it (src/seed/merge-relations.ts).
CREATE INDEX relation_key IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.key)
