// Query parameters of the list endpoints: validation, the OpenAPI parameters, and (z.infer) the types
// the list queries take.
import { z } from 'zod'
import { ActorKind, Hedge, RelationType } from '../model/vocabulary.js'
import { PageQuery } from './pagination.js'
import { ActorRef, Confidence, IdParam, KnownAt, queryNumber, SearchText } from './params.js'

export const ActorsQuery = PageQuery.extend({ q: SearchText.optional(), kind: ActorKind.optional() })

export const ActorRelationsQuery = PageQuery.extend({
  direction: z.enum(['out', 'in', 'both']).default('both'),
  type: RelationType.optional(),
  knownAt: KnownAt.optional(),
})

export const ClaimsQuery = PageQuery.extend({
  actor: IdParam.optional().describe('actor id the claim is about'),
  hedge: Hedge.optional(),
  minConfidence: queryNumber(Confidence).optional(),
  q: SearchText.optional(),
  source: IdParam.optional().describe('source id'),
})

export const RelationsQuery = PageQuery.extend({
  from: ActorRef.optional(),
  to: ActorRef.optional(),
  type: RelationType.optional(),
  knownAt: KnownAt.optional(),
})

export type Page = z.infer<typeof PageQuery>
export type ActorsFilter = z.infer<typeof ActorsQuery>
export type ActorRelationsFilter = z.infer<typeof ActorRelationsQuery>
export type ClaimsFilter = z.infer<typeof ClaimsQuery>
export type RelationsFilter = z.infer<typeof RelationsQuery>
