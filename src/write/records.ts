// The write side's records: every write (a PUT, a DELETE, a source loaded by `npm run seed`, even one
// that changed nothing) appends one entry to the audit trail, and every write that changed the graph
// appends one change to the change feed, keyed by the graph version it produced. Both are appended by
// the write's own transaction, so a write that fails leaves no record and a record never names a
// write that did not happen. Nothing ever updates or deletes an AuditEntry or a Change: the trail and
// the feed are append-only, and nothing is pruned (GET /changes answers 410 only for versions written
// before the feed existed, src/queries/changes.ts).
import type { Statement } from '../db/cypher.js'
import { int, type Params, type Row } from '../db/graph.js'
import type { ApiKeyIdentity } from '../lib/route-policy.js'

/** The `run` that Graph.writeTransaction gives its work: a named statement inside that transaction. */
export type Run = (name: Statement, params?: Params) => Promise<Row[]>

export interface WriteRecord {
  method: 'PUT' | 'DELETE' | 'SEED'
  outcome: 'created' | 'replaced' | 'unchanged' | 'retracted'
  sourceId: string
  /** The source's version after the write (null after a retraction). */
  sourceVersion: number | null
  /** The graph version this write produced (GraphMeta.version after seed-bump-version); null when nothing changed. */
  graphVersion: number | null
  /** null for `npm run seed` (the CLI). */
  key: ApiKeyIdentity | null
  requestId: string | null
  actorsAdded: string[]
  relationsAdded: string[]
  relationsChanged: string[]
  relationsRemoved: string[]
  corroborationChanged: { relationId: string; before: number; after: number }[]
}

/**
 * Records a write inside its transaction: an audit entry always, a change when it produced a graph
 * version. Call it after the write's statements and its version bump, in the same transaction; the
 * write holds the graph lock (seed-lock-graph), under which the audit entry takes the next number.
 */
export async function recordWrite(run: Run, record: WriteRecord): Promise<void> {
  // Versions are stored as integers, as GraphMeta.version is (a JS number would travel as a float).
  const sourceVersion = record.sourceVersion === null ? null : int(record.sourceVersion)
  const graphVersion = record.graphVersion === null ? null : int(record.graphVersion)
  const lists = {
    actorsAdded: record.actorsAdded,
    relationsAdded: record.relationsAdded,
    relationsChanged: record.relationsChanged,
    relationsRemoved: record.relationsRemoved,
    corroborationChanged: JSON.stringify(record.corroborationChanged),
  }
  await run('audit-append', {
    entry: {
      method: record.method,
      outcome: record.outcome,
      sourceId: record.sourceId,
      sourceVersion,
      graphVersion,
      keyId: record.key?.id ?? null,
      keyName: record.key?.name ?? null,
      keyScope: record.key?.scope ?? null,
      requestId: record.requestId,
      ...lists,
    },
  })
  if (graphVersion === null) return
  await run('change-append', {
    change: {
      version: graphVersion,
      kind: record.outcome,
      method: record.method,
      sourceId: record.sourceId,
      sourceVersion,
      keyId: record.key?.id ?? null,
      ...lists,
    },
  })
}
