// Runs once after the suite: stops every tap job's embedded Neo4j and removes its data.
import { stopSuiteNeo4j } from '../helpers/suite-neo4j.js'

await stopSuiteNeo4j()
