// A test's API process: the app on the suite's Neo4j, listening on a free port it prints as
// `listening <port>`. Run as a child process, so a test can kill it (SIGKILL) in the middle of a request.
import { buildApp } from '../../src/app.js'
import { testConfig } from './config.js'

const app = await buildApp(testConfig({ NEO4J_QUERY_TIMEOUT_MS: 120_000 }))
await app.listen({ port: 0, host: '127.0.0.1' })
console.log(`listening ${(app.server.address() as { port: number }).port}`)
