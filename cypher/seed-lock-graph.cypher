// Returns: version, the graph's version before this seed. Writing the meta node takes the graph-wide
// write lock first, so two seeds at once run one after the other instead of interleaving. The
// unique constraint on GraphMeta.id (schema-graph-meta-id) makes the MERGE safe on an empty graph.
MERGE (m:GraphMeta {id: 'graph'})
ON CREATE SET m.version = 0
SET m.lockedAt = timestamp()
RETURN m.version AS version
