// Returns: nothing. After a bulk import only: the importer cannot store an empty list (it leaves the
// property absent), while the driver path stores []. Sets each claim's absent contrastsWith to [] in one
// pass over the claims, committing every $rows rows: CALL IN TRANSACTIONS, which runs only in an
// auto-commit transaction.
MATCH (n:Claim) WHERE n.contrastsWith IS NULL
CALL (n) {
  SET n.contrastsWith = []
} IN TRANSACTIONS OF $rows ROWS
