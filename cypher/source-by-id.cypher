// Returns: source (metadata, text, claimCount and version: 0 when stored before versions were kept) with this id, or no row.
MATCH (s:Source {id: $id})
RETURN s {.id, version: coalesce(s.version, 0), .title, .publisher, .author, .url, .publishedAt, .reportsOnEvent, .reportsOnDate, .language, .text,
          claimCount: COUNT { (:Claim)-[:FROM]->(s) }} AS source
