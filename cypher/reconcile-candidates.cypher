// Returns: queryId and candidates ({id, name, kind, names, exact}) for each query of $queries
// ({id, text, kinds}): actors an ActorKey equal to text names (exact), then actors whose searchText
// contains text, of the query's kinds when given; exact ones first, then by id; at most $max each.
UNWIND $queries AS q
CALL (q) {
  MATCH (:ActorKey {key: q.text})-[:NAMES]->(a:Actor)
  WHERE q.kinds IS NULL OR a.kind IN q.kinds
  RETURN a, 1 AS exact
  UNION
  MATCH (a:Actor)
  WHERE a.searchText CONTAINS q.text AND (q.kinds IS NULL OR a.kind IN q.kinds)
  RETURN a, 0 AS exact
}
WITH q, a, max(exact) AS exact
ORDER BY exact DESC, a.id
WITH q, collect({id: a.id, name: a.name, kind: a.kind, names: [a.id, a.name] + a.aliases + coalesce(a.tableNames, []), exact: exact = 1}) AS all
RETURN q.id AS queryId, all[..$max] AS candidates
