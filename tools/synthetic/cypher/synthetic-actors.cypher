// Returns: id and node (its elementId) of each actor created from $actors: what seed-actors stores (id,
// name, kind, aliases, description, iso3, wikidata, tableNames, searchText), MENTIONed by its source (a.source, a node) and named
// by one ActorKey per distinct lower-cased id, name, alias,
// identifier and country-table name (a.keys). CREATE, not MERGE: the loader
// runs only on an empty database and the generator makes every key unique (the constraints, created
// after the load, check it).
UNWIND $actors AS a
MATCH (s:Source) WHERE elementId(s) = a.source
CREATE (n:Actor {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, description: a.description, iso3: a.iso3,
                 wikidata: a.wikidata, tableNames: a.tableNames, searchText: a.searchText})
CREATE (s)-[:MENTIONS]->(n)
WITH n, a
CALL (n, a) {
  UNWIND a.keys AS key
  CREATE (:ActorKey {key: key})-[:NAMES]->(n)
}
RETURN n.id AS id, elementId(n) AS node
