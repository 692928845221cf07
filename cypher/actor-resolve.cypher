// Returns: id and name of the actors whose id, name or alias is $key (lower-cased), ordered by id; at
// most $limit of them (a name shared by many actors must not make one request read them all).
MATCH (:ActorKey {key: $key})-[:NAMES]->(a:Actor)
RETURN a.id AS id, a.name AS name
ORDER BY id
LIMIT $limit
