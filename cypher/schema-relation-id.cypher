// Returns: nothing. Unique id for RELATION relationships, the index relation lookups use.
CREATE CONSTRAINT relation_id IF NOT EXISTS FOR ()-[r:RELATION]-() REQUIRE r.id IS UNIQUE
