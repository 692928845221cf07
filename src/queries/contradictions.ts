// Reads of /contradictions: pairs of contrasting or disputing claims, both quotes side by side.
import type { z } from 'zod'
import type { Graph, Row } from '../db/graph.js'
import type { Hedge } from '../model/vocabulary.js'
import type { ContradictionSchema } from '../schemas/contradictions.js'
import { readPage } from './pages.js'

type Contradiction = z.infer<typeof ContradictionSchema>
type Side = Contradiction['claims'][number]

/** Hedges by which one claim disputes another rather than merely standing beside it. */
const DISPUTING: readonly Hedge[] = ['denied', 'doubted']

const side = (c: Row): Side => ({
  id: c.id as string,
  statement: c.statement as string,
  quote: c.quote as string,
  sourceId: c.sourceId as string,
  hedge: c.hedge as Hedge,
  confidence: c.confidence as number,
  assertedBy: c.assertedBy as string,
  actors: c.about as string[],
  relations: c.bearsOn as Side['relations'],
})

function shapeContradiction(row: Row): Contradiction {
  const claims = (row.claims as Row[]).map(side)
  return {
    id: row.id as string,
    kind: claims.some((c) => DISPUTING.includes(c.hedge)) ? 'denial' : 'contrast',
    crossSource: claims[0].sourceId !== claims[1].sourceId,
    claims,
  }
}

export const listContradictions = (graph: Graph, f: { actor?: string; limit: number; cursor?: string }) =>
  readPage(graph, 'contradictions-list', 'contradiction', { actor: f.actor ?? null }, f, shapeContradiction)
