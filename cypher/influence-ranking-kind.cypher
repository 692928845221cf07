// Returns: actor (id, name, kind), score, reach of the actors of $kind in the stored ranking of the
// set of bases whose index is $slot, ranked among their kind after $offset in rank order, at most
// $limit; with the graph version the ranking was computed for (rankingVersion, as in
// influence-ranking). The (gen, key, kind, kindRank) index serves the range and the order (subquery
// ordered by the whole index key, as in influence-ranking).
MATCH (m:GraphMeta {id: 'graph'})
CALL (m) {
  MATCH (r:Rank)
  WHERE r.gen = m.rankingGeneration AND r.key = m.rankingKeys[$slot] AND r.kind = $kind AND r.kindRank > $offset
  RETURN r ORDER BY r.gen, r.key, r.kind, r.kindRank LIMIT $limit
}
MATCH (a:Actor {id: r.actor})
RETURN a {.id, .name, .kind} AS actor, r.score AS score, r.reach AS reach, m.rankingVersion AS graphVersion
