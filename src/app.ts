// The app factory: plugins first, then routes. It opens no port; server.ts does that, and tests
// call buildApp() and inject requests.
import cors from '@fastify/cors'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyServerOptions } from 'fastify'
import { serializerCompiler as zodSerializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { randomUUID } from 'node:crypto'
import { loadConfig, type Config } from './config.js'
import { neo4jOptions } from './db/connect.js'
import { serializerCompiler } from './lib/json-serializer.js'
import { loggerOptions } from './lib/logging.js'
import { authentication, authorization } from './plugins/auth.js'
import documentedErrors from './plugins/documented-errors.js'
import changeFeed from './plugins/change-feed.js'
import draftPool from './plugins/draft-pool.js'
import graphCache from './plugins/graph-cache.js'
import loadShedding from './plugins/load-shedding.js'
import methodNotAllowed from './plugins/method-not-allowed.js'
import metrics from './plugins/metrics.js'
import neo4jPlugin from './plugins/neo4j.js'
import openapi from './plugins/openapi.js'
import problemJson, { clientErrorHandler, frameworkErrors } from './plugins/problem-json.js'
import rankingRefresh from './plugins/ranking-refresh.js'
import rateLimit from './plugins/rate-limit.js'
import requestGuards, { MAX_URL_LENGTH } from './plugins/request-guards.js'
import securityHeaders from './plugins/security-headers.js'
import actors from './routes/actors/index.js'
import audit from './routes/audit/index.js'
import changes from './routes/changes/index.js'
import claims from './routes/claims/index.js'
import drafts from './routes/drafts/index.js'
import explorer from './routes/explorer/index.js'
import contradictions from './routes/contradictions/index.js'
import graph from './routes/graph/index.js'
import health from './routes/health/index.js'
import influence from './routes/influence/index.js'
import paths from './routes/paths/index.js'
import reconcile from './routes/reconcile/index.js'
import ready from './routes/ready/index.js'
import relations from './routes/relations/index.js'
import vocabulary from './routes/vocabulary/index.js'
import sources from './routes/sources/index.js'
// After the routes: it imports queries/paths.js, and the routes' schemas keep their order in openapi.yaml.
import warmUp from './plugins/warm-up.js'

/** The variables with defaults buildApp applies itself when a caller leaves them out (tests, tools). */
type Defaulted =
  | 'AUTH_READS'
  | 'CORS_ORIGINS'
  | 'CACHE_VERSION_TTL_MS'
  | 'RATE_LIMIT_MAX'
  | 'RATE_LIMIT_WINDOW_MS'
  | 'PRESSURE_MAX_EVENT_LOOP_DELAY_MS'
  | 'PRESSURE_MAX_EVENT_LOOP_UTILIZATION'
  | 'PRESSURE_MAX_HEAP_USED_MB'
  | 'PRESSURE_SAMPLE_INTERVAL_MS'
  | 'DRAFT_MAX_CONCURRENT'
  | 'DRAFT_THREADS'
  | 'DRAFT_RATE_LIMIT_MAX'
  | 'DRAFT_BODY_LIMIT_BYTES'
  | 'CHANGES_POLL_MS'
  | 'CHANGES_HEARTBEAT_MS'
  | 'CHANGES_MAX_STREAMS'
  | 'METRICS_ENABLED'
  | 'METRICS_PORT'
  | 'HOST'
  | 'WRITE_BODY_LIMIT_BYTES'
  | 'NEO4J_POOL_SIZE'
  | 'NEO4J_ACQUISITION_TIMEOUT_MS'

export type AppConfig = Pick<
  Config,
  'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_CONNECT_TIMEOUT_MS' | 'NEO4J_QUERY_TIMEOUT_MS' | 'LOG_LEVEL'
> & { NEO4J_URI: string } & Partial<Pick<Config, Defaulted>>

/** The documented defaults (src/config.ts), for what a caller of buildApp leaves out. */
const DEFAULTS = loadConfig({})

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/

export interface BuildOptions {
  /** false: register every route but open no database connection. Only for writing openapi.yaml. */
  withDatabase?: boolean
  /**
   * true: every reply is parsed by its zod schema on its way out, and one that does not match is a 500
   * (fastify-type-provider-zod's serializer). The default writes replies with fast-json-stringify,
   * compiled from the same schemas (src/lib/json-serializer.ts); test/serializer.test.ts holds the two
   * to the same bytes.
   */
  validateResponses?: boolean
  /** Where the explorer's built files are (default explorer/dist): a browser test builds its own copy. */
  explorerDir?: string
}

export async function buildApp(config: AppConfig, fastifyOptions: FastifyServerOptions = {}, options: BuildOptions = {}) {
  const c = { ...DEFAULTS, ...config }
  const { logger, ...otherOptions } = fastifyOptions
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, logger),
    // A caller's well-formed X-Request-Id is kept so one id follows a request across services.
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    requestIdHeader: false,
    // Size limits: the API takes no bodies worth the name. A path segment may be as long as the URL
    // (request-guards.ts refuses a longer URL with 414), so an over-long id reaches the route's schema
    // and gets the 400 naming it that the contract promises, not a 414 the contract does not list.
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: MAX_URL_LENGTH },
    // A client gets 30 s to send its whole request (slow-loris); answering may take longer.
    requestTimeout: 30_000,
    // Refusals during shutdown come from request-guards.ts, as problem+json.
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler,
    ...otherOptions,
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(options.validateResponses ? zodSerializerCompiler : serializerCompiler)

  // Order matters: security headers first, so refusals carry them too; then the guards, the request
  // budget and load shedding, before anything that costs (the graph cache's version read); and the
  // route hooks (documented errors, Swagger UI's policy) see every route registered after them.
  await app.register(securityHeaders)
  await app.register(requestGuards)
  await app.register(problemJson)
  // Metrics before every other hook: its request timer starts first, so every answer is timed, those
  // a later hook sends by itself too (401, 429, load shedding's 503, 304, a shared read's answer).
  if (c.METRICS_ENABLED) await app.register(metrics, { port: c.METRICS_PORT ?? null, host: c.HOST })
  // Who is calling (the API key sent) before the request budget, which counts per key; whether they may
  // comes after CORS, below (plugins/auth.ts).
  await app.register(authentication, { reads: c.AUTH_READS })
  await app.register(rateLimit, { max: c.RATE_LIMIT_MAX, windowMs: c.RATE_LIMIT_WINDOW_MS })
  // After the request budget (an unknown URL costs a client its budget like any other request), and
  // before every route (CORS's included), so it records each one and derives Allow from them.
  await app.register(methodNotAllowed)
  await app.register(loadShedding, {
    maxEventLoopDelayMs: c.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
    maxEventLoopUtilization: c.PRESSURE_MAX_EVENT_LOOP_UTILIZATION,
    maxHeapUsedMb: c.PRESSURE_MAX_HEAP_USED_MB,
    sampleIntervalMs: c.PRESSURE_SAMPLE_INTERVAL_MS,
  })
  await app.register(documentedErrors)
  // Dashboards on other origins read the API, and need to see the caching and tracing headers; the
  // explorer and dashboards elsewhere write with a key (PUT, DELETE, Authorization).
  const origins = c.CORS_ORIGINS
  await app.register(cors, {
    origin: origins === '*' ? '*' : origins.split(','),
    // POST for /reconcile: OpenRefine in a browser posts its query batches across origins.
    // PUT and DELETE: a source's writes (PUT, DELETE /sources/{id}).
    methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'last-event-id', 'x-request-id'],
    // An OPTIONS request that is not a full preflight gets 204 like one, not the plugin's text/plain 400.
    strictPreflight: false,
    exposedHeaders: [
      'etag',
      'location',
      'x-request-id',
      'retry-after',
      'content-type',
      'www-authenticate',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ],
  })
  // Whether the caller may: 401 and 403 after CORS's headers are set, so a page on another origin can
  // read them, and before the graph cache, so no 304 goes to a caller without the key a read needs.
  await app.register(authorization, { reads: c.AUTH_READS })
  // Form bodies: OpenRefine sends reconciliation batches as application/x-www-form-urlencoded.
  await app.register(formbody)
  await app.register(openapi)
  if (options.withDatabase !== false) {
    await app.register(neo4jPlugin, {
      ...neo4jOptions(config, config.NEO4J_URI),
      poolSize: c.NEO4J_POOL_SIZE,
      acquisitionTimeoutMs: c.NEO4J_ACQUISITION_TIMEOUT_MS,
    })
    await app.register(rankingRefresh, { neo4j: neo4jOptions(config, config.NEO4J_URI) })
    await app.register(graphCache, { versionTtlMs: c.CACHE_VERSION_TTL_MS })
    await app.register(changeFeed, { pollMs: c.CHANGES_POLL_MS, heartbeatMs: c.CHANGES_HEARTBEAT_MS, maxStreams: c.CHANGES_MAX_STREAMS })
  }
  await app.register(draftPool, { threads: c.DRAFT_THREADS, maxConcurrent: c.DRAFT_MAX_CONCURRENT })
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(warmUp)
  await app.register(health)
  await app.register(ready)
  await app.register(actors)
  await app.register(claims)
  await app.register(contradictions)
  await app.register(relations)
  await app.register(sources, { bodyLimit: c.WRITE_BODY_LIMIT_BYTES })
  await app.register(changes)
  await app.register(audit)
  await app.register(paths)
  await app.register(influence)
  await app.register(graph)
  await app.register(drafts, {
    rateLimitMax: c.DRAFT_RATE_LIMIT_MAX,
    rateLimitWindowMs: c.RATE_LIMIT_WINDOW_MS,
    bodyLimit: c.DRAFT_BODY_LIMIT_BYTES,
  })
  await app.register(explorer, { dir: options.explorerDir })
  await app.register(reconcile)
  await app.register(vocabulary)
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
