// Listens and closes gracefully; nothing else. SIGTERM/SIGINT: stop accepting, finish in-flight
// requests, close the app (and with it the driver), run the caller's cleanup, exit 0.
// Run as a script (`npm run serve`, or `node dist/src/server.js`): the API alone, against NEO4J_URI.
import closeWithGrace from 'close-with-grace'
import { type AppConfig, buildApp } from './app.js'
import { type Config, type ConfigError, loadConfig } from './config.js'

export interface ServeOptions {
  /** Runs after the app closed: `npm start` stops the embedded Neo4j it started here. */
  afterClose?: () => Promise<void>
}

/** One line for the operator, on stderr, as `npm start` and `npm run serve` speak. */
export const say = (line: string) => console.error(`[entente] ${line}`)

/** The operator's line once the path statements are planned: how long it took, how many failed. */
export function plannedLine(outcomes: Array<PromiseSettledResult<unknown>>, ms: number): string {
  const failed = outcomes.filter((o) => o.status === 'rejected').length
  return `path statements planned in ${(ms / 1000).toFixed(1)} s${failed > 0 ? ` (${failed} of ${outcomes.length} failed)` : ''}`
}

export async function serve(config: AppConfig & Pick<Config, 'PORT' | 'HOST'>, options: ServeOptions = {}) {
  const app = await buildApp(config)
  closeWithGrace({ delay: 20_000 }, async ({ signal, err }) => {
    /* c8 ignore next -- only on an uncaught exception or unhandled rejection, which no test provokes on purpose */
    if (err) app.log.error({ err }, 'closing after an uncaught error')
    else app.log.info({ signal }, 'closing')
    await app.close()
    await options.afterClose?.()
  })
  // Started before listening, so /ready answers 503 from the first request until the path statements
  // are planned (plugins/warm-up.ts); /health and every other route answer meanwhile. The line says
  // when that work is over (npm run bench waits for it before measuring).
  const planning = Date.now()
  void app.warmUp().then((outcomes) => say(plannedLine(outcomes, Date.now() - planning)))
  await app.listen({ port: config.PORT, host: config.HOST })
  const base = `http://${config.HOST}:${(app.server.address() as { port: number }).port}`
  say(`API at ${base}/ — Swagger UI at ${base}/docs`)
  return app
}

/**
 * `npm run serve`: the API against the Neo4j of NEO4J_URI. Code 0 once it listens (with the listening
 * app); 2 bad configuration; 1 no start.
 */
export async function serveCommand(env: NodeJS.ProcessEnv): Promise<{ code: number; app?: Awaited<ReturnType<typeof serve>> }> {
  let config: Config
  try {
    config = loadConfig(env)
  } catch (err) {
    say((err as ConfigError).message)
    return { code: 2 }
  }
  const uri = config.NEO4J_URI
  if (uri === undefined) {
    say('NEO4J_URI is not set: npm run serve serves an existing Neo4j (npm start starts the embedded one).')
    return { code: 2 }
  }
  try {
    return { code: 0, app: await serve({ ...config, NEO4J_URI: uri }) }
  } catch (err) {
    say(`could not start: ${(err as Error).message}`)
    return { code: 1 }
  }
}

/* c8 ignore next 4 -- the entry point when run as a script; tests run it as a child process */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { code } = await serveCommand(process.env)
  if (code !== 0) process.exit(code)
}
