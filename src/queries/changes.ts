// Reads of the audit trail and the change feed (both written by src/write/records.ts, append-only).
// The trail pages newest first, by entry number; the feed pages oldest first, by graph version, and
// its cursor is the version of the last change a client has. Nothing is pruned: the only versions
// the feed cannot serve are those written before it existed (a graph seeded by an older entente),
// and a cursor before the oldest change it holds is answered 410 Gone, never silently skipped.
import { int, type Graph, type Row } from '../db/graph.js'
import { badRequest, gone } from '../lib/http-errors.js'
import type { AuditEntry, AuditQuery, Change, ChangesQuery } from '../schemas/changes.js'

const iso = (millis: unknown) => new Date(millis as number).toISOString()

/** A property stored as null is no property at all in Neo4j: absent, it reads back as null. */
const orNull = <T>(value: unknown) => (value ?? null) as T | null

export function shapeChange(row: Row): Change {
  return {
    version: row.version as number,
    kind: row.kind as Change['kind'],
    method: row.method as Change['method'],
    sourceId: row.sourceId as string,
    sourceVersion: orNull<number>(row.sourceVersion),
    at: iso(row.atMillis),
    keyId: orNull<string>(row.keyId),
    actorsAdded: row.actorsAdded as string[],
    relationsAdded: row.relationsAdded as string[],
    relationsChanged: row.relationsChanged as string[],
    relationsRemoved: row.relationsRemoved as string[],
    corroborationChanged: JSON.parse(row.corroborationChanged as string),
  }
}

function shapeAuditEntry(row: Row): AuditEntry {
  const length = (name: string) => (row[name] as string[]).length
  return {
    seq: row.seq as number,
    at: iso(row.atMillis),
    method: row.method as AuditEntry['method'],
    outcome: row.outcome as AuditEntry['outcome'],
    sourceId: row.sourceId as string,
    sourceVersion: orNull<number>(row.sourceVersion),
    graphVersion: orNull<number>(row.graphVersion),
    key: row.keyId == null ? null : { id: row.keyId as string, name: row.keyName as string, scope: row.keyScope as 'read' },
    requestId: orNull<string>(row.requestId),
    counts: {
      actorsAdded: length('actorsAdded'),
      relationsAdded: length('relationsAdded'),
      relationsChanged: length('relationsChanged'),
      relationsRemoved: length('relationsRemoved'),
      corroborationChanged: JSON.parse(row.corroborationChanged as string).length,
    },
  }
}

/** The changes after a version, ascending: at most limit of them. */
export async function changesAfter(graph: Graph, since: number, limit: number): Promise<Change[]> {
  const rows = await graph.read('changes-after', { since: int(since), limit: int(limit) })
  return rows.map((r) => shapeChange(r.change as Row))
}

/**
 * Throws 410 when the feed cannot serve the changes right after `since`: versions up to the one
 * before its oldest change were written before it recorded changes (all of them when it holds none).
 */
export async function assertHeld(graph: Graph, since: number): Promise<void> {
  const [{ oldest, version }] = await graph.read('changes-held')
  const heldSince = oldest === null ? (version as number) : (oldest as number) - 1
  if (since >= heldSince) return
  throw gone(
    `The change feed holds no record of the graph versions ${since + 1} to ${heldSince}: they were written before it recorded changes. ` +
      `Start again with since=${heldSince} (or without since).`,
    { heldSince, oldestHeld: oldest },
  )
}

/** GET /changes: a page of the changes after `since` (absent: every change held), oldest first. */
export async function listChanges(graph: Graph, q: ChangesQuery): Promise<{ items: Change[]; nextCursor: string | null }> {
  const rows = await changesAfter(graph, q.since ?? 0, q.limit + 1)
  const items = rows.slice(0, q.limit)
  // The page continues `since` exactly when it starts at the next version; otherwise the feed may not
  // hold what came between (one more read, only then: a follower's ordinary poll costs one).
  if (q.since !== undefined && items[0]?.version !== q.since + 1) await assertHeld(graph, q.since)
  return { items, nextCursor: rows.length > q.limit ? String(items[items.length - 1].version) : null }
}

/** GET /audit: a page of the trail, newest first, filtered. */
export async function listAudit(graph: Graph, q: AuditQuery): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  if (q.since !== undefined && q.until !== undefined && Date.parse(q.since) >= Date.parse(q.until)) {
    throw badRequest('until must be later than since.', [{ name: 'until', in: 'query', reason: 'must be later than since' }])
  }
  const rows = await graph.read('audit-page', {
    before: int(q.cursor === undefined ? Number.MAX_SAFE_INTEGER : Number(q.cursor)),
    sourceId: q.sourceId ?? null,
    keyId: q.keyId ?? null,
    method: q.method ?? null,
    outcome: q.outcome ?? null,
    since: q.since ?? null,
    until: q.until ?? null,
    limit: int(q.limit + 1),
  })
  const items = rows.slice(0, q.limit).map((r) => shapeAuditEntry(r.entry as Row))
  return { items, nextCursor: rows.length > q.limit ? String(items[items.length - 1].seq) : null }
}
