// Path-shaped query results → API paths: every relation carries its claims expanded (the "says who"
// of each hop) and whether the hop follows it forwards or against its direction.
import type { z } from 'zod'
import type { Row } from '../db/graph.js'
import type { PathSchema } from '../schemas/analysis.js'
import { shapeRelation } from './shape.js'
import { present } from './torn-read.js'

export type Path = z.infer<typeof PathSchema>
type Evidence = Path['relations'][number]['claims'][number]

const evidence = (c: Row): Evidence => ({
  id: c.id as string,
  quote: c.quote as string,
  hedge: c.hedge as Evidence['hedge'],
  confidence: c.confidence as number,
  assertedBy: c.assertedBy as string,
  sourceId: c.sourceId as string,
})

export function shapePath(row: Row): Path {
  const actors = row.actors as Path['actors']
  for (const a of actors) present(a.id, 'an actor was deleted')
  const claims = new Map((row.claims as Row[]).map((c) => [c.id as string, evidence(c)]))
  const relations = (row.relations as Row[]).map((r, i) => {
    const relation = shapeRelation(r)
    return {
      ...relation,
      forward: relation.from === actors[i].id,
      // A claim a write deleted while this was read is not among the claims the read collected.
      claims: relation.claims.map((id) => present(claims.get(id), 'a claim was deleted')),
    }
  })
  return { hops: row.hops as number, score: row.score as number, actors, relations }
}
