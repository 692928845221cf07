// /contradictions: pairs of claims that stand against each other, within a source or across sources.
import { z } from 'zod'
import { Hedge, RelationType } from '../model/vocabulary.js'

export const RelationRefSchema = z
  .object({ id: z.string(), type: RelationType, from: z.string(), to: z.string() })
  .meta({ id: 'RelationRef', description: 'a relation, named by id, type and ends' })

export const ContradictingClaimSchema = z
  .object({
    id: z.string(),
    statement: z.string(),
    quote: z.string().describe('verbatim from its source'),
    sourceId: z.string(),
    hedge: Hedge,
    confidence: z.number(),
    assertedBy: z.string(),
    actors: z.array(z.string()),
    relations: z.array(RelationRefSchema).describe('the relations this claim is evidence for'),
  })
  .meta({ id: 'ContradictingClaim' })

export const ContradictionSchema = z
  .object({
    id: z.string().describe('the two claim ids, sorted, joined by "~"').meta({ example: 'claim-a~claim-b' }),
    kind: z
      .enum(['contrast', 'denial'])
      .describe('denial when either claim is hedged denied or doubted (one disputes the other); contrast otherwise'),
    crossSource: z.boolean().describe('the two claims come from different sources'),
    claims: z.array(ContradictingClaimSchema).length(2).describe('ordered by claim id'),
  })
  .meta({ id: 'Contradiction' })
