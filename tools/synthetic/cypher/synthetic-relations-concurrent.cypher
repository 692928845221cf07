// Returns: row (the index in $relations) and error of each relation whose inner transaction did not
// commit (a deadlock with another on a shared actor, most likely); nothing when all committed. Creates
// what synthetic-relations creates, row for row (its header says what a row holds), in inner
// transactions of $rows rows, $concurrency of them at a time: CALL IN CONCURRENT TRANSACTIONS, which
// runs only in an auto-commit transaction. A failed batch is rolled back whole; the others stay.
UNWIND range(0, size($relations) - 1) AS i
CALL (i) {
  WITH $relations[i] AS r
  MATCH (a:Actor) WHERE elementId(a) = r[0]
  MATCH (b:Actor) WHERE elementId(b) = r[1]
  CREATE (a)-[rel:RELATION]->(b)
  SET rel = r[2]
} IN $concurrency CONCURRENT TRANSACTIONS OF $rows ROWS ON ERROR CONTINUE REPORT STATUS AS status
WITH i, status WHERE NOT status.committed
RETURN i AS row, status.errorMessage AS error
