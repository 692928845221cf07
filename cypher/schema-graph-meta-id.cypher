// Returns: nothing. Unique id for the GraphMeta node: with it, the MERGE in seed-lock-graph is atomic
// across transactions, so two first seeds at once create one meta node and queue on its lock
// instead of each creating (and locking) a meta node of its own.
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE
