// What a write changed, and the preconditions a write is held to. Shared by a put (load-source.ts)
// and a retraction (retract-source.ts); free of Neo4j.
import { HttpError } from '../lib/http-errors.js'
import type { MergedRelation } from '../seed/merge-relations.js'

/** A stored relation before the write: its id, corroboration and contributions (seed-relations-touched). */
export interface StoredRelation {
  key: string
  id: string
  corroboration: number
  contributions: string[]
}

export interface RelationChanges {
  relationsAdded: string[]
  relationsChanged: string[]
  relationsRemoved: string[]
  corroborationChanged: { relationId: string; before: number; after: number }[]
}

const sorted = (ids: Iterable<string>) => [...ids].sort()

/**
 * The relations a write touched, before and after, compared by id: added (an id that was not there),
 * removed (an id that is gone), changed (the same id, other contributions: a relation is derived from
 * its contributions alone). A relation whose naming source changes shows as one removed and one added.
 */
export function relationChanges(before: StoredRelation[], after: MergedRelation[]): RelationChanges {
  const old = new Map(before.map((r) => [r.id, r]))
  const fresh = new Map(after.map((r) => [r.props.id as string, r.props]))
  const kept = [...fresh.keys()].filter((id) => old.has(id))
  const changed = kept.filter((id) => JSON.stringify(old.get(id)?.contributions) !== JSON.stringify(fresh.get(id)?.contributions))
  return {
    relationsAdded: sorted([...fresh.keys()].filter((id) => !old.has(id))),
    relationsChanged: sorted(changed),
    relationsRemoved: sorted([...old.keys()].filter((id) => !fresh.has(id))),
    corroborationChanged: sorted(changed)
      .map((id) => ({ relationId: id, before: old.get(id)?.corroboration as number, after: fresh.get(id)?.corroboration as number }))
      .filter((c) => c.before !== c.after),
  }
}

/** A source version as an entity tag: strong, and distinct from the graph-cache's `"g…"` tags. */
export const sourceEtag = (version: number) => `"v${version}"`

/** The request's conditional headers, as sent. */
export interface Preconditions {
  ifMatch?: string
  ifNoneMatch?: string
}

const tags = (header: string) => header.split(',').map((t) => t.trim())

/**
 * RFC 9110 13.1.1–13.1.2 against the stored version (null: no such source). If-Match: `*` or the
 * current tag, compared strongly (a weak `W/` tag never matches); sent for a source that does not
 * exist, it fails. If-None-Match: `*` fails when the source exists (create only).
 */
export function checkPreconditions(current: number | null, p: Preconditions): void {
  if (p.ifMatch !== undefined) {
    const list = tags(p.ifMatch)
    if (current === null) throw preconditionFailed('If-Match', 'the source does not exist')
    if (!list.includes('*') && !list.includes(sourceEtag(current))) {
      throw preconditionFailed('If-Match', `the source's current version is ${sourceEtag(current)}`)
    }
  }
  if (p.ifNoneMatch !== undefined && current !== null) {
    const list = tags(p.ifNoneMatch)
    if (list.includes('*') || list.includes(sourceEtag(current))) {
      throw preconditionFailed('If-None-Match', `the source exists (version ${sourceEtag(current)})`)
    }
  }
}

const preconditionFailed = (header: string, reason: string) =>
  new HttpError(412, `Precondition failed: ${reason}; nothing was written.`, {
    'invalid-params': [{ name: header.toLowerCase(), in: 'header', reason }],
  })
