// The seam between the write room and the audit trail / change feed. Every write (a put, a
// retraction, a seed's load, an unchanged one included) calls recordWrite inside the same write
// transaction as its change, so the record commits with the change or not at all.
//
// On this branch the body does nothing: the feed branch implements it (the audit trail and the change
// feed), and the lead keeps that version at merge. The interface is the contract between the two.
import type { Statement } from '../db/cypher.js'
import type { Params, Row } from '../db/graph.js'
import type { ApiKeyIdentity } from '../lib/route-policy.js'

/** The run of Graph.writeTransaction: a named statement inside the write's transaction. */
export type Run = (name: Statement, params?: Params) => Promise<Row[]>

export interface WriteRecord {
  method: 'PUT' | 'DELETE' | 'SEED'
  outcome: 'created' | 'replaced' | 'unchanged' | 'retracted'
  sourceId: string
  /** The source's version after the write (null after a retraction). */
  sourceVersion: number | null
  /** The graph version this write produced (GraphMeta.version after the bump); null when nothing changed. */
  graphVersion: number | null
  /** null for npm run seed (the CLI). */
  key: ApiKeyIdentity | null
  requestId: string | null
  actorsAdded: string[]
  relationsAdded: string[]
  relationsChanged: string[]
  relationsRemoved: string[]
  corroborationChanged: { relationId: string; before: number; after: number }[]
}

export async function recordWrite(_run: Run, _record: WriteRecord): Promise<void> {
  // The feed branch records the write here (audit trail, change feed).
}
