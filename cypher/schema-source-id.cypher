// Returns: nothing. Unique id for Source nodes (also the index MERGE and lookups use).
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE
