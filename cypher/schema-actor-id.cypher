// Returns: nothing. Unique id for Actor nodes (also the index MERGE and lookups use).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE
