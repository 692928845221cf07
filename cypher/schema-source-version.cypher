// Returns: nothing. One record per version of a source; the constraint is also the index that finds a source's versions.
CREATE CONSTRAINT source_version IF NOT EXISTS FOR (v:SourceVersion) REQUIRE (v.sourceId, v.version) IS UNIQUE
