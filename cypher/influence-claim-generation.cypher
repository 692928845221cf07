// Returns: gen, a generation number for a ranking about to be computed, never handed out before, and
// version, the graph version it is computed for. The counter on the graph's meta node is raised in
// this write: its write lock makes two seeds that recompute at once get two numbers, and the later
// number goes to the recompute that started later, so it reads a graph at least as new.
MATCH (m:GraphMeta {id: 'graph'})
SET m.rankingNextGeneration = coalesce(m.rankingNextGeneration, m.rankingGeneration, 0) + 1
RETURN m.rankingNextGeneration AS gen, m.version AS version
