// Returns: nothing. Creates or updates actors (aliases are the union over all sources) and the
// ActorKey nodes that resolve an id, name or alias, case-insensitively, to actors.
MATCH (s:Source {id: $sourceId})
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
SET n.name = a.name,
    n.kind = a.kind,
    n.description = coalesce(a.description, n.description),
    n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + a.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n.searchText = toLower(n.id + '|' + n.name + '|' + reduce(t = '', x IN n.aliases | t + x + '|'))
MERGE (s)-[:MENTIONS]->(n)
WITH n, [n.id, n.name] + n.aliases AS names
UNWIND names AS name
MERGE (k:ActorKey {key: toLower(name)})
MERGE (k)-[:NAMES]->(n)
