// Returns: nothing. Roles: (person)-[:HOLDS_ROLE {title}]->(the state or organisation).
UNWIND $roles AS r
MATCH (p:Actor {id: r.actor}), (o:Actor {id: r.of})
CREATE (p)-[:HOLDS_ROLE {title: r.title, sourceId: $sourceId}]->(o)
