// Returns: nothing. Index for paging a stored ranking's actors of one kind in rank order (influence-ranking-kind).
CREATE INDEX rank_kind_order IF NOT EXISTS FOR (r:Rank) ON (r.gen, r.key, r.kind, r.kindRank)
