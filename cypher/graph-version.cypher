// Returns: version, rankingVersion, rankingGeneration and rankingModel (the model the stored ranking was
// computed with, as JSON) of the graph (no row before the first seed).
MATCH (m:GraphMeta {id: 'graph'})
RETURN m.version AS version, m.rankingVersion AS rankingVersion, m.rankingGeneration AS rankingGeneration,
       m.rankingModel AS rankingModel
