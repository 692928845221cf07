// Returns: nothing. Deletes every node and relationship, 10,000 nodes per transaction so a graph of a
// million relations never needs one huge transaction (auto-commit only: CALL ... IN TRANSACTIONS).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
