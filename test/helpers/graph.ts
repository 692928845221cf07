// Test-side access to the suite's Neo4j: an app built on it, a wipe between test files (they run one
// at a time, so each owns the database while it runs), counts to prove nothing changed, and seeding.
import path from 'node:path'
import { buildApp, type App } from '../../src/app.js'
import { SEED_DIR, seedFiles, seedFilesIn } from '../../src/seed/load-seed.js'
import { testConfig } from './config.js'

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')

export async function testApp(): Promise<App> {
  return buildApp(testConfig())
}

/** Test-only Cypher (setup, not product queries): wipes every node and relationship. */
export async function wipe(app: App): Promise<void> {
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS')
  } finally {
    await session.close()
  }
}

/** Test-only Cypher: node and relationship counts, to show a refused or failed write changed nothing. */
export async function counts(app: App): Promise<{ nodes: number; relationships: number }> {
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    const res = await session.run(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    )
    const rec = res.records[0]
    return { nodes: rec.get('nodes').toNumber(), relationships: rec.get('relationships').toNumber() }
  } finally {
    await session.close()
  }
}

export async function seedArticle(app: App) {
  return seedFiles(app.graph, await seedFilesIn(SEED_DIR))
}
