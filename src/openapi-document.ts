// The OpenAPI document as YAML, generated from the routes' zod schemas without a database
// connection. tools/write-openapi.ts writes it to openapi.yaml; a test compares the two.
import { buildApp } from './app.js'

export async function openapiYaml(): Promise<string> {
  const app = await buildApp(
    {
      NEO4J_URI: 'bolt://unused:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: '',
      NEO4J_DATABASE: 'neo4j',
      NEO4J_CONNECT_TIMEOUT_MS: 1000,
      NEO4J_QUERY_TIMEOUT_MS: 1000,
      LOG_LEVEL: 'silent',
    },
    {},
    { withDatabase: false },
  )
  try {
    await app.ready()
    return app.swagger({ yaml: true })
  } finally {
    await app.close()
  }
}
