// A first load through Neo4j's bulk importer: the synthetic graph written as CSV (csv-graph.ts), then
// `neo4j-admin database import full` into a Neo4j home before any Neo4j runs on it (the importer
// writes the store files itself; it needs the database stopped, so only a new home or, with wipe, an
// overwritten one), then the embedded Neo4j started on that home for what the driver path does after
// its data (load.ts schemaAndVersion and the ranking). The importer is the embedded Neo4j's own
// (org.neo4j.cli.AdminTool, already in tools/neo4j-local/target/lib): no other artifact.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { int, type Graph } from '../../src/db/graph.js'
import { type LocalNeo4j, startLocalNeo4j, TOOL_DIR } from '../../src/local-neo4j.js'
import { refreshRanking } from '../../src/write/ranking.js'
import { withSynthetic } from './catalog.js'
import { ARRAY_DELIMITER, QUOTE } from './csv.js'
import { type CsvGraph, writeCsvGraph } from './csv-graph.js'
import type { SyntheticGraph } from './generate.js'
import { type LoadReport, NotEmptyError, schemaAndVersion } from './load.js'

export interface ImportOptions {
  /** The Neo4j home to import into: new or empty, or any with wipe (its database is overwritten). */
  home: string
  /** Bolt port of the embedded Neo4j started on the home for the steps after the import. */
  port: number
  wipe: boolean
  /** The importer's heap and its off-heap budget (caches), in MB, and its worker threads. */
  importHeapMb: number
  offHeapMb: number
  threads: number
  /** The embedded Neo4j's heap and page cache, in MB. */
  heapMb: number
  pagecacheMb: number
  /** Leave the embedded Neo4j running (detached) instead of stopping it. */
  keep: boolean
  /** Opens the graph on the started Neo4j. */
  open: (uri: string) => Promise<Graph>
  progress?: (phase: 'csv', done: number, total: number) => void
}

export interface ImportReport extends LoadReport {
  /** Of loadSeconds: writing the CSV files, and the importer's run. */
  csvSeconds: number
  importSeconds: number
  /** The Neo4j left running (keep), else null. */
  neo4j: LocalNeo4j | null
}

/** The importer failed: its exit code and last lines. */
export class ImportError extends Error {}

/** The statement that sets the empty lists the importer leaves absent, by "Label.property": one per label. */
const EMPTY_LISTS = {
  'Actor.aliases': 'synthetic-empty-actor-lists',
  'Actor.tableNames': 'synthetic-empty-actor-lists',
  'Claim.contrastsWith': 'synthetic-empty-claim-lists',
  'Source.relationIds': 'synthetic-empty-source-lists',
  'Source.relationKeys': 'synthetic-empty-source-lists',
} as const

const LAST_LINES = 15

/** Does the home already hold a database store? */
export const hasStore = (home: string) => {
  const store = path.join(home, 'data/databases/neo4j')
  return existsSync(store) && readdirSync(store).length > 0
}

/**
 * Runs `neo4j-admin database import full neo4j` on the CSV files; its output goes to import.log beside
 * them. Rejects with ImportError (exit code and its last lines).
 */
