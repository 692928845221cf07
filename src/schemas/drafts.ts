// POST /drafts: what a client sends, and the draft seed document it gets back.
import { z } from 'zod'
import { PartialDate, SeedFile } from '../seed/seed-schema.js'

export const DraftRequest = z
  .strictObject({
    text: z
      .string()
      .refine((s) => s.trim().length > 0, 'must not be empty')
      .describe('the article body, plain text'),
    title: z.string().trim().min(1).max(300).optional(),
    publisher: z.string().trim().min(1).max(200).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    publishedAt: PartialDate.optional().describe('YYYY, YYYY-MM or YYYY-MM-DD; relative dates ("on Monday") resolve against it'),
    // Only English is drafted, and the schema says so: another language tag is refused as the
    // invalid field it is (400 naming language), not accepted by the schema and refused afterwards.
    // At most 10 characters: the draft echoes it as its source's language, which the seed format
    // bounds there (docs/seed-format.md), so a longer tag would make a draft that is no valid seed.
    language: z
      .string()
      .max(10)
      .regex(/^[Ee][Nn](-[A-Za-z0-9]{2,8})*$/, 'only English (en, en-*) is drafted')
      .optional()
      .describe('a language tag for English (en, en-GB, …): only English text is drafted; another language is a 400 naming language'),
  })
  .meta({
    id: 'DraftRequest',
    example: {
      text: 'Kenya received two patrol boats from India on Monday. Reports suggest that Iran supplies drones to Sudan. Norway did not sell weapons to Sudan.',
      title: 'Boats, drones and denials',
      publisher: 'Example Wire',
      publishedAt: '2025-06-12',
      language: 'en',
    },
  })
export type DraftRequest = z.infer<typeof DraftRequest>

export const DraftSeed = SeedFile.meta({
  id: 'DraftSeed',
  description:
    'A seed document (entente-seed/1, docs/seed-format.md) with the text inline in source.text; every claim keeps its quote offsets in `at`. Review it, then save it as seed/<id>.json with the text beside it.',
})
