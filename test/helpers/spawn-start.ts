// Runs `src/start.ts` (what `npm start` runs) as a real child process and reads its log lines.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ROOT } from '../../src/local-neo4j.js'

export interface Started {
  child: ChildProcess
  output: () => string
  /** Resolves with the first match of pattern in stderr+stdout, rejects on exit or timeout. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>
  exited: Promise<number | null>
}

export function spawnStart(env: Record<string, string | undefined>): Started {
  // No `--import tsx` here: the child runs with this process's own flags (tap's TypeScript loader), so its
  // coverage maps onto the same lines as the in-process tests'.
  const child = spawn(process.execPath, [...process.execArgv, path.join(ROOT, 'src/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: undefined, LOG_LEVEL: 'warn', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const started = Date.now()
      const tick = setInterval(() => {
        const m = pattern.exec(out)
        if (m) {
          clearInterval(tick)
          resolve(m)
        } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
          clearInterval(tick)
          reject(new Error(`no ${pattern} (exit ${child.exitCode}); output:\n${out}`))
        }
      }, 50)
    })
  return { child, output: () => out, waitFor, exited }
}
