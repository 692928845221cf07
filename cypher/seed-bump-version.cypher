// Returns: version, the graph's new version (it changes whenever a seed changes the graph).
MATCH (m:GraphMeta {id: 'graph'})
SET m.version = m.version + 1, m.seededAt = datetime()
RETURN m.version AS version
