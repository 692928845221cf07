// Returns: nothing. After a bulk import only: the importer cannot store an empty list (it leaves the
// property absent), while the driver path stores []. Sets each source's absent relationIds and
// relationKeys (a source that states no relation) to [] in one pass over the sources (a present list is
// set to itself), committing every $rows rows: CALL IN TRANSACTIONS, which runs only in an auto-commit
// transaction.
MATCH (n:Source) WHERE n.relationIds IS NULL OR n.relationKeys IS NULL
CALL (n) {
  SET n.relationIds = coalesce(n.relationIds, []), n.relationKeys = coalesce(n.relationKeys, [])
} IN TRANSACTIONS OF $rows ROWS
