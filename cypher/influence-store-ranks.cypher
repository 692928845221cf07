// Returns: nothing. Stores one batch of a ranking's entries, as Rank nodes of generation $gen and
// ranking $key (the mask of the bases its dependencies have): the actor's id, score, reach, rank
// overall and rank among its kind. Not visible until influence-publish-ranking names the generation.
UNWIND $entries AS e
CREATE (:Rank {gen: $gen, key: $key, actor: e.actor, kind: e.kind, score: e.score, reach: e.reach, rank: e.rank, kindRank: e.kindRank})
