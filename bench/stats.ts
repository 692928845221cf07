// Latency percentiles and a closed-loop load generator for the raw-driver side: `concurrency` loops
// issue requests back to back for `seconds`, as autocannon's connections do against the API.

export interface LoadResult {
  p50: number
  p99: number
  rps: number
  count: number
  errors: number
}

export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

export async function closedLoop(jobs: Array<() => Promise<void>>, concurrency: number, seconds: number): Promise<LoadResult> {
  const times: number[] = []
  let errors = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  let next = 0
  const loop = async () => {
    while (performance.now() < deadline) {
      const job = jobs[next++ % jobs.length]
      const t0 = performance.now()
      try {
        await job()
        times.push(performance.now() - t0)
      } catch {
        errors++
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop))
  const elapsed = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), rps: times.length / elapsed, count: times.length, errors }
}
