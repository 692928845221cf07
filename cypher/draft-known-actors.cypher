// Returns: actor (id, name, kind, aliases, leads) for every actor of the graph, ordered by id: the names a
// draft recognises by their existing ids. `leads` holds the states the graph has the actor leading (a
// `leads` relation the graph does not end) or holding a role in, ordered by id: a draft reads that
// person's acts as the state's.
MATCH (a:Actor)
RETURN
  a {
    .id,
    .name,
    .kind,
    aliases: coalesce(a.aliases, []),
    leads: COLLECT {
      MATCH (a)-[r:RELATION|HOLDS_ROLE]->(s:Actor {kind: 'state'})
      WHERE r:HOLDS_ROLE OR (r.type = 'leads' AND r.validTo IS NULL)
      RETURN DISTINCT s.id AS state ORDER BY state
    }
  } AS actor
ORDER BY a.id
