// Returns: exists (the source is loaded now), contentHash and version of the stored source (0 for one
// stored before versions were kept), and lastVersion, the highest version it ever had (0: none; a
// retracted source keeps counting from there).
OPTIONAL MATCH (s:Source {id: $sourceId})
CALL () {
  OPTIONAL MATCH (v:SourceVersion {sourceId: $sourceId})
  RETURN coalesce(max(v.version), 0) AS lastVersion
}
RETURN s IS NOT NULL AS exists, s.contentHash AS contentHash, coalesce(s.version, 0) AS version, lastVersion
