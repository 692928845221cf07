// Returns: nothing. Roles of a synthetic graph, as seed-roles stores them:
// (person)-[:HOLDS_ROLE {title, sourceId}]->(state, organisation or outlet), one per row of $roles
// (r.person and r.of are nodes, by elementId).
UNWIND $roles AS r
MATCH (p:Actor) WHERE elementId(p) = r.person
MATCH (o:Actor) WHERE elementId(o) = r.of
CREATE (p)-[:HOLDS_ROLE {title: r.title, sourceId: r.sourceId}]->(o)
