// Returns: nothing. Index for listing the actors of one kind in id order (actors-list-kind).
CREATE INDEX actor_kind_id IF NOT EXISTS FOR (a:Actor) ON (a.kind, a.id)
