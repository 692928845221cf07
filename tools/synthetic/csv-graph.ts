// A synthetic graph as CSV files for `neo4j-admin database import full`: every node, relationship and
// property the driver path (load.ts and its synthetic-*.cypher statements) stores, from the very rows
// it sends (rows.ts, with ids where it has elementIds; a source's text aside, see writeSource), so
// both paths store the same graph;
// test/synthetic-import.test.ts loads both and compares them to the property type. Streaming: a step
// at a time, as load.ts reads them. The graph's meta node, the schema and the ranking come after the
// import, through the driver (import.ts).
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { HEDGE_CONFIDENCE, type Hedge } from '../../src/model/vocabulary.js'
import { type Column, CsvFile } from './csv.js'
import type { SyntheticGraph } from './generate.js'
import { actorRow, roleRows, sourceRows, stepRows } from './rows.js'

const s = (name: string): Column => ({ name, type: 'string' })
const list = (name: string): Column => ({ name, type: 'string[]' })
const double = (name: string): Column => ({ name, type: 'double' })
const ends = (start: string, end: string): Column[] => [{ start }, { end }]

/** Node files by label, with their columns: what synthetic-sources, -actors, -claims and -deals create. */
const NODES = {
  Source: [
    { name: 'id', id: 'Source' },
    ...['title', 'publisher', 'author', 'url', 'publishedAt', 'language', 'reportsOnEvent', 'reportsOnDate', 'contentHash'].map(s),
    list('relationKeys'),
    list('relationIds'),
  ],
  Actor: [
    { name: 'id', id: 'Actor' },
    ...['name', 'kind'].map(s),
    list('aliases'),
    ...['description', 'iso3', 'wikidata'].map(s),
    list('tableNames'),
    s('searchText'),
  ],
  ActorKey: [{ name: 'key', id: 'ActorKey' }],
  Claim: [
    { name: 'id', id: 'Claim' },
    ...['sourceId', 'statement', 'quote', 'assertedBy', 'hedge'].map(s),
    double('confidence'),
    list('about'),
    ...['when', 'whenStart', 'whenEnd'].map(s),
    ...['contrastsWith', 'relationIds', 'relationKeys'].map(list),
    s('searchText'),
  ],
  Deal: [{ name: 'id', id: 'Deal' }, ...['sourceId', 'label'].map(s), list('claimIds'), list('relationIds')],
} satisfies Record<string, Column[]>

/** The properties of a RELATION, as src/seed/merge-relations.ts derives them (a JS number is a float). */
const RELATION: Column[] = [
  ...ends('Actor', 'Actor'),
  ...['id', 'key', 'type', 'sourceId'].map(s),
  ...['sources', 'relationIds'].map(list),
  double('corroboration'),
  list('contributions'),
  s('weightSourceId'),
  list('claimIds'),
  { name: 'symmetric', type: 'boolean' },
  ...['weight', 'confidence'].map(double),
  ...['validFrom', 'validTo', 'knownFrom', 'validStart', 'validEnd', 'periodNote', 'commodity', 'dependencyKind'].map(s),
  double('share'),
  ...['bound', 'level', 'deal', 'basis', 'note', 'dateBasis'].map(s),
]

/** Relationship files: their type and columns. */
const RELATIONSHIPS = {
  mentions: ['MENTIONS', ends('Source', 'Actor')],
  names: ['NAMES', ends('ActorKey', 'Actor')],
  roles: ['HOLDS_ROLE', [...ends('Actor', 'Actor'), s('title'), s('sourceId')]],
  claimFrom: ['FROM', ends('Claim', 'Source')],
  dealFrom: ['FROM', ends('Deal', 'Source')],
  about: ['ABOUT', ends('Claim', 'Actor')],
  assertedBy: ['ASSERTED_BY', ends('Claim', 'Actor')],
  relations: ['RELATION', RELATION],
  contrasts: ['CONTRASTS_WITH', ends('Claim', 'Claim')],
} satisfies Record<string, [string, Column[]]>

export interface CsvGraph {
  /** --nodes arguments and --relationships arguments: [label or type, file]. */
  nodes: Array<[string, string]>
  relationships: Array<[string, string]>
  /** The folder of the files. */
  dir: string
  actors: number
  relations: number
  claims: number
  /** "Label.property": how many nodes had an empty list there, written as absent (csv.ts). */
  emptyLists: Map<string, number>
}

const same = <T>(x: T) => x
/** The row of a relationship without properties: its ends are given apart. */
const NONE = Object.freeze({})

