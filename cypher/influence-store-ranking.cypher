// Returns: nothing. Stores each actor's ranking scores and reaches, one per set of bases (index: the
// set's mask - 1, src/model/influence-model.ts), and stamps the graph version they were computed for,
// so the ranking endpoint can tell it is fresh.
MATCH (m:GraphMeta {id: 'graph'})
SET m.rankingVersion = m.version, m.rankingModel = $model
WITH m
UNWIND $scores AS s
MATCH (a:Actor {id: s.id})
SET a.influenceScores = s.scores, a.influenceReaches = s.reaches
