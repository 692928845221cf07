// Returns: actor (id, name, kind), score, reach of actors of $kind (null: all) ordered by stored score
// descending then id, skipping $offset, at most $limit; with the graph and ranking versions.
MATCH (m:GraphMeta {id: 'graph'})
MATCH (a:Actor)
WHERE $kind IS NULL OR a.kind = $kind
WITH m, a ORDER BY coalesce(a.influenceScore, 0.0) DESC, a.id ASC
SKIP $offset LIMIT $limit
RETURN a {.id, .name, .kind} AS actor, coalesce(a.influenceScore, 0.0) AS score, coalesce(a.influenceReach, 0) AS reach,
       m.version AS graphVersion, m.rankingVersion AS rankingVersion
