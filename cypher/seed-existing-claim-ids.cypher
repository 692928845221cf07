// Returns: id of every claim whose id is in $ids and already exists (a claim may stand against a
// claim of another source: contrastsWith).
MATCH (c:Claim) WHERE c.id IN $ids
RETURN c.id AS id
