// Returns: nothing. Creates claims of a synthetic graph with every property and link seed-claims makes:
// FROM its source, ABOUT each actor it names, ASSERTED_BY a named actor. A row of $claims is a list,
// not a map (the driver packs a million maps far slower): [0] id, [1] source node, [2] statement,
// [3] quote, [4] assertedBy, [5] hedge, [6] about (actor ids), [7] about nodes, [8] assertedBy node or
// null, [9] null or [when, whenStart, whenEnd], [10] contrastsWith, [11] relationIds, [12] relationKeys (the merge keys of
// those relations). Nodes are
// elementIds. confidence comes from $confidence (hedge -> confidence) and searchText is computed as
// the seed computes it, lower-cased "statement|quote".
UNWIND $claims AS c
MATCH (s:Source) WHERE elementId(s) = c[1]
CREATE (n:Claim {id: c[0], sourceId: s.id, statement: c[2], quote: c[3], assertedBy: c[4], hedge: c[5],
                 confidence: $confidence[c[5]], about: c[6], when: c[9][0], whenStart: c[9][1], whenEnd: c[9][2],
                 contrastsWith: c[10], relationIds: c[11], relationKeys: c[12], searchText: toLower(c[2] + '|' + c[3])})
CREATE (n)-[:FROM]->(s)
WITH n, c
CALL (n, c) {
  UNWIND c[7] AS actor
  MATCH (a:Actor) WHERE elementId(a) = actor
  CREATE (n)-[:ABOUT]->(a)
}
CALL (n, c) {
  MATCH (a:Actor) WHERE elementId(a) = c[8]
  CREATE (n)-[:ASSERTED_BY]->(a)
}
