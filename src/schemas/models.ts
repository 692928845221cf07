// The models dashboards rely on. Registered once (meta ids) and referenced by name in openapi.yaml.
import { z } from 'zod'
import {
  ActorKind,
  Basis,
  DateBasis,
  DependencyKind,
  DependencyLevel,
  Hedge,
  PloverType,
  RelationType,
  ShareBound,
} from '../model/vocabulary.js'

export const RoleSchema = z.object({ title: z.string(), of: z.string().describe('actor id') }).meta({ id: 'Role' })

export const IdentifiersSchema = z
  .object({
    iso3: z.string().nullable().describe('ISO 3166-1 alpha-3 code, for states (from the country table)').meta({ example: 'PRK' }),
    wikidata: z.string().nullable().describe('Wikidata QID, where known with certainty').meta({ example: 'Q423' }),
  })
  .meta({ id: 'Identifiers' })

export const ActorSchema = z
  .object({
    id: z.string().meta({ example: 'prk' }),
    name: z.string().meta({ example: 'North Korea' }),
    kind: ActorKind,
    aliases: z.array(z.string()).meta({ example: ['Pyongyang', 'DPRK'] }),
    description: z.string().nullable(),
    roles: z.array(RoleSchema).describe('roles this actor holds in other actors (who leads which state)'),
    identifiers: IdentifiersSchema,
  })
  .meta({ id: 'Actor' })

export const DependencySchema = z
  .object({
    kind: DependencyKind,
    share: z.number().optional().describe('the stated share, 0..1'),
    bound: ShareBound.optional().describe('how the share bounds the truth: "at least 80%" is lower'),
    level: DependencyLevel.optional().describe('qualitative level where the source gives no number'),
  })
  .meta({ id: 'Dependency' })

export const ContributionSchema = z
  .object({
    sourceId: z.string(),
    relationId: z.string().describe('the id this source gives the relation (also answers GET /relations/{id})'),
    claims: z.array(z.string()).describe("ids of this source's claims that evidence it"),
    confidence: z.number().describe("the highest confidence among this source's claims"),
    weight: z.number().nullable().describe("this source's weight: its share, its level's weight or its stated weight"),
    dependency: DependencySchema.nullable().describe("this source's figure for a depends-on relation"),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'Contribution', description: 'what one source says about a relation' })

export const RelationSchema = z
  .object({
    id: z.string(),
    type: RelationType,
    plover: PloverType.nullable().describe('the PLOVER event type of its type (GET /vocabulary); null for a role or a dependency'),
    from: z.string().describe('actor id'),
    to: z.string().describe('actor id'),
    symmetric: z.boolean().describe('holds both ways (partners-with, trades-with, met ...)'),
    weight: z.number().nullable().describe('dependency weight 0..1 (share, or the level table); null for other types'),
    confidence: z.number().describe('the highest confidence among its claims'),
    dependency: DependencySchema.nullable(),
    claims: z.array(z.string()).describe('ids of the claims that evidence it'),
    basis: Basis.describe(
      'stated: its quotes say it; inferred: an analyst reading of them (see note); background: general knowledge the source assumes',
    ),
    note: z.string().nullable().describe('the reading behind an inferred relation, or what qualifies a stated one'),
    validFrom: z.string().nullable().describe('start of the period it held, as precise as the source'),
    validTo: z.string().nullable(),
    dateBasis: DateBasis.nullable().describe(
      'where validFrom/validTo come from: stated in the source or background knowledge; null when undated',
    ),
    knownFrom: z
      .string()
      .nullable()
      .describe(
        'when asOf starts counting it: validFrom; for an undated relation the earliest time its claims refer to, else the publication date of its source; null: open',
      ),
    periodNote: z.string().nullable(),
    commodity: z.string().nullable(),
    deal: z.string().nullable().describe('the exchange this relation is one side of'),
    sourceId: z.string().describe('the source that stated it first (published first): it names the relation'),
    sources: z.array(z.string()).describe('ids of every source that states it, first published first'),
    corroboration: z.number().int().describe('how many distinct sources state it'),
    weightFrom: z
      .string()
      .nullable()
      .describe('the source whose figure the weight uses: a stated share first, then the most confident, then the first published'),
    contributions: z.array(ContributionSchema).describe("each source's own part, figures included, in the order of sources"),
  })
  .meta({ id: 'Relation' })

export const ClaimSchema = z
  .object({
    id: z.string(),
    statement: z.string(),
    quote: z.string().describe('verbatim from the source'),
    sourceId: z.string(),
    hedge: Hedge,
    confidence: z.number().describe('derived from the hedge (docs/model.md)'),
    assertedBy: z.string().describe('"author", "reports" or an actor id'),
    actors: z.array(z.string()).describe('ids of the actors the claim is about'),
    relations: z.array(z.string()).describe('ids of the relations it evidences'),
    when: z.string().nullable().describe('the time the claim refers to, not when it was published'),
    contrastsWith: z.array(z.string()).describe('claims it disputes or stands against'),
  })
  .meta({ id: 'Claim' })

export const SourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    reportsOn: z.object({ event: z.string(), date: z.string().nullable() }),
    language: z.string(),
    claimCount: z.number().int(),
  })
  .meta({ id: 'Source' })

export const SourceWithTextSchema = SourceSchema.extend({
  text: z.string(),
  version: z.number().int().describe('the source\'s version (its ETag is "v<version>"); 0 for a source stored before versions were kept'),
}).meta({ id: 'SourceWithText' })
