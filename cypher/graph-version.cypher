// Returns: version and rankingVersion of the graph (no row before the first seed).
MATCH (m:GraphMeta {id: 'graph'})
RETURN m.version AS version, m.rankingVersion AS rankingVersion
