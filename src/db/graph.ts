// The executor every query module goes through: named Cypher statements, parameters only, explicit
// database and routing, a transaction timeout on every query, results converted to JSON in one place
// and Neo4j errors mapped to HTTP errors in one place. Routes never see the driver.
import neo4j, { type Driver, type ManagedTransaction, type SessionMode } from 'neo4j-driver'
import { CATALOG, type Catalog, type Statement } from './cypher.js'
import { mapNeo4jError } from './neo4j-errors.js'
import { recordToJson } from './to-json.js'

export type Row = Record<string, unknown>
export type Params = Record<string, unknown>

/** Told of every statement run: its name, how long it took (seconds) and whether it succeeded (the metrics plugin). */
export type StatementObserver = (statement: string, seconds: number, ok: boolean) => void

/** The executor over a statement catalog: the service's (cypher/), or a tool's beside it (Graph.with). */
export class Graph<N extends string = Statement> {
  /** Set once by the metrics plugin; unset, statements are not timed at all. */
  observer: StatementObserver | undefined

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly timeoutMs: number,
    private readonly catalog: Catalog<N>,
  ) {}

  /** The executor of the service's statements (cypher/). */
  static of(driver: Driver, database: string, timeoutMs: number): Graph {
    return new Graph(driver, database, timeoutMs, CATALOG)
  }

  /** The same connection, with another catalog's statements callable too (a tool's own). */
  with<M extends string>(catalog: Catalog<M>): Graph<N | M> {
    const graph = new Graph(this.driver, this.database, this.timeoutMs, this.catalog.with(catalog))
    graph.observer = this.observer
    return graph
  }

  /** Runs one statement's work, timed for the observer when there is one: two clock reads and a call. */
  private timed<T>(name: N, work: () => Promise<T>): Promise<T> {
    const observer = this.observer
    if (observer === undefined) return work()
    const start = performance.now()
    const done = (ok: boolean) => observer(name, (performance.now() - start) / 1000, ok)
    return work().then(
      (value) => {
        done(true)
        return value
      },
      (err: unknown) => {
        done(false)
        throw err
      },
    )
  }

  /** Closes the driver: every session of this executor ends. */
  async close(): Promise<void> {
    await this.driver.close()
  }

  /**
   * Runs a named read statement and returns its rows as JSON objects; timeoutMs: past it, a 503. An
   * auto-commit transaction, which the driver does not retry: one round trip to Neo4j, where a managed
   * read transaction (executeRead) takes two, BEGIN and RUN, then COMMIT. Here a bolt round trip costs
   * about a millisecond, a fifth of a short statement (bench/README.md, "reads in one round trip"). A
   * transient failure answers 503 with Retry-After. Connections a Neo4j restart closed while idle in
   * the pool are dropped by the driver before use (test/faults.test.ts).
   */
  async read(name: N, params: Params = {}, timeoutMs = this.timeoutMs): Promise<Row[]> {
    return this.autoCommit(neo4j.session.READ, name, params, timeoutMs)
  }

  /**
   * Runs a named read statement like read, but hands each row to onRow as it arrives instead of
   * returning them all: only the driver's current batch of records is held, not the whole result, so
   * a caller that keeps less than the rows (the stored ranking's refresh, src/write/ranking.ts) holds
   * less. An auto-commit transaction like read, and for a second reason: a retried one would hand the
   * rows again. Rows are converted and errors mapped as read does; an error thrown by onRow rejects
   * unchanged and the rest of the result is discarded.
   */
  async readEach(name: N, params: Params, onRow: (row: Row) => void, timeoutMs = this.timeoutMs): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ })
    const text = this.catalog.text(name)
    return this.timed(
      name,
      () =>
        new Promise<void>((resolve, reject) => {
          let failed = false
          session.run(text, params, { timeout: timeoutMs }).subscribe({
            onNext: (record) => {
              if (failed) return
              try {
                onRow(recordToJson(record))
              } catch (err) {
                failed = true
                reject(err)
              }
            },
            onCompleted: () => resolve(),
            onError: (err) => reject(mapNeo4jError(err)),
          })
        }),
    ).finally(() => session.close())
  }

  /** Runs a named write statement in its own transaction. */
  async write(name: N, params: Params = {}): Promise<Row[]> {
    const text = this.catalog.text(name)
    return this.managedWrite((tx) => this.timed(name, () => tx.run(text, params).then((r) => r.records.map(recordToJson))))
  }

  /**
   * Runs a named write statement as an auto-commit transaction, never retried: the only way Neo4j runs
   * `CALL { … } IN [CONCURRENT] TRANSACTIONS`, whose inner transactions commit on their own, so a
   * retry of the whole statement would write twice what already committed. The statement reports what
   * failed (REPORT STATUS) and its caller retries just that.
   */
  async writeAutoCommit(name: N, params: Params = {}): Promise<Row[]> {
    return this.autoCommit(neo4j.session.WRITE, name, params, this.timeoutMs)
  }

  /** Runs several named statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (run: (name: N, params?: Params) => Promise<Row[]>) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.managedWrite(
      (tx) =>
        work((name, params = {}) =>
          this.timed(name, () => tx.run(this.catalog.text(name), params).then((r) => r.records.map(recordToJson))),
        ),
      timeoutMs,
    )
  }

  private async autoCommit(mode: SessionMode, name: N, params: Params, timeoutMs: number): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode })
    return this.timed(name, () =>
      session.run(this.catalog.text(name), params, { timeout: timeoutMs }).then(
        (result) => result.records.map(recordToJson),
        (err) => Promise.reject(mapNeo4jError(err)),
      ),
    ).finally(() => session.close())
  }

  /** A managed write transaction, which the driver retries on transient errors (a deadlock, a leader switch). */
  private async managedWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE })
    // A promise chain, not try/finally around a return: V8's coverage counts the unreachable code
    // after such a try statement as a branch never taken.
    return session
      .executeWrite(work, { timeout: timeoutMs })
      .catch((err: unknown) => Promise.reject(mapNeo4jError(err)))
      .finally(() => session.close())
  }
}

/** Integers for LIMIT/SKIP: JS numbers travel as floats, which Cypher refuses there. */
export const int = (n: number) => neo4j.int(n)
