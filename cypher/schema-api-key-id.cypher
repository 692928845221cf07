// Returns: nothing. Unique id for ApiKey nodes: the lookup every request that sends a key makes.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE
