// Returns: id and name of each actor the history recorded (KnownActor: every actor a write ever recorded,
// those retracted since too) whose id is $ref or whose name, lower-cased, is $key; by id, at most $limit.
// With knownAt, a reference no actor of today's graph answers to may still name one known then.
MATCH (a:KnownActor)
WHERE a.id = $ref OR toLower(a.name) = $key
RETURN a.id AS id, a.name AS name
ORDER BY id
LIMIT $limit
