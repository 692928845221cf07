// Reads the API's /metrics (Prometheus text) after a burst and says where its 503s came from; used by
// the cold-start scenario (bench/cold-start.ts).

/** The labelled samples of one metric in a Prometheus text exposition (every metric read here has labels). */
function samples(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  const out: { labels: Record<string, string>; value: number }[] = []
  for (const line of text.split('\n')) {
    const m = line.match(/^(\w+)\{(.*)\} (\S+)$/)
    if (!m || m[1] !== name) continue
    const labels = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]))
    out.push({ labels, value: Number(m[3]) })
  }
  return out
}

/**
 * Where a burst's 503s came from, read from the API's /metrics before and after it (the difference is
 * the burst's): load shedding's refusals (entente_refusals_total), every other 503 (the pool's
 * acquisition timeout or a statement's time limit, mapped by the executor; every answer is timed,
 * shed ones included, app.ts), the executor's failed statements by name, and per route with any
 * request the requests, their 503s and answers slower than 2.5 s (the request histogram's buckets).
 */
export function unavailableCauses(before: string, after: string) {
  const sum = (text: string, name: string, where: (l: Record<string, string>) => boolean) =>
    samples(text, name)
      .filter((s) => where(s.labels))
      .reduce((n, s) => n + s.value, 0)
  const count = (name: string, where: (l: Record<string, string>) => boolean) => sum(after, name, where) - sum(before, name, where)
  const loadShedding = count('entente_refusals_total', (l) => l.reason === 'load_shedding')
  const all503 = count('http_request_duration_seconds_count', (l) => l.status_code === '503')
  const routes = [...new Set(samples(after, 'http_request_duration_seconds_count').map((s) => s.labels.route))]
  const byRoute = Object.fromEntries(
    routes
      .map((route) => {
        const requests = count('http_request_duration_seconds_count', (l) => l.route === route)
        const within = count('http_request_duration_seconds_bucket', (l) => l.route === route && l.le === '2.5')
        const unavailable = count('http_request_duration_seconds_count', (l) => l.route === route && l.status_code === '503')
        return [route, { requests, unavailable, slowerThan2500Ms: requests - within }] as const
      })
      .filter(([, r]) => r.requests > 0),
  )
  const statements = [...new Set(samples(after, 'entente_neo4j_statement_duration_seconds_count').map((s) => s.labels.statement))]
  const failedStatements = Object.fromEntries(
    statements
      .map(
        (statement) =>
          [
            statement,
            count('entente_neo4j_statement_duration_seconds_count', (l) => l.statement === statement && l.outcome === 'error'),
          ] as const,
      )
      .filter(([, n]) => n > 0),
  )
  return { unavailable: { loadShedding, other: all503 - loadShedding, failedStatements }, byRoute }
}
