// Returns: nothing. After a bulk import only: the importer cannot store an empty list (it leaves the
// property absent), while the driver path stores []. Sets each actor's absent aliases and tableNames to
// [] in one pass over the actors (a present list is set to itself), committing every $rows rows:
// CALL IN TRANSACTIONS, which runs only in an auto-commit transaction.
MATCH (n:Actor) WHERE n.aliases IS NULL OR n.tableNames IS NULL
CALL (n) {
  SET n.aliases = coalesce(n.aliases, []), n.tableNames = coalesce(n.tableNames, [])
} IN TRANSACTIONS OF $rows ROWS
