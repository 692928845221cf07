// Returns: nothing. Deals of a synthetic graph, as seed-deals stores them (id, sourceId, label,
// claimIds, relationIds), each FROM its source (d.source, a node by elementId).
UNWIND $deals AS d
MATCH (s:Source) WHERE elementId(s) = d.source
CREATE (n:Deal {id: d.id, sourceId: s.id, label: d.label, claimIds: d.claimIds, relationIds: d.relationIds})
CREATE (n)-[:FROM]->(s)
