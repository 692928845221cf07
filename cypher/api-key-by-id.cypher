// Returns: key (id, name, scope, hash, revoked) of the API key with this id, or no row.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .scope, .hash, revoked: k.revokedAt IS NOT NULL} AS key
