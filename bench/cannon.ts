// Runs bench/cannon-child.ts (autocannon) in a child process and returns its result.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CannonOptions } from './cannon-child.js'
import type { LoadResult } from './stats.js'

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cannon-child.ts')

export interface CannonResult extends LoadResult {
  statuses: Record<string, number>
  mean: number | null
  max: number | null
  /** Connection errors and timeouts alone (errors also counts responses of 400 and up). */
  transportErrors: number
}

/* c8 ignore start -- drives autocannon for seconds per scenario: the benchmark's measurement, run alone on a quiet machine (npm run bench), never in the suite */
export function cannon(opts: CannonOptions): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`))
      const r = JSON.parse(out.trim().split('\n').pop() as string)
      const failed = Object.entries(r.statuses as Record<string, number>)
        .filter(([s]) => Number(s) >= 400)
        .reduce((n, [, c]) => n + c, 0)
      resolve({
        p50: r.p50,
        p99: r.p99,
        mean: r.mean,
        max: r.max,
        rps: r.rps,
        count: r.count,
        errors: r.errors + r.timeouts + failed,
        transportErrors: r.errors + r.timeouts,
        statuses: r.statuses,
      })
    })
  })
}
