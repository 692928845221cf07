// Returns: sources (count of :Source nodes) and version (the graph's version, null before the first seed).
OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
CALL (m) {
  MATCH (s:Source)
  RETURN count(s) AS sources
}
RETURN sources, m.version AS version
