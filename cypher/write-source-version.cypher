// Returns: knownFrom of the new version. Ends the record of the source's current version (knownUntil:
// now) and records version $version (known from now), with its content hash, counts and document.
OPTIONAL MATCH (old:SourceVersion {sourceId: $sourceId})
WHERE old.knownUntil IS NULL
SET old.knownUntil = datetime.transaction()
WITH count(old) AS ended
CREATE (v:SourceVersion {sourceId: $sourceId, version: $version, knownFrom: datetime.transaction(), contentHash: $contentHash,
                         actors: $actors, claims: $claims, relations: $relations, document: $document})
RETURN toString(v.knownFrom) AS knownFrom
