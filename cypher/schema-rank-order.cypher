// Returns: nothing. Index for paging a stored ranking in rank order (influence-ranking).
CREATE INDEX rank_order IF NOT EXISTS FOR (r:Rank) ON (r.gen, r.key, r.rank)
