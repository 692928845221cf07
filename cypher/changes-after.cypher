// Returns: change, up to $limit changes of the feed with a graph version above $since, ascending, each
// with its time in epoch milliseconds (atMillis).
MATCH (c:Change)
WHERE c.version > $since
RETURN c {.*, atMillis: c.at.epochMillis} AS change
ORDER BY c.version
LIMIT $limit
