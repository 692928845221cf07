// Returns: nothing. Index on a claim record's source: a write ends the records of its source's claims by it.
CREATE INDEX known_claim_source IF NOT EXISTS FOR (c:KnownClaim) ON (c.sourceId)
