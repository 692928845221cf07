// Returns: actor (id, name, kind), score, reach of actors of $kind (null: all) in the stored ranking of
// the set of bases whose index is $slot, ordered by score descending then id, skipping $offset, at
// most $limit; with the graph and ranking versions.
MATCH (m:GraphMeta {id: 'graph'})
MATCH (a:Actor)
WHERE $kind IS NULL OR a.kind = $kind
WITH m, a, coalesce(a.influenceScores[$slot], 0.0) AS score
ORDER BY score DESC, a.id ASC
SKIP $offset LIMIT $limit
RETURN a {.id, .name, .kind} AS actor, score, coalesce(a.influenceReaches[$slot], 0) AS reach,
       m.version AS graphVersion, m.rankingVersion AS rankingVersion
