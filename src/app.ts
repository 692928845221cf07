// The app factory: plugins first, then routes. It opens no port; server.ts does that, and tests
// call buildApp() and inject requests.
import cors from '@fastify/cors'
import Fastify, { type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { randomUUID } from 'node:crypto'
import type { Config } from './config.js'
import graphCache from './plugins/graph-cache.js'
import neo4jPlugin from './plugins/neo4j.js'
import openapi from './plugins/openapi.js'
import problemJson from './plugins/problem-json.js'
import actors from './routes/actors/index.js'
import claims from './routes/claims/index.js'
import graph from './routes/graph/index.js'
import health from './routes/health/index.js'
import influence from './routes/influence/index.js'
import paths from './routes/paths/index.js'
import ready from './routes/ready/index.js'
import relations from './routes/relations/index.js'
import sources from './routes/sources/index.js'

export type AppConfig = Pick<
  Config,
  'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_CONNECT_TIMEOUT_MS' | 'NEO4J_QUERY_TIMEOUT_MS' | 'LOG_LEVEL'
> & { NEO4J_URI: string } & Partial<Pick<Config, 'CORS_ORIGINS' | 'CACHE_VERSION_TTL_MS'>>

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/

export interface BuildOptions {
  /** false: register every route but open no database connection. Only for writing openapi.yaml. */
  withDatabase?: boolean
}

export async function buildApp(config: AppConfig, fastifyOptions: FastifyServerOptions = {}, options: BuildOptions = {}) {
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.NEO4J_PASSWORD'], censor: '[redacted]' },
    },
    // A caller's well-formed X-Request-Id is kept so one id follows a request across services.
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    requestIdHeader: false,
    bodyLimit: 64 * 1024,
    ...fastifyOptions,
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(problemJson)
  // Dashboards on other origins read the API, and need to see the caching and tracing headers.
  const origins = config.CORS_ORIGINS ?? '*'
  await app.register(cors, {
    origin: origins === '*' ? '*' : origins.split(','),
    methods: ['GET', 'HEAD', 'OPTIONS'],
    exposedHeaders: ['etag', 'x-request-id', 'retry-after', 'content-type'],
  })
  await app.register(openapi)
  if (options.withDatabase !== false) {
    await app.register(neo4jPlugin, {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
    })
    await app.register(graphCache, { versionTtlMs: config.CACHE_VERSION_TTL_MS ?? 1000 })
  }
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(health)
  await app.register(ready)
  await app.register(actors)
  await app.register(claims)
  await app.register(relations)
  await app.register(sources)
  await app.register(paths)
  await app.register(influence)
  await app.register(graph)
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
