// Returns: version, the change's graph version. Appends one change to the change feed, keyed by the graph
// version its write produced (seed-bump-version); the lists name what was added, changed and removed,
// corroborationChanged is a JSON text. Nothing ever updates or deletes a Change.
CREATE (c:Change {
  version: $change.version,
  at: datetime.transaction(),
  kind: $change.kind,
  method: $change.method,
  sourceId: $change.sourceId,
  sourceVersion: $change.sourceVersion,
  keyId: $change.keyId,
  actorsAdded: $change.actorsAdded,
  relationsAdded: $change.relationsAdded,
  relationsChanged: $change.relationsChanged,
  relationsRemoved: $change.relationsRemoved,
  corroborationChanged: $change.corroborationChanged
})
RETURN c.version AS version
