// The OpenAPI document is generated from the routes' zod schemas (jsonSchemaTransform); openapi.yaml
// in the repo is this document written out, and a test fails when the two drift apart. Fields that carry
// a JSON text are described as such (withJsonTextFields).
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import type {} from '../lib/route-policy.js'
import { JSON_TEXT } from '../schemas/common.js'
import { PAGE_CSP } from './security-headers.js'

export const API_VERSION = '0.1.0'

/** Swagger UI's routes: a page that styles inline (its own Content-Security-Policy), not a read of the graph, open to anyone. */
const DOCS_CONFIG = {
  csp: { ...PAGE_CSP, fontSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"] },
  graphCache: false,
  authExempt: true,
}

type OpenApiDocument = { components?: { schemas?: Record<string, unknown> } } & Record<string, unknown>

/** Drops component schemas that nothing outside components.schemas refers to, transitively. */
export function withoutUnusedSchemas(doc: OpenApiDocument): OpenApiDocument {
  const schemas = doc.components?.schemas
  if (!schemas) return doc
  const refsIn = (value: unknown) => new Set([...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]))
  const used = refsIn({ ...doc, components: { ...doc.components, schemas: {} } })
  for (let grew = true; grew; ) {
    grew = false
    for (const name of [...used]) {
      for (const ref of refsIn(schemas[name])) {
        if (!used.has(ref)) {
          used.add(ref)
          grew = true
        }
      }
    }
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)))
  return { ...doc, components: { ...doc.components, schemas: kept } }
}

// biome-ignore lint/suspicious/noExplicitAny: parts of the generated OpenAPI document, walked by key; their shape is OpenAPI's
type Json = Record<string, any>

function unmarked(schema: Json): Json {
  const { [JSON_TEXT]: _mark, ...rest } = schema
  return rest
}

/**
 * The fields marked JSON_TEXT (src/schemas/common.ts) as OpenAPI describes a JSON text: `content:
 * application/json` on a parameter, `encoding.contentType` on a form field; a JSON body holds the
 * value itself and only loses the mark.
 */
export function withJsonTextFields(doc: OpenApiDocument): OpenApiDocument {
  // @fastify/swagger always gives paths ({} for an app without routes).
  const paths = doc.paths as Record<string, Record<string, Json>>
  const out: Record<string, Record<string, Json>> = {}
  for (const [url, operations] of Object.entries(paths)) {
    out[url] = {}
    for (const [method, op] of Object.entries(operations)) {
      const parameters = (op.parameters as Json[] | undefined)?.map((p) =>
        p.schema?.[JSON_TEXT] ? { ...unmarked(p), schema: undefined, content: { 'application/json': { schema: unmarked(p.schema) } } } : p,
      )
      const content = op.requestBody?.content as Record<string, Json> | undefined
      const bodies =
        content &&
        Object.fromEntries(
          Object.entries(content).map(([type, media]) => {
            const props = (media.schema?.properties ?? {}) as Record<string, Json>
            const marked = Object.keys(props).filter((k) => props[k][JSON_TEXT])
            if (marked.length === 0) return [type, media]
            const schema = { ...media.schema, properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, unmarked(v)])) }
            const form = type === 'application/x-www-form-urlencoded'
            const encoding = form ? Object.fromEntries(marked.map((k) => [k, { contentType: 'application/json' }])) : undefined
            return [type, { ...media, schema, ...(encoding ? { encoding } : {}) }]
          }),
        )
      out[url][method] = {
        ...op,
        ...(parameters ? { parameters: parameters.map((p) => JSON.parse(JSON.stringify(p))) } : {}),
        ...(bodies ? { requestBody: { ...op.requestBody, content: bodies } } : {}),
      }
    }
  }
  return { ...doc, paths: out }
}

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'entente',
          version: API_VERSION,
          license: { name: 'Proprietary', identifier: 'LicenseRef-entente-proprietary' },
          description:
            'A geopolitical relationship graph: the actors, claims and dependencies of an article, with paths and influence ' +
            'between actors. Every edge answers "says who": a verbatim quote, who asserted it and how hedged.',
        },
        servers: [{ url: '/', description: 'this server (Swagger UI try-it-out calls the server that serves it)' }],
        // Reads are open (unless AUTH_READS=key); an operation that needs a key names the scheme and its
        // scope itself (plugins/auth.ts adds them from the route's config).
        security: [],
        components: {
          securitySchemes: {
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'ent_<id>_<secret>',
              description:
                'An API key, `Authorization: Bearer <key>`, made with `npm run keys -- create --name NAME --scope read|write|admin`. ' +
                'Scopes include the ones before them: read < write < admin. Each operation that needs a key says its scope ' +
                '(`x-required-scope`).',
            },
          },
        },
        tags: [
          { name: 'service', description: 'Liveness and readiness' },
          { name: 'actors', description: 'States, people, organisations and blocs' },
          { name: 'claims', description: 'Atomic statements of a source, with verbatim quotes' },
          { name: 'relations', description: 'Typed, evidenced edges between actors' },
          { name: 'sources', description: 'The documents claims come from' },
          { name: 'analysis', description: 'Paths and influence between actors' },
          { name: 'graph', description: 'Exports of the graph for dashboards and Gephi' },
          { name: 'reconcile', description: 'W3C Reconciliation Service API (0.2): match names to actors from OpenRefine' },
        ],
      },
      transform: jsonSchemaTransform,
      // zod's registry yields an Input and an output variant of every shared model; keep only those
      // the operations actually reference, so the contract lists no dead schemas.
      transformObject: (input) =>
        withJsonTextFields(withoutUnusedSchemas(jsonSchemaTransformObject(input) as OpenApiDocument)) as ReturnType<
          typeof jsonSchemaTransformObject
        >,
    })
    // Swagger UI registers its own routes; in a scope of their own, this scope's onRoute hook gives each
    // of them, and nothing else, the policy of a page that describes the API (lib/route-policy.ts).
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...route.config, ...DOCS_CONFIG }
      })
      await docs.register(swaggerUi, { routePrefix: '/docs' })
    })
    app.get('/openapi.json', { schema: { hide: true }, config: { graphCache: false, authExempt: true } }, async () => app.swagger())
    app.get('/openapi.yaml', { schema: { hide: true }, config: { graphCache: false, authExempt: true } }, async (_req, reply) =>
      reply.type('application/yaml').send(app.swagger({ yaml: true })),
    )
  },
  { name: 'openapi' },
)
