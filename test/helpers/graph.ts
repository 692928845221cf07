// Test-side access to the suite's Neo4j: an app built on it, a wipe between test files (the files of
// one tap job run one at a time, each job on its own Neo4j, so a file owns its database while it runs),
// counts to prove nothing changed, and seeding.
import neo4j from 'neo4j-driver'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildApp, type App } from '../../src/app.js'
import { ROOT } from '../../src/local-neo4j.js'
import { SEED_DIR, seedFiles, seedFilesIn } from '../../src/write/seed-files.js'
import { testConfig } from './config.js'

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')

export async function testApp(): Promise<App> {
  return buildApp(testConfig())
}

/** Test-only Cypher (setup, not product queries): wipes every node and relationship, once the ranking refresh a write of this app asked for is over (it would write Rank nodes into the wiped graph). */
export async function wipe(app: App): Promise<void> {
  await app.rankingRefresh.settled()
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS')
  } finally {
    await session.close()
  }
}

/**
 * Test-only Cypher: node and relationship counts of the graph, to show a refused or failed write
 * changed nothing. The record of each source version (SourceVersion, kept apart from the graph, one
 * node per version), the audit trail and change feed (AuditEntry, Change: a write appends to them by
 * design), the API keys and the history known-at reads answer from (KnownActor, KnownClaim,
 * KNOWN_RELATION, VERSION_MENTIONS: a write adds to it by design) are records about the graph, not the
 * graph: they are not counted.
 */
export async function counts(app: App): Promise<{ nodes: number; relationships: number }> {
  // The stored ranking is rewritten in the background after a write: counted once it is over.
  await app.rankingRefresh.settled()
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    const res = await session.run(
      `CALL () { MATCH (n) WHERE NOT (n:SourceVersion OR n:AuditEntry OR n:Change OR n:ApiKey OR n:KnownActor OR n:KnownClaim) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE NOT type(r) IN ['KNOWN_RELATION', 'VERSION_MENTIONS'] RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
    )
    const rec = res.records[0]
    return { nodes: rec.get('nodes').toNumber(), relationships: rec.get('relationships').toNumber() }
  } finally {
    await session.close()
  }
}

/** A Neo4j value as canonical JSON: map keys sorted, integers and temporals tagged so no two kinds collide. */
function canonValue(v: unknown): unknown {
  if (neo4j.isInt(v)) return { $int: v.toString() }
  if (Array.isArray(v)) return v.map(canonValue)
  if (v !== null && typeof v === 'object') {
    if (v.constructor !== Object) return { $value: String(v) }
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, canonValue(x)]),
    )
  }
  return v
}

/**
 * Test-only Cypher: the whole graph as sorted lines, one per node (its labels and every property) and
 * one per relationship (its type, every property, and the full lines of both ends), with a SHA-256 of
 * them. Two snapshots are equal exactly when no property, label, node or relationship changed.
 */
export async function graphSnapshot(app: App): Promise<{ digest: string; lines: string[] }> {
  await app.rankingRefresh.settled()
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    const nodes = await session.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props')
    const lineOf = new Map<string, string>()
    for (const r of nodes.records) {
      lineOf.set(r.get('id'), `(${[...r.get('labels')].sort().join(':')} ${JSON.stringify(canonValue(r.get('props')))})`)
    }
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b',
    )
    const lines = [
      ...lineOf.values(),
      ...rels.records.map(
        (r) => `${lineOf.get(r.get('a'))}-[:${r.get('type')} ${JSON.stringify(canonValue(r.get('props')))}]->${lineOf.get(r.get('b'))}`,
      ),
    ].sort()
    return { digest: createHash('sha256').update(lines.join('\n')).digest('hex'), lines }
  } finally {
    await session.close()
  }
}

export async function seedArticle(app: App) {
  return seedFiles(app.graph, await seedFilesIn(SEED_DIR))
}

/** Where this job's last articleGraph() wrote down the snapshot its seed left. */
const articleMark = () => {
  const { NEO4J_URI, NEO4J_DATABASE } = testConfig()
  const key = createHash('sha256').update(`${NEO4J_URI} ${NEO4J_DATABASE}`).digest('hex').slice(0, 16)
  return path.join(ROOT, `.data/test-article-${key}.json`)
}

/**
 * The article's graph and nothing else, as `await wipe(app); await seedArticle(app)` leaves it, but
 * shared: seeding takes seconds, so when the database still holds exactly what the last such seed left
 * (every node, relationship, label and property: graphSnapshot, after a cheap count check) nothing is
 * done. Any write since, by a test or the product, changes the snapshot and the graph is seeded again.
 */
export async function articleGraph(app: App): Promise<void> {
  const mark = articleMark()
  if (existsSync(mark)) {
    const last = JSON.parse(readFileSync(mark, 'utf8')) as { nodes: number; relationships: number; digest: string }
    const now = await counts(app)
    if (now.nodes === last.nodes && now.relationships === last.relationships && (await graphSnapshot(app)).digest === last.digest) return
  }
  await wipe(app)
  await seedArticle(app)
  mkdirSync(path.dirname(mark), { recursive: true })
  writeFileSync(mark, JSON.stringify({ ...(await counts(app)), digest: (await graphSnapshot(app)).digest }))
}
