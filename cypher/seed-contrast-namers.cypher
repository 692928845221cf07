// Returns: from (a claim of another source) and to (one of $claimIds that claim names in its
// contrastsWith), one row per pair: the links a load must restore after it clears its claims. Found by
// the full-text index over contrastsWith (schema-claim-contrasts: each id one keyword, looked up as a
// quoted term), not by reading every claim; the list itself has the last word. Run before the load
// changes anything: in a transaction that has touched a node (deleting a CONTRASTS_WITH edge touches
// the claim at its other end), a full-text query leaves that node out.
UNWIND $claimIds AS target
CALL db.index.fulltext.queryNodes('claim_contrasts', '"' + replace(replace(target, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WITH a, target
WHERE target IN a.contrastsWith AND a.sourceId <> $sourceId
RETURN a.id AS from, target AS to
ORDER BY from, to
