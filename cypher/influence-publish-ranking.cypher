// Returns: nothing. Makes generation $gen of the stored rankings the one read: $keys maps each set of
// bases (index: the set's mask - 1) to the ranking stored for it, and the graph version they were
// computed for is stamped, so the ranking endpoint can tell it is fresh.
MATCH (m:GraphMeta {id: 'graph'})
SET m.rankingVersion = m.version, m.rankingModel = $model, m.rankingGeneration = $gen, m.rankingKeys = $keys
