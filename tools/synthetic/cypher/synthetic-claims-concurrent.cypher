// Returns: row (the index in $claims) and error of each claim whose inner transaction did not commit (a
// deadlock with another, most likely: claims of one source link the same actors); nothing when all
// committed. Creates what synthetic-claims creates, row for row (its header says what a row holds), in
// inner transactions of $rows rows, $concurrency of them at a time: CALL IN CONCURRENT TRANSACTIONS,
// which runs only in an auto-commit transaction. A failed batch is rolled back whole; the others stay.
UNWIND range(0, size($claims) - 1) AS i
CALL (i) {
  WITH $claims[i] AS c
  MATCH (s:Source) WHERE elementId(s) = c[1]
  CREATE (n:Claim {id: c[0], sourceId: s.id, statement: c[2], quote: c[3], assertedBy: c[4], hedge: c[5],
                   confidence: $confidence[c[5]], about: c[6], when: c[9][0], whenStart: c[9][1], whenEnd: c[9][2],
                   contrastsWith: c[10], relationIds: c[11], relationKeys: c[12], searchText: toLower(c[2] + '|' + c[3])})
  CREATE (n)-[:FROM]->(s)
  WITH n, c
  CALL (n, c) {
    UNWIND c[7] AS actor
    MATCH (a:Actor) WHERE elementId(a) = actor
    CREATE (n)-[:ABOUT]->(a)
  }
  CALL (n, c) {
    MATCH (a:Actor) WHERE elementId(a) = c[8]
    CREATE (n)-[:ASSERTED_BY]->(a)
  }
} IN $concurrency CONCURRENT TRANSACTIONS OF $rows ROWS ON ERROR CONTINUE REPORT STATUS AS status
WITH i, status WHERE NOT status.committed
RETURN i AS row, status.errorMessage AS error
