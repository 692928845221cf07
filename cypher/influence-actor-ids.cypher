// Returns: id of every actor.
MATCH (a:Actor)
RETURN a.id AS id
