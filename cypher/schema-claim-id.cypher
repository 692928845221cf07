// Returns: nothing. Unique id for Claim nodes (also the index MERGE and lookups use).
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE
