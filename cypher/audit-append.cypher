// Returns: seq, the new audit entry's number. Appends one entry to the audit trail: its number is the
// next of GraphMeta.auditSeq, taken under the graph's write lock (seed-lock-graph, which a write takes
// first), so the numbers ascend without a gap and a rolled-back write leaves none taken. `at` is the
// transaction's time, the same as its Change's. Nothing ever updates or deletes an AuditEntry.
MERGE (m:GraphMeta {id: 'graph'})
ON CREATE SET m.version = 0
SET m.auditSeq = coalesce(m.auditSeq, 0) + 1
CREATE (a:AuditEntry {
  seq: m.auditSeq,
  at: datetime.transaction(),
  method: $entry.method,
  outcome: $entry.outcome,
  sourceId: $entry.sourceId,
  sourceVersion: $entry.sourceVersion,
  graphVersion: $entry.graphVersion,
  keyId: $entry.keyId,
  keyName: $entry.keyName,
  keyScope: $entry.keyScope,
  requestId: $entry.requestId,
  actorsAdded: $entry.actorsAdded,
  relationsAdded: $entry.relationsAdded,
  relationsChanged: $entry.relationsChanged,
  relationsRemoved: $entry.relationsRemoved,
  corroborationChanged: $entry.corroborationChanged
})
RETURN a.seq AS seq
