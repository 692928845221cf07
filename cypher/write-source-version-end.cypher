// Returns: version of each record ended. A retraction ends the record of the source's current version
// (knownUntil: now); the record stays, so the versions list keeps it.
MATCH (v:SourceVersion {sourceId: $sourceId})
WHERE v.knownUntil IS NULL
SET v.knownUntil = datetime.transaction()
RETURN v.version AS version
