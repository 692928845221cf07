// The raw-driver side of the benchmark. Rather than restating what each endpoint runs, the statements
// the API itself issues for a request are recorded (name and parameters, through app.graph) and
// replayed through the bare driver: an auto-commit transaction, the named statement's text from the catalog (src/db/cypher.ts),
// the same parameters, the same order, and in parallel where the API ran them in parallel. So the
// ratio API / raw measures exactly what the API adds: HTTP, validation, shaping and serialization.
import neo4j, { type Driver } from 'neo4j-driver'
import { CATALOG, type Statement } from '../src/db/cypher.js'
import type { Graph, Params } from '../src/db/graph.js'

/** Groups run one after the other; the statements of a group run at once. */
export type Plan = Array<Array<{ name: Statement; params: Params }>>

/** The graph version the ETag plugin reads (at most once a second): not part of any one request. */
const AMBIENT = new Set<Statement>(['graph-version'])

/* c8 ignore start -- the raw driver side of the benchmark's comparison (recording what each request runs, then replaying it through the bare driver): runs only under npm run bench on a quiet machine */
/** Records the statements `request` makes the API run. */
export async function recordPlan(graph: Graph, request: () => Promise<unknown>): Promise<Plan> {
  const plan: Plan = []
  let inFlight = 0
  const read = graph.read
  graph.read = async (name: Statement, params: Params = {}) => {
    if (AMBIENT.has(name)) return read.call(graph, name, params)
    if (inFlight === 0) plan.push([])
    plan[plan.length - 1].push({ name, params })
    inFlight++
    try {
      return await read.call(graph, name, params)
    } finally {
      inFlight--
    }
  }
  try {
    await request()
  } finally {
    graph.read = read
  }
  return plan
}

export class RawDriver {
  private readonly driver: Driver

  constructor(
    uri: string,
    private readonly database: string,
  ) {
    this.driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50 })
  }

  /** One read, as src/db/graph.ts runs it (a session per statement, auto-commit), minus JSON conversion. */
  private async read(name: Statement, params: Params): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ })
    try {
      await session.run(CATALOG.text(name), params)
    } finally {
      await session.close()
    }
  }

  async run(plan: Plan): Promise<void> {
    for (const group of plan) await Promise.all(group.map((s) => this.read(s.name, s.params)))
  }

  close(): Promise<void> {
    return this.driver.close()
  }
}
