// Returns: kind and id of each claim, relation or deal id of this file that another source already owns,
// in the file's order: its claims, then its relations, then its deals, each as the file lists them.
// A relation id is owned by the source that gave it (Source.relationIds), merged relation or not.
CALL () {
  MATCH (c:Claim) WHERE c.id IN $claimIds AND c.sourceId <> $sourceId
  RETURN 'claim' AS kind, c.id AS id
  UNION
  // The sources that gave one of these ids, by the full-text index over relationIds
  // (schema-source-relation-ids: each id one keyword, looked up as a quoted term), not every source.
  UNWIND $relationIds AS id
  CALL db.index.fulltext.queryNodes('source_relation_ids', '"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS s
  WITH s, id
  WHERE s.id <> $sourceId AND id IN s.relationIds
  RETURN 'relation' AS kind, id
  UNION
  MATCH ()-[r:RELATION]->() WHERE r.id IN $relationIds AND r.key IS NULL AND r.sourceId <> $sourceId
  RETURN 'relation' AS kind, r.id AS id
  UNION
  MATCH (d:Deal) WHERE d.id IN $dealIds AND d.sourceId <> $sourceId
  RETURN 'deal' AS kind, d.id AS id
}
WITH kind, id, CASE kind WHEN 'claim' THEN $claimIds WHEN 'relation' THEN $relationIds ELSE $dealIds END AS listed
RETURN kind, id
ORDER BY CASE kind WHEN 'claim' THEN 0 WHEN 'relation' THEN 1 ELSE 2 END, [i IN range(0, size(listed) - 1) WHERE listed[i] = id][0]
