// Returns: version, knownFrom, knownUntil (null while current), contentHash and the counts of actors,
// claims and relations of every recorded version of source $id, oldest first.
MATCH (v:SourceVersion {sourceId: $id})
RETURN v.version AS version, toString(v.knownFrom) AS knownFrom, toString(v.knownUntil) AS knownUntil,
       v.contentHash AS contentHash, v.actors AS actors, v.claims AS claims, v.relations AS relations
ORDER BY version
