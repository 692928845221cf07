// Returns: id and name of every actor whose id, name or alias is $key (lower-cased), ordered by id.
MATCH (:ActorKey {key: $key})-[:NAMES]->(a:Actor)
RETURN a.id AS id, a.name AS name
ORDER BY id
