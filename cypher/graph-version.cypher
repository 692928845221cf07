// Returns: version, rankingVersion and rankingGeneration of the graph (no row before the first seed).
MATCH (m:GraphMeta {id: 'graph'})
RETURN m.version AS version, m.rankingVersion AS rankingVersion, m.rankingGeneration AS rankingGeneration
