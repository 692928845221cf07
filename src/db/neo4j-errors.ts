// The one place Neo4j errors become HTTP errors. Clients never see a Neo4j message: they learn only
// whether to retry. The original error stays attached (`cause`) for the log.
import { Neo4jError } from 'neo4j-driver'
import { type HttpError, unavailable } from '../lib/http-errors.js'

// DatabaseNotFound: NEO4J_DATABASE names a database this server does not have (yet): unavailable to
// the client, an operator's problem, and logged as such.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Database.DatabaseNotFound'])

// Every pooled connection stayed busy for the whole connectionAcquisitionTimeout: the driver says so
// with no code of its own (N/A), so the message is what tells it apart. Busy, not broken.
const POOL_EXHAUSTED = /^Connection acquisition timed out/

export function mapNeo4jError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err
  let mapped: HttpError
  if (UNAVAILABLE_CODES.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    mapped = unavailable('The graph database is unavailable; retry shortly.')
  } else if (err.code.includes('TransactionTimedOut') || err.code.includes('TransactionTimedOutClientConfiguration')) {
    mapped = unavailable('The query took longer than the time allowed; narrow it (fewer hops, a smaller k) or retry.', 1)
  } else if (err.retryable || POOL_EXHAUSTED.test(err.message)) {
    mapped = unavailable('The graph database is busy; retry shortly.', 1)
  } else {
    return err
  }
  ;(mapped as Error).cause = err
  return mapped
}
