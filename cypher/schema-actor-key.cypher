// Returns: nothing. Unique key for ActorKey nodes (also the index MERGE and lookups use).
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:ActorKey) REQUIRE n.key IS UNIQUE
