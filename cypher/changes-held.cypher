// Returns: oldest, the lowest graph version the change feed holds (null when it holds none), and
// version, the graph's version (0 before the first write). Versions a write produced before the feed
// existed have no change; a cursor before the oldest held change cannot be served.
OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
CALL () {
  OPTIONAL MATCH (c:Change)
  WHERE c.version >= 0
  WITH c
  ORDER BY c.version
  LIMIT 1
  RETURN c.version AS oldest
}
RETURN oldest, coalesce(m.version, 0) AS version
