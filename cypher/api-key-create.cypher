// Returns: key (id, name, scope, createdAt) of the API key just stored; only the key's hash is stored.
CREATE (k:ApiKey {id: $id, name: $name, scope: $scope, hash: $hash, createdAt: datetime()})
RETURN k {.id, .name, .scope, .createdAt} AS key
