// Returns: key, id, corroboration and contributions (JSON strings, one per source) of every stored
// relation whose key is in $keys (what the source now says) or in the relationKeys of source
// $sourceId (what it said before).
OPTIONAL MATCH (s:Source {id: $sourceId})
WITH coalesce(s.relationKeys, []) + $keys AS keys
MATCH ()-[r:RELATION]->()
WHERE r.key IN keys
RETURN DISTINCT r.key AS key, r.id AS id, r.corroboration AS corroboration, r.contributions AS contributions
