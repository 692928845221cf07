// One autocannon run in its own process, so the load generator does not share the event loop of the
// API it measures (bench/run.ts serves the API in its own process). Options come as JSON in argv[2];
// prints one JSON line: latency percentiles computed from every response's own time (autocannon's
// histogram keeps whole milliseconds only, too coarse for a 1.15 ratio), requests per second, and
// status counts.
import { createRequire } from 'node:module'

// autocannon ships no types; the little of it used here, typed locally.
interface Instance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void
  on(event: 'done', listener: (result: { duration: number; errors: number; timeouts: number }) => void): void
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Instance

export interface CannonOptions {
  url: string
  paths: string[]
  headers?: Record<string, string>
  connections: number
  duration: number
}

if (process.argv[2] === undefined) throw new Error('usage: cannon-child.ts <options as JSON>')
const opts = JSON.parse(process.argv[2]) as CannonOptions
const times: number[] = []
const statuses: Record<number, number> = {}
const instance = autocannon({
  url: opts.url,
  connections: opts.connections,
  duration: opts.duration,
  requests: opts.paths.map((path) => ({ method: 'GET', path, headers: opts.headers })),
})
instance.on('response', (_client, status, _bytes, ms) => {
  times.push(ms)
  statuses[status] = (statuses[status] ?? 0) + 1
})
instance.on('done', (result) => {
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? null
  const mean = times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : null
  console.log(
    JSON.stringify({
      p50: at(0.5),
      p99: at(0.99),
      mean,
      max: times.at(-1) ?? null,
      rps: times.length / result.duration,
      count: times.length,
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
    }),
  )
})
