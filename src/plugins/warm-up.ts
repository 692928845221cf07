// Warm-up: the work a fresh instance does before it takes load as it does warm. Today that is Neo4j's
// planning of the six path statements, seconds each on a cold server (queries/paths.ts). `npm start`
// and `npm run serve` start it before they listen; until it is over /ready answers 503 with
// Retry-After, so a load balancer holds traffic instead of sending a burst into the planning (issue
// 26: 14 × 503 and p99 2 s in the first minute). An app nobody warms up (tests, tools) is warm.
import fp from 'fastify-plugin'
import { planPathStatements } from '../queries/paths.js'

type Outcomes = Awaited<ReturnType<typeof planPathStatements>>

declare module 'fastify' {
  interface FastifyInstance {
    /** Starts the warm-up once (later calls get the same promise); resolves with each statement's outcome. */
    warmUp(): Promise<Outcomes>
    /** False from warmUp() until it is over (whatever its outcomes: failed plans are planned on first use). */
    isWarm(): boolean
  }
}

export default fp(
  async (app) => {
    let running: Promise<Outcomes> | undefined
    let warm = true
    app.decorate('warmUp', () => {
      if (running === undefined) {
        warm = false
        running = planPathStatements(app.graph).finally(() => {
          warm = true
        })
      }
      return running
    })
    app.decorate('isWarm', () => warm)
    // No onClose: nothing of its own to release. Closing does not wait for the warm-up; its statements
    // end with the driver (plugins/neo4j.ts), as rejected outcomes.
  },
  { name: 'warm-up' },
)
