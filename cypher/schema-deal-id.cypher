// Returns: nothing. Unique id for Deal nodes (also the index MERGE and lookups use).
CREATE CONSTRAINT deal_id IF NOT EXISTS FOR (n:Deal) REQUIRE n.id IS UNIQUE
