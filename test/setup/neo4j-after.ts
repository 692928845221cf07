// Runs once after the suite: stops every tap job's embedded Neo4j and removes its data, then mends the
// source maps the tests' spawned processes recorded for coverage (fix-coverage-maps.ts) before tap
// reports it.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { stopSuiteNeo4j } from '../helpers/suite-neo4j.js'
import { fixCoverageMaps } from './fix-coverage-maps.js'

await stopSuiteNeo4j()
// Where tap collects coverage (absent under --disable-coverage, which clears it).
const coverage = path.resolve(import.meta.dirname, '../../.tap/coverage')
if (existsSync(coverage)) fixCoverageMaps(coverage)
