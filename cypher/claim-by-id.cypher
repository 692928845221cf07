// Returns: claim (all properties) with this id, or no row.
MATCH (c:Claim {id: $id})
RETURN c {.*} AS claim
