// Reads of the stored graph for the list and detail endpoints. Each function names its Cypher file;
// routes call these and never the driver.
import type { Statement } from '../db/cypher.js'
import type { Graph, Row } from '../db/graph.js'
import { notFound } from '../lib/http-errors.js'
import type { ActorRelationsFilter, ActorsFilter, ClaimsFilter, Page, RelationsFilter } from '../schemas/lists.js'
import { atKnown, knownAtParams } from './filters.js'
import { readPage } from './pages.js'
import { shapeActor, shapeClaim, shapeRelation, shapeSource } from './shape.js'
import { untorn } from './torn-read.js'

/** Lower-cased substring filter, or null (no filter) for an absent or blank q. */
const needle = (q: string | undefined) => (q?.trim() ? q.trim().toLowerCase() : null)

/** A search and a kind filter have statements of their own, ones an index can serve (the text index, (kind, id)). */
export function listActors(graph: Graph, f: ActorsFilter) {
  const q = needle(f.q)
  const name = q !== null ? 'actors-search' : f.kind !== undefined ? 'actors-list-kind' : 'actors-list'
  return readPage(graph, name, 'actor', { q, kind: f.kind ?? null }, f, shapeActor)
}

/** One by id; read again when a write deleted it under the read (torn-read.ts), which then finds none: 404. */
function one<T>(graph: Graph, name: Statement, column: string, id: string, what: string, shape: (r: Row) => T): Promise<T> {
  return untorn(async () => {
    const [row] = await graph.read(name, { id })
    if (!row) throw notFound(`No ${what} with id "${id}".`, { id })
    return shape(row[column] as Row)
  })
}

export const getActor = (graph: Graph, id: string) => one(graph, 'actor-by-id', 'actor', id, 'actor', shapeActor)

/** Three letters may be an ISO code, Q and digits a Wikidata QID; an id is always tried first. */
const ISO3 = /^[A-Za-z]{3}$/
const QID = /^[Qq][1-9]\d*$/

/** The actor an id, an ISO 3166-1 alpha-3 code (any case) or a Wikidata QID names; 404 when none does. */
export const getActorByRef = (graph: Graph, ref: string) => untorn(() => actorByRef(graph, ref))

async function actorByRef(graph: Graph, ref: string) {
  const iso3 = ISO3.test(ref) ? ref.toUpperCase() : null
  const qid = QID.test(ref) ? ref.toUpperCase() : null
  // Most refs are ids (kebab-case, not three letters): one index seek, no union to plan or run.
  const [row] =
    iso3 === null && qid === null ? await graph.read('actor-by-id', { id: ref }) : await graph.read('actor-by-ref', { id: ref, iso3, qid })
  if (!row) {
    const what = ISO3.test(ref) || QID.test(ref) ? 'id, ISO 3166-1 code or Wikidata QID' : 'id'
    throw notFound(`No actor with ${what} "${ref}".`, { id: ref })
  }
  return shapeActor(row.actor as Row)
}
export const getClaim = (graph: Graph, id: string) => one(graph, 'claim-by-id', 'claim', id, 'claim', shapeClaim)
export const getSource = (graph: Graph, id: string) => one(graph, 'source-by-id', 'source', id, 'source', shapeSource)
/** A source's recorded versions, oldest first (none: never recorded). */
export const listSourceVersions = async (graph: Graph, id: string) =>
  (await graph.read('source-versions', { id })) as Array<{
    version: number
    knownFrom: string
    knownUntil: string | null
    contentHash: string
    actors: number
    claims: number
    relations: number
  }>
/** By its id, or by the id another source gave it before it merged (the first source's id names it). */
export const getRelation = (graph: Graph, id: string) =>
  untorn(async () => {
    const [row] = await graph.read('relation-by-id', { id })
    const found = row ?? (await graph.read('relation-by-contributed-id', { id }))[0]
    if (!found) throw notFound(`No relation with id "${id}".`, { id })
    return shapeRelation(found.relation as Row)
  })

export async function listActorRelations(graph: Graph, id: string, f: ActorRelationsFilter) {
  // Known at an instant, an actor retracted since is still named by its id (the history's record).
  const known = f.knownAt === undefined ? [] : await graph.read('known-actor-by-id', { id })
  const actorId = known.length > 0 ? id : (await getActorByRef(graph, id)).id
  const params = { id: actorId, direction: f.direction, type: f.type ?? null, ...knownAtParams(f.knownAt) }
  return readPage(graph, atKnown('actor-relations', f.knownAt), 'relation', params, f, shapeRelation)
}

export const listRelations = (graph: Graph, f: RelationsFilter) =>
  readPage(
    graph,
    atKnown('relations-list', f.knownAt),
    'relation',
    { from: f.from ?? null, to: f.to ?? null, type: f.type ?? null, ...knownAtParams(f.knownAt) },
    f,
    shapeRelation,
  )

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
