// Returns: nothing. Index to find all claims of a source.
CREATE INDEX claim_source IF NOT EXISTS FOR (c:Claim) ON (c.sourceId)
