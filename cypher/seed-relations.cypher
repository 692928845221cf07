// Returns: nothing. Creates the typed relations between actors, each derived from the contributions
// of every source that states it: claim ids, weight, confidence, validity interval, sources.
UNWIND $relations AS r
MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to})
CREATE (a)-[rel:RELATION]->(b)
SET rel = r.props
