// Returns: nothing. Full-text index over each source's relationIds (the relation ids it gave), each id
// one keyword: a load finds which source owns a relation id without reading every source
// (seed-foreign-ids). Neo4j's range indexes cannot index a list by its elements.
CREATE FULLTEXT INDEX source_relation_ids IF NOT EXISTS FOR (s:Source) ON EACH [s.relationIds]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}
