// Reads the API's /metrics (Prometheus text) after a burst and says where its 503s came from; used by
// the cold-start scenario (bench/cold-start.ts).

/** One sample of a Prometheus text exposition: its labels and value. */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  const out: { labels: Record<string, string>; value: number }[] = []
  for (const line of text.split('\n')) {
    const m = line.match(/^(\w+)(?:\{(.*)\})? (\S+)$/)
    if (!m || m[1] !== name) continue
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]))
    out.push({ labels, value: Number(m[3]) })
  }
  return out
}

/**
 * Where the burst's 503s came from, read from the API's /metrics after it: load shedding's refusals
 * (entente_refusals_total), every other 503 (the pool's acquisition timeout or a statement's time
 * limit, mapped by the executor), the executor's failed statements by name, and per route the timed
 * requests (all but the shed ones), their 503s and answers slower than 2.5 s (the histogram's buckets).
 */
export function unavailableCauses(metrics: string) {
  const count = (name: string, where: (l: Record<string, string>) => boolean) =>
    samples(metrics, name)
      .filter((s) => where(s.labels))
      .reduce((n, s) => n + s.value, 0)
  const loadShedding = count('entente_refusals_total', (l) => l.reason === 'load_shedding')
  // Shed requests are refused in an onRequest hook before the request timer starts: they are in the
  // refusals alone, and every timed 503 is one of the executor's.
  const other = count('http_request_duration_seconds_count', (l) => l.status_code === '503' && l.route !== '/ready')
  const routes = [...new Set(samples(metrics, 'http_request_duration_seconds_count').map((s) => s.labels.route))].filter(
    (route) => route !== '/ready',
  )
  const byRoute = Object.fromEntries(
    routes.map((route) => {
      const requests = count('http_request_duration_seconds_count', (l) => l.route === route)
      const within = count('http_request_duration_seconds_bucket', (l) => l.route === route && l.le === '2.5')
      return [
        route,
        {
          requests,
          unavailable: count('http_request_duration_seconds_count', (l) => l.route === route && l.status_code === '503'),
          slowerThan2500Ms: requests - within,
        },
      ]
    }),
  )
  const failedStatements = Object.fromEntries(
    samples(metrics, 'entente_neo4j_statement_duration_seconds_count')
      .filter((s) => s.labels.outcome === 'error' && s.value > 0)
      .map((s) => [s.labels.statement, s.value]),
  )
  return { unavailable: { loadShedding, other, failedStatements }, byRoute }
}
