// Returns: nothing. Index for dropping the rankings a newer generation replaced (influence-drop-ranks).
CREATE INDEX rank_gen IF NOT EXISTS FOR (r:Rank) ON (r.gen)
