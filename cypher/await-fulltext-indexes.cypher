// Returns: nothing. Waits, up to 300 s each, until the full-text indexes a load queries are online
// (schema-claim-contrasts, schema-source-relation-ids): a full-text query cannot fall back to reading
// every node while its index is still being populated, as a range index lookup can.
CALL db.awaitIndex('claim_contrasts', 300)
CALL db.awaitIndex('source_relation_ids', 300)
