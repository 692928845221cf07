// Returns: claim (all properties) for each id in $ids that exists: the evidence of paths and relations.
MATCH (c:Claim) WHERE c.id IN $ids
RETURN c {.*} AS claim
