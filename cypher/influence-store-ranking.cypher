// Returns: nothing. Stores each actor's ranking score and reach, and stamps the graph version they
// were computed for, so the ranking endpoint can tell it is fresh.
MATCH (m:GraphMeta {id: 'graph'})
SET m.rankingVersion = m.version, m.rankingModel = $model
WITH m
UNWIND $scores AS s
MATCH (a:Actor {id: s.id})
SET a.influenceScore = s.score, a.influenceReach = s.reach
