// Returns: nothing. Creates the typed relations between actors; each carries its claim ids, weight,
// confidence and validity interval as properties.
UNWIND $relations AS r
MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
CREATE (a)-[rel:RELATION]->(b)
SET rel = r.props
