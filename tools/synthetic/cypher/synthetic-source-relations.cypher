// Returns: nothing. Stores on each source of $sources (s.id) the relation ids it states and their
// merge keys (s.relationIds, s.relationKeys, in the order of its relations), as seed-source does:
// a later seed of that source reads them to know what it contributed.
UNWIND $sources AS s
MATCH (n:Source {id: s.id})
SET n.relationIds = s.relationIds, n.relationKeys = s.relationKeys
