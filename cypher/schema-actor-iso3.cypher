// Returns: nothing. Index for /actors/{id} given an ISO 3166-1 code (/actors/PRK).
CREATE INDEX actor_iso3 IF NOT EXISTS FOR (a:Actor) ON (a.iso3)
