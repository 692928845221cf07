// Returns: published, true when generation $gen of the stored rankings became the one read: $keys maps
// each set of bases (index: the set's mask - 1) to the ranking stored for it, and the graph version
// they were computed for ($version) is stamped, so the ranking endpoint can tell it is fresh. A generation older
// than the one already published (a recompute that finished after a newer one) is not published.
// The first SET takes the meta node's write lock before the published generation is read, so two
// recomputes publishing at once cannot both read the old value (a lost update).
MATCH (m:GraphMeta {id: 'graph'})
SET m.rankingPublishing = $gen
WITH m, coalesce(m.rankingGeneration, 0) < $gen AS newer
FOREACH (_ IN CASE WHEN newer THEN [1] ELSE [] END |
  SET m.rankingVersion = $version, m.rankingModel = $model, m.rankingGeneration = $gen, m.rankingKeys = $keys)
REMOVE m.rankingPublishing
RETURN newer AS published