export function runImporter(
  home: string,
  csv: CsvGraph,
  opts: { heapMb: number; offHeapMb: number; threads: number; overwrite: boolean },
): Promise<void> {
  const dir = csv.dir
  const lib = path.join(TOOL_DIR, 'target')
  const args = [
    `-Xmx${opts.heapMb}m`,
    '-cp',
    `${path.join(lib, 'classes')}${path.delimiter}${path.join(lib, 'lib/*')}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    ...csv.nodes.map(([label, file]) => `--nodes=${label}=${file}`),
    ...csv.relationships.map(([type, file]) => `--relationships=${type}=${file}`),
    `--threads=${opts.threads}`,
    // On a failure, the row, field and value at fault (its stack traces go to the log only).
    '--verbose',
    `--max-off-heap-memory=${opts.offHeapMb}m`,
    `--array-delimiter=${ARRAY_DELIMITER}`,
    `--quote=${QUOTE}`,
    `--report-file=${path.join(dir, 'import.report')}`,
    ...(opts.overwrite ? ['--overwrite-destination'] : []),
  ]
  const logFile = path.join(dir, 'import.log')
  const log = createWriteStream(logFile)
  let recent = ''
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk)
        recent = (recent + chunk.toString()).slice(-64 * 1024)
      })
    }
    /* c8 ignore next -- java is on the PATH wherever the embedded Neo4j runs (src/local-neo4j.ts checks it first) */
    child.once('error', reject)
    child.once('close', (code) => {
      log.end()
      // The last lines that say something: the stack frames --verbose adds stay in the log.
      const tail = recent
        .split('\n')
        .filter((line) => line.trim() !== '' && !/^\s+at |^\s*\.\.\. \d+ more/.test(line))
        .slice(-LAST_LINES)
      if (code === 0) resolve()
      else
        reject(
          new ImportError(`neo4j-admin database import exited with code ${code}; its last lines (all in ${logFile}):\n${tail.join('\n')}`),
        )
    })
  })
}

/** Writes, imports, then applies schema, version and ranking on the embedded Neo4j (see the header). */
export async function importSynthetic(synthetic: SyntheticGraph, opts: ImportOptions): Promise<ImportReport> {
  if (hasStore(opts.home) && !opts.wipe)
    throw new NotEmptyError(
      `${opts.home} already holds a database: the bulk import writes only into a new Neo4j home (pass --wipe to overwrite it)`,
    )
  const started = Date.now()
  const dir = path.join(opts.home, 'import')
  rmSync(dir, { recursive: true, force: true })
  const csv = await writeCsvGraph(synthetic, dir, (done, total) => opts.progress?.('csv', done, total))
  checkEmptyLists(csv.emptyLists)
  const written = Date.now()
  await runImporter(opts.home, csv, { heapMb: opts.importHeapMb, offHeapMb: opts.offHeapMb, threads: opts.threads, overwrite: opts.wipe })
  // The CSV files are kept when the import fails (with its log and report), removed once it is done.
  rmSync(dir, { recursive: true, force: true })
  const imported = Date.now()

  const db = await startLocalNeo4j({
    port: opts.port,
    home: opts.home,
    heapMb: opts.heapMb,
    pagecacheMb: opts.pagecacheMb,
    detached: opts.keep,
    gc: 'parallel',
  })
  let graph: Graph | undefined
  let done = false
  try {
    graph = await opts.open(db.uri)
    const restarted = Date.now()
    await fillEmptyLists(graph, csv.emptyLists)
    // The sources' texts, left out of the CSV files (csv-graph.ts writeSource): a few, in one write.
    const texts = synthetic.sources.map(({ source, text }) => ({ id: source.id, text }))
    await withSynthetic(graph).write('synthetic-source-texts', { sources: texts })
    await schemaAndVersion(graph, [])
    const indexed = Date.now()
    await refreshRanking(graph)
    done = true
    return {
      actors: csv.actors,
      relations: csv.relations,
      claims: csv.claims,
      loadSeconds: (imported - started) / 1000,
      csvSeconds: (written - started) / 1000,
      importSeconds: (imported - written) / 1000,
      schemaSeconds: (indexed - restarted) / 1000,
      rankingSeconds: (Date.now() - indexed) / 1000,
      neo4j: opts.keep ? db : null,
    }
  } finally {
    await graph?.close()
    if (!done || !opts.keep) await db.stop()
  }
}

/** Throws before the import when a list was empty where no statement sets it afterwards. */
export function checkEmptyLists(emptyLists: Map<string, number>): void {
  const unset = [...emptyLists.keys()].filter((key) => !(key in EMPTY_LISTS))
  if (unset.length > 0) throw new Error(`empty lists the import cannot store and nothing sets afterwards: ${unset.join(', ')}`)
}

/**
 * Sets the empty lists the importer left absent: one pass per label that has any, committed every
 * `rows` rows (one scan of the label each, where a loop of LIMITed statements scanned it again and again).
 */
async function fillEmptyLists(service: Graph, emptyLists: Map<string, number>, rows = 50_000): Promise<void> {
  const graph = withSynthetic(service)
  const statements = new Set([...emptyLists.keys()].map((key) => EMPTY_LISTS[key as keyof typeof EMPTY_LISTS]))
  for (const statement of statements) await graph.writeAutoCommit(statement, { rows: int(rows) })
}
