// PUT and DELETE /sources/{id}: the document a client puts (what POST /drafts answers, reviewed), the
// change summary both answer, and a source's recorded versions.
import { z } from 'zod'
import { SeedFile } from '../seed/seed-schema.js'

export const SourceDocument = SeedFile.meta({
  id: 'SourceDocument',
  description:
    'One entente-seed/1 document with its text inline (`source.text`), exactly what POST /drafts answers. `source.id` must be the id in the path. Every finding of the seed checker is a 422 naming its path.',
})

export const WriteResult = z
  .object({
    outcome: z.enum(['created', 'replaced', 'unchanged', 'retracted']),
    sourceId: z.string(),
    sourceVersion: z
      .number()
      .int()
      .nullable()
      .describe('the source\'s version after the write (its ETag is "v<version>"); null after a retraction'),
    graphVersion: z.number().int().nullable().describe('the graph version this write produced; null when nothing changed'),
    actorsAdded: z.array(z.string()).describe('ids of actors the graph did not have'),
    relationsAdded: z.array(z.string()).describe('ids of relations the graph did not have'),
    relationsChanged: z.array(z.string()).describe('ids of relations whose contributions changed (merged relations included)'),
    relationsRemoved: z.array(z.string()).describe('ids of relations gone from the graph'),
    corroborationChanged: z
      .array(z.object({ relationId: z.string(), before: z.number().int(), after: z.number().int() }))
      .describe('merged relations whose number of sources changed'),
  })
  .meta({
    id: 'WriteResult',
    example: {
      outcome: 'created',
      sourceId: 'fuel-wire',
      sourceVersion: 1,
      graphVersion: 4,
      actorsAdded: ['mng'],
      relationsAdded: ['mng-depends-on-rus-energy'],
      relationsChanged: [],
      relationsRemoved: [],
      corroborationChanged: [],
    },
  })
export type WriteResult = z.infer<typeof WriteResult>

export const Conditions = z.object({
  'if-match': z.string().optional().describe('the version a replace or a retraction expects, as its ETag ("v3"), or *'),
  'if-none-match': z.string().optional().describe('*: create only (412 when the source exists)'),
})

export const SourceVersion = z
  .object({
    version: z.number().int(),
    knownFrom: z.string().describe('when the graph started to hold this version (ISO 8601)'),
    knownUntil: z.string().nullable().describe('when a replace or a retraction ended it; null while current'),
    contentHash: z.string().describe('SHA-256 of the document and its text'),
    actors: z.number().int(),
    claims: z.number().int(),
    relations: z.number().int(),
  })
  .meta({ id: 'SourceVersion' })

export const SourceVersions = z.object({ items: z.array(SourceVersion) }).meta({ id: 'SourceVersions' })
