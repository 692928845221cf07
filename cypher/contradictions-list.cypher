// Returns: contradiction {id, claims} for each pair of claims joined by CONTRASTS_WITH (either way,
// listed once: id is the two claim ids, sorted, joined by '~'), each claim with the relations it
// bears on (by its relationKeys); optionally where either claim is about actor $actor; ordered by
// id after $after, at most $limit.
MATCH (a:Claim)-[:CONTRASTS_WITH]-(b:Claim)
WHERE a.id < b.id
  AND ($actor IS NULL OR $actor IN a.about OR $actor IN b.about)
WITH DISTINCT a, b, a.id + '~' + b.id AS id
WHERE $after IS NULL OR id > $after
WITH a, b, id ORDER BY id LIMIT $limit
RETURN {id: id,
        claims: [c IN [a, b] | c {.*,
          bearsOn: [(x:Actor)-[r:RELATION]->(y:Actor) WHERE r.key IN coalesce(c.relationKeys, []) | r {.id, .type, from: x.id, to: y.id}]}]
       } AS contradiction
