// Listens and closes gracefully; nothing else. SIGTERM/SIGINT: stop accepting, finish in-flight
// requests, close the app (and with it the driver), run the caller's cleanup, exit 0.
import closeWithGrace from 'close-with-grace'
import { buildApp, type AppConfig } from './app.js'
import type { Config } from './config.js'

export interface ServeOptions {
  /** Runs after the app closed: `npm start` stops the embedded Neo4j it started here. */
  afterClose?: () => Promise<void>
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
  await app.listen({ port: config.PORT, host: config.HOST })
  return app
}
