// The OpenAPI document is generated from the routes' zod schemas (jsonSchemaTransform); openapi.yaml
// in the repo is this document written out, and a test fails when the two drift apart.
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'

export const API_VERSION = '0.1.0'

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'entente',
          version: API_VERSION,
          description:
            'A geopolitical relationship graph: the actors, claims and dependencies of an article, with paths and influence ' +
            'between actors. Every edge answers "says who": a verbatim quote, who asserted it and how hedged.',
        },
        tags: [
          { name: 'service', description: 'Liveness and readiness' },
          { name: 'actors', description: 'States, people, organisations and blocs' },
          { name: 'claims', description: 'Atomic statements of a source, with verbatim quotes' },
          { name: 'relations', description: 'Typed, evidenced edges between actors' },
          { name: 'sources', description: 'The documents claims come from' },
          { name: 'analysis', description: 'Paths and influence between actors' },
          { name: 'graph', description: 'Exports of the graph for dashboards and Gephi' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    })
    await app.register(swaggerUi, { routePrefix: '/docs' })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
    app.get('/openapi.yaml', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('application/yaml').send(app.swagger({ yaml: true })),
    )
  },
  { name: 'openapi' },
)
