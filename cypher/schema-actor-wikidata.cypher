// Returns: nothing. Index for /actors/{id} given a Wikidata QID (/actors/Q423).
CREATE INDEX actor_wikidata IF NOT EXISTS FOR (a:Actor) ON (a.wikidata)
