// Returns: key (id, name, revokedAt) of the API key with this id, revoked now unless it was already, and alreadyRevoked; or no row.
MATCH (k:ApiKey {id: $id})
WITH k, k.revokedAt IS NOT NULL AS alreadyRevoked
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.id, .name, .revokedAt} AS key, alreadyRevoked
