// Returns: nothing. Sets the text of each source of $sources (s.id, s.text) after a bulk import: the
// CSV files leave it out, the one value that spans lines (tools/synthetic/csv-graph.ts).
UNWIND $sources AS s
MATCH (n:Source {id: s.id})
SET n.text = s.text