/** Writes the graph's CSV files into dir (created if missing); progress after each batch of steps. */
export async function writeCsvGraph(
  synthetic: SyntheticGraph,
  dir: string,
  progress: (done: number, total: number) => void = () => {},
): Promise<CsvGraph> {
  mkdirSync(dir, { recursive: true })
  const open = (name: string, columns: Column[]) => new CsvFile(path.join(dir, `${name}.csv`), columns)
  const nodes = Object.fromEntries(Object.entries(NODES).map(([label, columns]) => [label, open(label, columns)])) as Record<
    keyof typeof NODES,
    CsvFile
  >
  const rels = Object.fromEntries(Object.entries(RELATIONSHIPS).map(([name, [, columns]]) => [name, open(name, columns)])) as Record<
    keyof typeof RELATIONSHIPS,
    CsvFile
  >
  const files = [...Object.values(nodes), ...Object.values(rels)]
  // Rows go to memory; a file's chunk is written once it is full, between actors and between steps.
  const settle = async () => {
    for (const f of files) if (f.full) await f.flush()
  }
  try {
    for (const a of synthetic.actors) {
      const { keys, source, ...actor } = actorRow(a, same)
      nodes.Actor.write(actor)
      rels.mentions.write(NONE, source as string, a.id)
      for (const key of keys as string[]) {
        nodes.ActorKey.write({ key })
        rels.names.write(NONE, key, a.id)
      }
      for (const r of roleRows(a, same)) rels.roles.write({ title: r.title, sourceId: r.sourceId }, r.person as string, r.of as string)
      await settle()
    }
    // A source is written once its steps are done: they come one after another, and it stores the ids
    // and keys of the relations it states, in order (as synthetic-source-relations does).
    const pending = new Map(sourceRows(synthetic).map((row) => [row.id as string, row]))
    // Without its text, the one value that spans lines: the importer's parser for such fields is slow
    // (--multiline-fields=true, its help says) or failed here (v2 on the sources' file alone: "found CR
    // outside a text cell" at 100k relations, a 5 MB file). import.ts sets the texts after the import.
    const writeSource = (id: string) => {
      const { text: _text, ...source } = pending.get(id) as Record<string, unknown>
      nodes.Source.write(source)
      pending.delete(id)
    }
    const published = new Map(synthetic.sources.map(({ source }) => [source.id, source.publishedAt]))
    const total = synthetic.options.relations
    let relations = 0
    progress(0, total)
    let current: string | undefined
    for (const step of synthetic.steps()) {
      if (current !== step.sourceId) {
        if (current !== undefined) writeSource(current)
        current = step.sourceId
      }
      const stating = pending.get(step.sourceId) as { relationIds: string[]; relationKeys: string[] }
      const rows = stepRows([step], same, (id) => published.get(id))
      for (const c of rows.claims) writeClaim(c, nodes.Claim, rels)
      // One row per relation of the step, in order; its id and key are the ones the source states.
      for (const [from, to, props] of rows.relations as Array<[string, string, Record<string, unknown>]>) {
        rels.relations.write(props, from, to)
        stating.relationIds.push(props.id as string)
        stating.relationKeys.push(props.key as string)
      }
      for (const { source, ...deal } of rows.deals) {
        nodes.Deal.write({ ...deal, sourceId: source })
        rels.dealFrom.write(NONE, deal.id as string, source as string)
      }
      for (const { from, to } of rows.contrasts) rels.contrasts.write(NONE, from as string, to as string)
      relations += rows.relations.length
      await settle()
      progress(relations, total)
    }
    for (const id of [...pending.keys()]) writeSource(id)
    for (const f of files) await f.close()
  } catch (err) {
    await Promise.allSettled(files.map((f) => f.close()))
    throw err
  }
  const emptyLists = new Map<string, number>()
  for (const [label, file] of Object.entries(nodes)) for (const [name, n] of file.emptyLists) emptyLists.set(`${label}.${name}`, n)
  for (const [name, file] of Object.entries(rels))
    for (const [prop, n] of file.emptyLists) emptyLists.set(`${RELATIONSHIPS[name as keyof typeof RELATIONSHIPS][0]}.${prop}`, n)
  return {
    nodes: Object.entries(nodes).map(([label, f]) => [label, f.file]),
    relationships: Object.entries(rels).map(([name, f]) => [RELATIONSHIPS[name as keyof typeof RELATIONSHIPS][0], f.file]),
    dir,
    actors: nodes.Actor.rows,
    relations: rels.relations.rows,
    claims: nodes.Claim.rows,
    emptyLists,
  }
}

/** A claim row of rows.ts (its list layout, documented in synthetic-claims.cypher) as the Claim node and its links. */
function writeClaim(c: unknown[], claims: CsvFile, rels: Record<keyof typeof RELATIONSHIPS, CsvFile>): void {
  const [
    id,
    source,
    statement,
    quote,
    assertedBy,
    hedge,
    about,
    aboutNodes,
    assertedByNode,
    when,
    contrastsWith,
    relationIds,
    relationKeys,
  ] = c as [string, string, string, string, string, Hedge, string[], string[], string | null, string[] | null, string[], string[], string[]]
  claims.write({
    id,
    sourceId: source,
    statement,
    quote,
    assertedBy,
    hedge,
    confidence: HEDGE_CONFIDENCE[hedge],
    about,
    when: when?.[0],
    whenStart: when?.[1],
    whenEnd: when?.[2],
    contrastsWith,
    relationIds,
    relationKeys,
    // As synthetic-claims computes it: toLower(statement + '|' + quote).
    searchText: `${statement}|${quote}`.toLowerCase(),
  })
  rels.claimFrom.write(NONE, id, source)
  for (const actor of aboutNodes) rels.about.write(NONE, id, actor)
  if (assertedByNode !== null) rels.assertedBy.write(NONE, id, assertedByNode)
}
