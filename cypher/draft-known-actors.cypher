// Returns: actor (id, name, kind, aliases) for every actor of the graph, ordered by id: the names a
// draft recognises by their existing ids.
MATCH (a:Actor)
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, [])} AS actor
ORDER BY a.id
