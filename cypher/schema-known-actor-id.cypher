// Returns: nothing. One KnownActor per actor id (the history layer, cypher/known-record.cypher); also the index known-at reads start from.
CREATE CONSTRAINT known_actor_id IF NOT EXISTS FOR (a:KnownActor) REQUIRE a.id IS UNIQUE
