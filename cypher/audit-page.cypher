// Returns: entry, up to $limit audit entries, newest first: those numbered below $before that match every
// filter given (a null filter matches all), each with its time in epoch milliseconds (atMillis).
MATCH (a:AuditEntry)
WHERE a.seq < $before
  AND ($sourceId IS NULL OR a.sourceId = $sourceId)
  AND ($keyId IS NULL OR a.keyId = $keyId)
  AND ($method IS NULL OR a.method = $method)
  AND ($outcome IS NULL OR a.outcome = $outcome)
  AND ($since IS NULL OR a.at >= datetime($since))
  AND ($until IS NULL OR a.at < datetime($until))
RETURN a {.*, atMillis: a.at.epochMillis} AS entry
ORDER BY a.seq DESC
LIMIT $limit
