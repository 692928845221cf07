// Returns: nothing. Creates relations of a synthetic graph with every property seed-relations sets. A
// row of $relations is a list (the driver packs a million maps far slower): [0] from node, [1] to node
// (elementIds), [2] id, [3] type, [4] sourceId, [5] claimIds, [6] weight, [7] confidence, [8] null or a
// map of the properties most relations lack (validFrom, validTo, validStart, validEnd, periodNote,
// commodity, dependencyKind, share, bound, level, deal, knownFrom, note, dateBasis), [9] basis.
// symmetric: the type is in $symmetricTypes.
UNWIND $relations AS r
MATCH (a:Actor) WHERE elementId(a) = r[0]
MATCH (b:Actor) WHERE elementId(b) = r[1]
CREATE (a)-[:RELATION {id: r[2], type: r[3], sourceId: r[4], claimIds: r[5], symmetric: r[3] IN $symmetricTypes,
                       weight: r[6], confidence: r[7], validFrom: r[8].validFrom, validTo: r[8].validTo,
                       validStart: r[8].validStart, validEnd: r[8].validEnd, periodNote: r[8].periodNote,
                       commodity: r[8].commodity, dependencyKind: r[8].dependencyKind, share: r[8].share,
                       bound: r[8].bound, level: r[8].level, deal: r[8].deal, knownFrom: r[8].knownFrom,
                       note: r[8].note, dateBasis: r[8].dateBasis, basis: r[9]}]->(b)
