// The synthetic loader's own statements (tools/synthetic/cypher/): callable, beside the service's,
// through withSynthetic(graph); they never load into the server.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Catalog } from '../../src/db/cypher.js'
import type { Graph } from '../../src/db/graph.js'
import { HOP_STATEMENTS, STATEMENTS } from './statements.js'

const SYNTHETIC_CATALOG = Catalog.load(path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher'), STATEMENTS, HOP_STATEMENTS)

/** The service's executor, with the synthetic loader's statements callable too. */
export const withSynthetic = (graph: Graph) => graph.with(SYNTHETIC_CATALOG)
