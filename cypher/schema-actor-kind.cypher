// Returns: nothing. Index for listing actors of one kind.
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)
