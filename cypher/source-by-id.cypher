// Returns: source (metadata, text and claimCount) with this id, or no row.
MATCH (s:Source {id: $id})
RETURN s {.id, .version, .title, .publisher, .author, .url, .publishedAt, .reportsOnEvent, .reportsOnDate, .language, .text,
          claimCount: COUNT { (:Claim)-[:FROM]->(s) }} AS source
