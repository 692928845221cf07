// Returns: nothing. Unique graph version for the change feed's entries (change-append): one change per
// version, and an index for reading the feed after a version (changes-after).
CREATE CONSTRAINT change_version IF NOT EXISTS FOR (c:Change) REQUIRE c.version IS UNIQUE
