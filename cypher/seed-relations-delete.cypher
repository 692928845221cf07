// Returns: nothing. Deletes the relations of these $keys; seed-relations re-creates those that still
// have a contribution, derived again from all of them (src/seed/merge-relations.ts).
MATCH ()-[r:RELATION]->()
WHERE r.key IN $keys
DELETE r
