// Returns: id of every actor whose id is in $ids and already exists (seed files may name actors
// another source defined).
MATCH (a:Actor) WHERE a.id IN $ids
RETURN a.id AS id
