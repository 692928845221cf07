// Returns: actor (id, name, kind), score, reach of the stored ranking of the set of bases whose index
// is $slot, the entries ranked after $offset in rank order, at most $limit; with the graph version
// the ranking was computed for (rankingVersion: between a write's commit and the refresh that
// publishes the new ranking, the previous one, so an answer never mixes two versions).
// The ranks are stored (influence-store-ranks), and the (gen, key, rank) index serves both the range
// and the order: a seek of $limit entries, no sort of every actor's score. The seek sits in a
// subquery ordered by the whole index key: so written, the planner reads the index in order.
MATCH (m:GraphMeta {id: 'graph'})
CALL (m) {
  MATCH (r:Rank)
  WHERE r.gen = m.rankingGeneration AND r.key = m.rankingKeys[$slot] AND r.rank > $offset
  RETURN r ORDER BY r.gen, r.key, r.rank LIMIT $limit
}
MATCH (a:Actor {id: r.actor})
RETURN a {.id, .name, .kind} AS actor, r.score AS score, r.reach AS reach, m.rankingVersion AS graphVersion
