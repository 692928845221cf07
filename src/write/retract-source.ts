// Retracts one source in one write transaction (DELETE /sources/{id}): relations only it supported
// disappear, merged relations lose its contribution and are derived again from the others (their
// corroboration drops), its claims, deals and roles go, and so do the actors no other source mentions.
// The record of its last version is ended, not deleted; the write is recorded (records.ts).
import type { Graph } from '../db/graph.js'
import { notFound } from '../lib/http-errors.js'
import { remerge, touchedKeys } from '../seed/merge-relations.js'
import { checkPreconditions, relationChanges, type StoredRelation } from './changes.js'
import { type WriteContext, type WriteResult, WRITE_TIMEOUT_MS } from './load-source.js'
import { recordWrite } from './records.js'

export async function retractSource(graph: Graph, sourceId: string, ctx: WriteContext): Promise<WriteResult> {
  return graph.writeTransaction(async (run) => {
    await run('seed-lock-graph')
    const [state] = await run('write-source-state', { sourceId })
    if (!state.exists) throw notFound(`No source with id "${sourceId}".`, { id: sourceId })
    checkPreconditions(state.version as number, ctx)
    const touched = (await run('seed-relations-touched', { sourceId, keys: [] })) as unknown as StoredRelation[]
    const merged = remerge(sourceId, touched, [])
    await run('seed-clear-source', { sourceId })
    await run('seed-relations-delete', { keys: merged.deleteKeys })
    await run('seed-relations', { relations: merged.relations })
    await run('write-retract-source', { sourceId })
    await run('write-source-version-end', { sourceId })
    await run('known-record', { sourceId, keys: touchedKeys(merged) })
    const [bumped] = await run('seed-bump-version')
    const result: WriteResult = {
      outcome: 'retracted',
      sourceId,
      sourceVersion: null,
      graphVersion: bumped.version as number,
      actorsAdded: [],
      ...relationChanges(touched, merged.relations),
    }
    await recordWrite(run, { ...result, method: ctx.method, key: ctx.key, requestId: ctx.requestId })
    return result
  }, WRITE_TIMEOUT_MS)
}
