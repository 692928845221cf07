// Reads of the stored graph for the list and detail endpoints. Each function names its Cypher file;
// routes call these and never the driver.
import type { Statement } from '../db/cypher.js'
import type { Graph, Row } from '../db/graph.js'
import { notFound } from '../lib/http-errors.js'
import type { ActorRelationsFilter, ActorsFilter, ClaimsFilter, Page, RelationsFilter } from '../schemas/lists.js'
import { readPage } from './pages.js'
import { shapeActor, shapeClaim, shapeRelation, shapeSource } from './shape.js'

/** Lower-cased substring filter, or null (no filter) for an absent or blank q. */
const needle = (q: string | undefined) => (q?.trim() ? q.trim().toLowerCase() : null)

/** A search and a kind filter have statements of their own, ones an index can serve (the text index, (kind, id)). */
export function listActors(graph: Graph, f: ActorsFilter) {
  const q = needle(f.q)
  const name = q !== null ? 'actors-search' : f.kind !== undefined ? 'actors-list-kind' : 'actors-list'
  return readPage(graph, name, 'actor', { q, kind: f.kind ?? null }, f, shapeActor)
}

async function one<T>(graph: Graph, name: Statement, column: string, id: string, what: string, shape: (r: Row) => T): Promise<T> {
  const [row] = await graph.read(name, { id })
  if (!row) throw notFound(`No ${what} with id "${id}".`, { id })
  return shape(row[column] as Row)
}

export const getActor = (graph: Graph, id: string) => one(graph, 'actor-by-id', 'actor', id, 'actor', shapeActor)
export const getClaim = (graph: Graph, id: string) => one(graph, 'claim-by-id', 'claim', id, 'claim', shapeClaim)
export const getSource = (graph: Graph, id: string) => one(graph, 'source-by-id', 'source', id, 'source', shapeSource)
export const getRelation = (graph: Graph, id: string) => one(graph, 'relation-by-id', 'relation', id, 'relation', shapeRelation)

export async function listActorRelations(graph: Graph, id: string, f: ActorRelationsFilter) {
  await getActor(graph, id)
  return readPage(graph, 'actor-relations', 'relation', { id, direction: f.direction, type: f.type ?? null }, f, shapeRelation)
}

export const listRelations = (graph: Graph, f: RelationsFilter) =>
  readPage(graph, 'relations-list', 'relation', { from: f.from ?? null, to: f.to ?? null, type: f.type ?? null }, f, shapeRelation)

export const listClaims = (graph: Graph, f: ClaimsFilter) =>
  readPage(
    graph,
    'claims-list',
    'claim',
    { actor: f.actor ?? null, hedge: f.hedge ?? null, minConfidence: f.minConfidence ?? null, q: needle(f.q), sourceId: f.source ?? null },
    f,
    shapeClaim,
  )

export const listSources = (graph: Graph, f: Page) => readPage(graph, 'sources-list', 'source', {}, f, shapeSource)
