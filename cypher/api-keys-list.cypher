// Returns: key (id, name, scope, createdAt, revokedAt) of every API key, oldest first; never a hash.
MATCH (k:ApiKey)
RETURN k {.id, .name, .scope, .createdAt, .revokedAt} AS key
ORDER BY k.createdAt, k.id
