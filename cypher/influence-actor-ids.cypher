// Returns: id and kind of every actor.
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind
