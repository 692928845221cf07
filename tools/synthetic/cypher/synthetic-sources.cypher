// Returns: id and node (its elementId) of each Source created from $sources, a synthetic graph's
// sources with the properties seed-source sets; the loader links claims to them by node.
UNWIND $sources AS s
CREATE (n:Source)
SET n = s
RETURN n.id AS id, elementId(n) AS node
