// Returns: nothing. Deals: one exchange whose sides are relations (their ids in relationIds).
MATCH (s:Source {id: $sourceId})
UNWIND $deals AS d
CREATE (n:Deal)
SET n = d
CREATE (n)-[:FROM]->(s)
