// Returns: exists (the source is loaded now), contentHash and version of the stored source, and
// lastVersion, the highest version it ever had (a retracted source keeps counting from there).
OPTIONAL MATCH (s:Source {id: $sourceId})
CALL () {
  OPTIONAL MATCH (v:SourceVersion {sourceId: $sourceId})
  RETURN max(v.version) AS lastVersion
}
RETURN s IS NOT NULL AS exists, s.contentHash AS contentHash, s.version AS version, lastVersion
