// Configuration comes from the environment once, at start, validated by zod. A bad value stops
// start-up with one line naming the variable and what it accepts.
import { z } from 'zod'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('an integer port 0-65535'),
  HOST: z.string().min(1).default('127.0.0.1').describe('a host name or IP address to listen on'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional()
    .describe('a bolt:// or neo4j:// URI'),
  NEO4J_USER: z.string().default('neo4j').describe('a user name'),
  NEO4J_PASSWORD: z.string().default('').describe('a password'),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'a Neo4j database name (3-63 letters, digits, dots, hyphens)')
    .default('neo4j')
    .describe('a Neo4j database name'),
  NEO4J_LOCAL_DIR: z.string().min(1).default('.data/neo4j').describe('a folder for the embedded Neo4j data'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687).describe('an integer port 1-65535'),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(30000).describe('milliseconds 100-600000'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(5000).describe('milliseconds 100-600000'),
  // The driver's pool: a request waits this long for a free connection, then gets 503 with Retry-After.
  NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50).describe('an integer 1-1000'),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(50).max(60000).default(1000).describe('milliseconds 50-60000'),
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*)$/, 'a comma-separated list of http(s) origins, or *')
    .default('*')
    .describe('* or a comma-separated list of http(s) origins'),
  AUTH_READS: z.enum(['open', 'key']).default('open').describe('open (reads need no key) or key (reads need an API key of scope read)'),
  CACHE_VERSION_TTL_MS: z.coerce.number().int().min(0).max(60000).default(1000).describe('milliseconds 0-60000'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS)
    .default('info')
    .describe(`one of ${LOG_LEVELS.join(', ')}`),
  // Abuse and overload: per-client request budget, and load shedding when the process saturates.
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).max(1_000_000).default(600).describe('an integer 0-1000000 (0: no limit)'),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000).describe('milliseconds 1000-86400000'),
  // POST /drafts: CPU work in a worker pool, with a budget of its own.
  DRAFT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(4).describe('an integer 1-64: drafts in progress at once, then 503'),
  DRAFT_THREADS: z.coerce.number().int().min(1).max(16).default(1).describe('an integer 1-16: worker threads that draft'),
  DRAFT_RATE_LIMIT_MAX: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(30)
    .describe('an integer 0-100000: drafts per window and client (0: no limit)'),
  DRAFT_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10_485_760)
    .default(262_144)
    .describe('bytes 1024-10485760: the largest /drafts body'),
  // The change feed's stream (GET /changes/stream): one poller per process reads new changes every
  // CHANGES_POLL_MS; each open stream gets a heartbeat comment every CHANGES_HEARTBEAT_MS; past
  // CHANGES_MAX_STREAMS open streams a new one is answered 503.
  CHANGES_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(500).describe('milliseconds 20-60000'),
  CHANGES_HEARTBEAT_MS: z.coerce.number().int().min(50).max(300_000).default(15_000).describe('milliseconds 50-300000'),
  CHANGES_MAX_STREAMS: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(100)
    .describe('an integer 0-100000: change streams open at once, then 503'),
  WRITE_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(67_108_864)
    .default(4_194_304)
    .describe('bytes 1024-67108864: the largest PUT /sources/{id} body'),
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000).describe('milliseconds 0-60000 (0: off)'),
  PRESSURE_MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().min(0).max(1).default(0).describe('a fraction 0-1 (0: off)'),
  PRESSURE_MAX_HEAP_USED_MB: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('megabytes 0-1000000 (0: off)'),
  // Operational metrics (GET /metrics, Prometheus text format): off unless asked for; on their own port when set.
  METRICS_ENABLED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true or false'),
  METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .optional()
    .describe('an integer port 0-65535 (0: any free port) for a metrics listener of its own'),
  PRESSURE_SAMPLE_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1000).describe('milliseconds 10-60000'),
})

export type Config = z.infer<typeof EnvSchema>

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** Empty strings count as unset, so `PORT= npm start` means the default, as shells usually intend. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''))
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(withoutEmpty(env))
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const name = String(issue.path[0])
  const accepts = EnvSchema.shape[name as keyof typeof EnvSchema.shape].description
  throw new ConfigError(`Invalid ${name}=${JSON.stringify(env[name])}: expected ${accepts}`)
}
