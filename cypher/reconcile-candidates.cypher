// Returns: queryId and candidates ({id, name, kind, names, exact}) for each query of $queries
// ({id, keys, words, kinds}): actors an ActorKey equal to one of keys names (exact: the query's
// forms, src/reconcile/names.ts), then actors whose searchText contains one of words, of the query's
// kinds when given; exact ones first, then by id; at most $max each.
UNWIND $queries AS q
CALL (q) {
  MATCH (k:ActorKey)-[:NAMES]->(a:Actor)
  WHERE k.key IN q.keys AND (q.kinds IS NULL OR a.kind IN q.kinds)
  RETURN a, 1 AS exact
  UNION
  MATCH (a:Actor)
  WHERE any(w IN q.words WHERE a.searchText CONTAINS w) AND (q.kinds IS NULL OR a.kind IN q.kinds)
  RETURN a, 0 AS exact
}
WITH q, a, max(exact) AS exact
ORDER BY exact DESC, a.id
WITH q, collect({id: a.id, name: a.name, kind: a.kind, names: [a.id, a.name] + a.aliases + coalesce(a.tableNames, []), exact: exact = 1}) AS all
RETURN q.id AS queryId, all[..$max] AS candidates
