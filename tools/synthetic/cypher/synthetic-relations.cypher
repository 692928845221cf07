// Returns: nothing. Creates relations of a synthetic graph with the properties seed-relations sets: a
// row of $relations is [0] from node, [1] to node (elementIds), [2] the relation's properties as
// src/seed/merge-relations.ts derives them from its one contribution (nulls left out).
UNWIND $relations AS r
MATCH (a:Actor) WHERE elementId(a) = r[0]
MATCH (b:Actor) WHERE elementId(b) = r[1]
CREATE (a)-[rel:RELATION]->(b)
SET rel = r[2]
