// Returns: source (metadata without the text, with claimCount), ordered by id after $after, at most $limit.
MATCH (s:Source)
WHERE $after IS NULL OR s.id > $after
WITH s ORDER BY s.id LIMIT $limit
RETURN s {.id, .title, .publisher, .author, .url, .publishedAt, .reportsOnEvent, .reportsOnDate, .language,
          claimCount: COUNT { (:Claim)-[:FROM]->(s) }} AS source
