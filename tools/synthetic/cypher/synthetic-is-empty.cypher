// Returns: empty, true when the database holds no node at all: a synthetic graph loads only into an
// empty database (or one the loader was told to wipe), because it CREATEs instead of MERGEing.
RETURN NOT EXISTS { MATCH (n) } AS empty
