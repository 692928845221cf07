// Returns: id, name and kind of the actor with id $id as the history records it (KnownActor: every actor a
// write ever recorded, those retracted since too); no row when none. With knownAt, an actor no longer in
// the graph is still named by its id.
MATCH (a:KnownActor {id: $id})
RETURN a.id AS id, a.name AS name, a.kind AS kind
