// Returns: nothing. Creates or updates actors (aliases and table names are the union over all
// sources; identifiers kept once stated) and the ActorKey nodes that resolve an id, name, alias,
// ISO code, Wikidata QID or the country table's names, case-insensitively, to actors.
MATCH (s:Source {id: $sourceId})
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
SET n.name = a.name,
    n.kind = a.kind,
    n.description = coalesce(a.description, n.description),
    n.iso3 = coalesce(a.iso3, n.iso3),
    n.wikidata = coalesce(a.wikidata, n.wikidata),
    n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + a.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.tableNames = reduce(acc = [], x IN coalesce(n.tableNames, []) + a.tableNames | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n.searchText = toLower(n.id + '|' + n.name + '|' + reduce(t = '', x IN n.aliases + n.tableNames | t + x + '|'))
MERGE (s)-[:MENTIONS]->(n)
WITH n, a
UNWIND a.keys AS key
MERGE (k:ActorKey {key: key})
MERGE (k)-[:NAMES]->(n)
