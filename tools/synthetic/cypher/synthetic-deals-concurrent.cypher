// Returns: row (the index in $deals) and error of each deal whose inner transaction did not commit;
// nothing when all committed. Creates what synthetic-deals creates, row for row (its header says what a
// row holds), in inner transactions of $rows rows, $concurrency of them at a time: CALL IN CONCURRENT
// TRANSACTIONS, which runs only in an auto-commit transaction. A failed batch is rolled back whole.
UNWIND range(0, size($deals) - 1) AS i
CALL (i) {
  WITH $deals[i] AS d
  MATCH (s:Source) WHERE elementId(s) = d.source
  CREATE (n:Deal {id: d.id, sourceId: s.id, label: d.label, claimIds: d.claimIds, relationIds: d.relationIds})
  CREATE (n)-[:FROM]->(s)
} IN $concurrency CONCURRENT TRANSACTIONS OF $rows ROWS ON ERROR CONTINUE REPORT STATUS AS status
WITH i, status WHERE NOT status.committed
RETURN i AS row, status.errorMessage AS error
