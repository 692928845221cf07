// Returns: nothing. Full-text index over each claim's contrastsWith (a list of claim ids), each id one
// keyword: a load finds the claims of other sources that name its claims without reading every claim
// (seed-contrast-namers). Neo4j's range indexes cannot index a list by its elements.
CREATE FULLTEXT INDEX claim_contrasts IF NOT EXISTS FOR (c:Claim) ON EACH [c.contrastsWith]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}
