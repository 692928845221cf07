// The seed file format, one JSON file per source (seed/*.json). docs/seed-format.md documents it for
// analysts; this zod schema is what enforces it. Cross-references (actor ids in claims, claim ids in
// relations, quotes in the source text) are checked by validate-seed.ts, which needs the whole file.
import { z } from 'zod'
import { ActorKind, Basis, DateBasis, DependencyKind, DependencyLevel, Hedge, RelationType, ShareBound } from '../model/vocabulary.js'

const kebabId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by single hyphens')

/** "2024", "2024-06" or "2024-06-19": as precise as the source is. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD')

const Role = z.strictObject({
  title: z.string().min(1).max(120),
  of: kebabId.describe('id of the actor the role is held in'),
})

const SeedActor = z.strictObject({
  id: kebabId,
  name: z.string().min(1).max(120),
  kind: ActorKind,
  aliases: z.array(z.string().min(1).max(120)).default([]),
  roles: z.array(Role).default([]),
  description: z.string().max(500).optional(),
  identifiers: z
    .strictObject({
      iso3: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, upper case')
        .optional(),
      wikidata: z
        .string()
        .regex(/^Q[1-9]\d*$/, 'must be a Wikidata QID such as Q423')
        .optional(),
    })
    .optional()
    .describe('standard identifiers; a state gets iso3 from the country table when left out'),
})

const SeedClaim = z.strictObject({
  id: kebabId,
  statement: z.string().min(1).max(500).describe('the claim in one plain sentence'),
  quote: z.string().min(1).max(1000).describe('verbatim from the source text'),
  assertedBy: z.string().min(1).describe('"author", "reports" or an actor id'),
  hedge: Hedge,
  about: z.array(kebabId).min(1),
  when: PartialDate.optional().describe('the time the claim refers to, when the source gives one'),
  contrastsWith: z.array(kebabId).default([]).describe('claims this one disputes or stands against'),
  at: z
    .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .optional()
    .describe('where the quote sits in the text (UTF-16 offsets, end exclusive); drafts keep it, the checker holds the quote to it'),
})

const Dependency = z
  .strictObject({
    kind: DependencyKind,
    share: z.number().min(0).max(1).optional().describe('a stated share, 0..1'),
    bound: ShareBound.optional(),
    level: DependencyLevel.optional(),
  })
  .refine((d) => d.share !== undefined || d.level !== undefined, {
    message: 'a dependency needs a share or a level',
  })
  .refine((d) => (d.share === undefined) === (d.bound === undefined), {
    message: 'share and bound go together',
    path: ['bound'],
  })

const SeedRelation = z
  .strictObject({
    id: kebabId,
    type: RelationType,
    from: kebabId,
    to: kebabId,
    claims: z.array(kebabId).min(1, 'no relation without evidence'),
    validFrom: PartialDate.optional(),
    validTo: PartialDate.optional(),
    periodNote: z.string().max(300).optional(),
    commodity: z.string().max(80).optional().describe('what is supplied or bought'),
    dependency: Dependency.optional(),
    weight: z.number().min(0).max(1).optional().describe('overrides the weight derived from the dependency'),
    deal: kebabId.optional().describe('id of the deal this relation is one side of'),
    basis: Basis.describe('stated (its quotes say it), inferred (say the reading in note) or background'),
    note: z.string().min(1).max(500).optional().describe('the analyst reading behind an inferred relation; required for inferred'),
    dateBasis: DateBasis.optional().describe(
      'where validFrom/validTo come from: stated in the text, or background; required on a dated relation',
    ),
  })
  .refine((r) => (r.type === 'depends-on') === (r.dependency !== undefined), {
    message: 'a depends-on relation needs a dependency, and only depends-on has one',
    path: ['dependency'],
  })
  .refine((r) => r.from !== r.to, { message: 'a relation joins two different actors', path: ['to'] })
  .refine((r) => r.basis !== 'inferred' || r.note !== undefined, {
    message: 'an inferred relation needs a note saying the reading',
    path: ['note'],
  })
  .refine((r) => (r.validFrom !== undefined || r.validTo !== undefined) === (r.dateBasis !== undefined), {
    message: 'a dated relation (validFrom or validTo) needs a dateBasis, and only a dated one has one',
    path: ['dateBasis'],
  })

const SeedDeal = z.strictObject({
  id: kebabId,
  label: z.string().min(1).max(200),
  claims: z.array(kebabId).min(1),
})

export const SeedFile = z.strictObject({
  format: z.literal('entente-seed/1'),
  source: z
    .strictObject({
      id: kebabId,
      title: z.string().min(1).max(300),
      publisher: z.string().min(1).max(200),
      author: z.string().max(200).optional(),
      url: z.string().url().optional(),
      publishedAt: PartialDate.optional(),
      reportsOn: z.strictObject({ event: z.string().min(1).max(300), date: PartialDate.optional() }),
      language: z.string().min(2).max(10).default('en'),
      textFile: z
        .string()
        .regex(/^[\w.-]+\.txt$/, 'must name a .txt file beside the seed file')
        .optional(),
      text: z.string().min(1).optional().describe('the source text inline, instead of textFile (drafts carry it so)'),
    })
    .refine((s) => (s.textFile === undefined) !== (s.text === undefined), {
      message: 'a source names its textFile or carries its text inline, exactly one of the two',
      path: ['textFile'],
    }),
  weights: z.partialRecord(DependencyLevel, z.number().min(0).max(1)).default({}),
  actors: z.array(SeedActor).default([]),
  claims: z.array(SeedClaim).default([]).describe('a draft of a text that relates no actors has none'),
  relations: z.array(SeedRelation).default([]),
  deals: z.array(SeedDeal).default([]),
})
export type SeedFile = z.infer<typeof SeedFile>
export type SeedRelation = z.infer<typeof SeedRelation>
export type SeedClaim = z.infer<typeof SeedClaim>
