// The API under test in a process of its own (`src/server.ts`, as `npm run serve` runs it), so its
// memory is the API's alone: the bench process also holds the raw driver, the recorded plans and the
// results. Its resident set is read from /proc/<pid>/status (VmRSS now, VmHWM the peak so far).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../src/local-neo4j.js'

export interface ApiProcess {
  base: string
  pid: number
  /** Resident set size in MB, now (VmRSS) or the peak since start (VmHWM); null when /proc has none. */
  memoryMb(field: 'VmRSS' | 'VmHWM'): number | null
  stop(): Promise<void>
}

/** Starts the API against `uri` on a free port of 127.0.0.1, without the per-client rate limit. */
export function startApi(uri: string): Promise<ApiProcess> {
  const env = { ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_MAX: '0', LOG_LEVEL: 'silent' }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server.ts')], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const memoryMb = (field: string) => {
    try {
      const kb = readFileSync(`/proc/${child.pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
      return kb ? Math.round((Number(kb[1]) / 1024) * 10) / 10 : null
    } catch {
      return null
    }
  }
  return new Promise((resolve, reject) => {
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d
      const listening = err.match(/API at (http:\/\/[^/\s]+)\//)
      if (listening) {
        child.stderr.removeAllListeners('data')
        child.stderr.resume()
        resolve({
          base: listening[1],
          pid: child.pid as number,
          memoryMb,
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
