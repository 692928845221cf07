// Returns: nothing. Index on a claim record's id: known-at reads find the claims a relation cites by it.
CREATE INDEX known_claim_id IF NOT EXISTS FOR (c:KnownClaim) ON (c.id)
