// The API under test in a process of its own, run as production runs it: the compiled service
// (`npm run build`, dist/) started by the Dockerfile's own CMD, its Node flags and ENV included
// (tools/dockerfile.ts reads them), so its memory is the API's alone and as deployed: the bench
// process also holds the raw driver, the recorded plans and the results. Its resident set is read
// from /proc/<pid>/status (VmRSS now, VmHWM the peak so far).
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../src/local-neo4j.js'
import { finalStage } from '../tools/dockerfile.js'

export interface ApiProcess {
  base: string
  pid: number
  /** Resident set size in MB, now (VmRSS) or the peak since start (VmHWM); null when /proc has none. */
  memoryMb(field: 'VmRSS' | 'VmHWM'): number | null
  /** The resident set in MB of the API's child processes now (the ranking worker while one runs), largest first; null when none. */
  childMemoryMb(): number | null
  stop(): Promise<void>
}

/* c8 ignore start -- builds dist/ and starts the API as the image does, for the benchmark's runs on a quiet machine (npm run bench); the suite starts the image's command in test/production.test.ts */
/** Compiles src/ to dist/ (`npm run build`), what the image's command runs. */
export function buildDist(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
}

/**
 * Starts the API as the image does (its CMD, ENV and Node flags; dist/ built first by buildDist())
 * against `uri` on a free port of 127.0.0.1, without the per-client rate limit, logging off. The graph
 * is loaded already, so the image's start.js only serves. `env` adds to or overrides that environment.
 */
export function startApi(
  uri: string,
  opts: { until: 'planned' | 'listening'; env?: Record<string, string> } = { until: 'planned' },
): Promise<ApiProcess> {
  const { cmd, env: imageEnv } = finalStage()
  const env = {
    PATH: process.env.PATH,
    ...imageEnv,
    NEO4J_URI: uri,
    PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT_MAX: '0',
    DRAFT_RATE_LIMIT_MAX: '0',
    LOG_LEVEL: 'silent',
    ...opts.env,
  }
  const [node, ...args] = cmd
  const child = spawn(node === 'node' ? process.execPath : node, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const memoryOf = (pid: number, field: string) => {
    try {
      const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
      return kb ? Math.round((Number(kb[1]) / 1024) * 10) / 10 : null
    } catch {
      return null
    }
  }
  const memoryMb = (field: string) => memoryOf(child.pid as number, field)
  const childMemoryMb = () => {
    let children: number[]
    try {
      children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    } catch {
      return null
    }
    const sizes = children.map((pid) => memoryOf(pid, 'VmRSS') ?? 0)
    return sizes.length > 0 ? Math.max(...sizes) : null
  }
  return new Promise((resolve, reject) => {
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d
      // Listening, and done planning the path statements in the background: measuring while Neo4j
      // plans would charge that work to the first scenario. The cold start (bench/cold-start.ts) wants
      // the API as soon as it listens: its warm-up is what that scenario measures.
      const listening = err.match(/API at (http:\/\/[^/\s]+)\//)
      if (listening && (opts.until === 'listening' || /path statements planned/.test(err))) {
        child.stderr.removeAllListeners('data')
        child.stderr.resume()
        resolve({
          base: listening[1],
          pid: child.pid as number,
          memoryMb,
          childMemoryMb,
          stop: async () => {
            child.kill('SIGTERM')
            await exited
          },
        })
      }
    })
    child.once('exit', (code) => reject(new Error(`the API exited with ${code} before listening: ${err}`)))
  })
}
