// The write room's entry points for the API: a put (the document checked inside the write's
// transaction, so the actors it names cannot vanish between check and load) and a retraction, each
// asking for the ranking's refresh once it has committed a change (ranking-refresher.ts: the refresh
// runs in a worker process, and the write answers without waiting for it).
import type { Graph } from '../db/graph.js'
import { HttpError } from '../lib/http-errors.js'
import { SeedFile } from '../seed/seed-schema.js'
import { checkSeedDocument, SeedError, type LoadedSeed, type SeedIssue } from '../seed/validate-seed.js'
import { loadSource, type WriteContext, type WriteResult } from './load-source.js'
import type { RankingRefresher } from './ranking-refresher.js'
import type { Run } from './records.js'
import { retractSource } from './retract-source.js'
import { namedActorIds } from './seed-files.js'

/** Where a write that changed the graph asks for the ranking's refresh. */
type Rankings = Pick<RankingRefresher, 'request'>

export async function putSource(graph: Graph, rankings: Rankings, id: string, document: unknown, ctx: WriteContext): Promise<WriteResult> {
  const result = await loadSource(graph, (run) => checkDocument(run, id, document), ctx).catch(unprocessable)
  if (result.graphVersion !== null) rankings.request()
  return result
}

export async function deleteSource(graph: Graph, rankings: Rankings, id: string, ctx: WriteContext): Promise<WriteResult> {
  const result = await retractSource(graph, id, ctx)
  if (result.graphVersion !== null) rankings.request()
  return result
}

/** The seed checker's findings as one 422 naming each failing path of the body; anything else as it is. */
function unprocessable(err: unknown): never {
  if (!(err instanceof SeedError)) throw err
  const n = err.issues.length
  throw new HttpError(422, `The document breaks ${n} seed rule${n === 1 ? '' : 's'}; nothing was written.`, {
    'invalid-params': err.issues.map((i) => ({ name: i.path || 'body', in: 'body', reason: i.message })),
  })
}

/** The document checked as `npm run seed` checks a file, against the actors and claims stored now. */
async function checkDocument(run: Run, id: string, document: unknown): Promise<LoadedSeed> {
  const parsed = SeedFile.safeParse(document)
  const wrongId: SeedIssue[] =
    parsed.success && parsed.data.source.id !== id ? [{ file: id, path: 'source.id', message: `must be the id in the path ("${id}")` }] : []
  const named = parsed.success ? namedActorIds(parsed.data) : []
  const contrasted = parsed.success ? parsed.data.claims.flatMap((c) => c.contrastsWith) : []
  const actors = new Set((await run('seed-existing-actor-ids', { ids: [...new Set(named)] })).map((r) => r.id as string))
  const claims = new Set((await run('seed-existing-claim-ids', { ids: [...new Set(contrasted)] })).map((r) => r.id as string))
  const loaded = await checkSeedDocument(document, id, actors, undefined, claims).catch((err: unknown) => {
    if (err instanceof SeedError) throw new SeedError([...wrongId, ...err.issues])
    /* c8 ignore next -- the checker reports every finding as a SeedError; anything else is its bug */
    throw err
  })
  if (wrongId.length > 0) throw new SeedError(wrongId)
  return loaded
}
