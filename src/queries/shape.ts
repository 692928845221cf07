// Stored properties → API models. Kept apart from the Cypher so the JSON shape has one definition.
import type { z } from 'zod'
import type { Row } from '../db/graph.js'
import { ploverOf } from '../model/vocabulary.js'
import { present } from './torn-read.js'
import type { ActorSchema, ClaimSchema, RelationSchema, SourceWithTextSchema } from '../schemas/models.js'

export type Relation = z.infer<typeof RelationSchema>
export type Claim = z.infer<typeof ClaimSchema>
export type Actor = z.infer<typeof ActorSchema>
type SourceOut = Omit<z.infer<typeof SourceWithTextSchema>, 'text' | 'version'> & { text?: string; version?: number }

type Dependency = NonNullable<Relation['dependency']>

function dependencyOf(r: Row): Relation['dependency'] {
  // == null: a map projection with .* leaves absent properties out (undefined), explicit keys give null.
  return r.dependencyKind == null
    ? null
    : {
        kind: r.dependencyKind as Dependency['kind'],
        ...(r.share != null ? { share: r.share as number, bound: r.bound as Dependency['bound'] } : {}),
        ...(r.level != null ? { level: r.level as Dependency['level'] } : {}),
      }
}

function shapeContribution(c: Row): Relation['contributions'][number] {
  return {
    sourceId: c.sourceId as string,
    relationId: c.id as string,
    claims: c.claimIds as string[],
    confidence: c.confidence as number,
    weight: (c.weight as number | null) ?? null,
    dependency: dependencyOf(c),
    validFrom: (c.validFrom as string | null) ?? null,
    validTo: (c.validTo as string | null) ?? null,
  }
}

export function shapeRelation(r: Row): Relation {
  // Every stored relation has a type: none means a write deleted it while this was read.
  const type = present(r.type as Relation['type'] | undefined, 'a relation was deleted')
  const dependency = dependencyOf(r)
  // A relation stored before relations had a key (no contributions; test/sources.test.ts) is its own
  // source's only part.
  const contributions = Array.isArray(r.contributions)
    ? (r.contributions as string[]).map((c) => shapeContribution(JSON.parse(c) as Row))
    : [shapeContribution(r)]
  return {
    id: r.id as string,
    type,
    plover: ploverOf(type),
    from: r.from as string,
    to: r.to as string,
    symmetric: r.symmetric as boolean,
    weight: (r.weight as number | null) ?? null,
    confidence: r.confidence as number,
    dependency,
    claims: r.claimIds as string[],
    basis: r.basis as Relation['basis'],
    note: (r.note as string | null) ?? null,
    validFrom: (r.validFrom as string | null) ?? null,
    validTo: (r.validTo as string | null) ?? null,
    dateBasis: (r.dateBasis as Relation['dateBasis']) ?? null,
    knownFrom: (r.knownFrom as string | null) ?? null,
    periodNote: (r.periodNote as string | null) ?? null,
    commodity: (r.commodity as string | null) ?? null,
    deal: (r.deal as string | null) ?? null,
    sourceId: r.sourceId as string,
    sources: contributions.map((c) => c.sourceId),
    corroboration: contributions.length,
    weightFrom: Array.isArray(r.contributions)
      ? ((r.weightSourceId as string | null) ?? null)
      : r.weight == null
        ? null
        : (r.sourceId as string),
    contributions,
  }
}

export function shapeClaim(c: Row): Claim {
  return {
    id: present(c.id as string | undefined, 'a claim was deleted'),
    statement: c.statement as string,
    quote: c.quote as string,
    sourceId: c.sourceId as string,
    hedge: c.hedge as Claim['hedge'],
    confidence: c.confidence as number,
    assertedBy: c.assertedBy as string,
    actors: c.about as string[],
    relations: c.relationIds as string[],
    when: (c.when as string | null) ?? null,
    contrastsWith: c.contrastsWith as string[],
  }
}

export function shapeSource(s: Row): SourceOut {
  return {
    id: present(s.id as string | undefined, 'a source was deleted'),
    title: s.title as string,
    publisher: s.publisher as string,
    author: (s.author as string | null) ?? null,
    url: (s.url as string | null) ?? null,
    publishedAt: s.publishedAt as string | null,
    reportsOn: { event: s.reportsOnEvent as string, date: s.reportsOnDate as string | null },
    language: s.language as string,
    claimCount: s.claimCount as number,
    ...(typeof s.text === 'string' ? { text: s.text, version: s.version as number } : {}),
  }
}

export function shapeActor(a: Row): Actor {
  return {
    id: present(a.id as string | undefined, 'an actor was deleted'),
    name: a.name as string,
    kind: a.kind as Actor['kind'],
    aliases: a.aliases as string[],
    description: a.description as string | null,
    roles: a.roles as Array<{ title: string; of: string }>,
    identifiers: { iso3: (a.iso3 as string | null) ?? null, wikidata: (a.wikidata as string | null) ?? null },
  }
}
