// How long the SVG pictures take, against the Neo4j of NEO4J_URI (not a benchmark: 15 runs after 3 to warm up, for
// the budgets of issue 14: an ego network of 100 actors ≤ 100 ms, a path ≤ 20 ms). For each URL it
// times the picture alone (layout and SVG from the JSON answer, in process) and the whole request
// (query, layout, SVG) through app.inject. Usage:
//   NEO4J_URI=bolt://127.0.0.1:7687 node --import tsx bench/svg-timing.ts '/paths?from=prk&to=ukr' '/graph?center=x&depth=2'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { graphPicture, pathsPicture } from '../src/export/pictures.js'
import { toSvg } from '../src/export/svg.js'
import { PathsQuery } from '../src/schemas/analysis.js'
import { GraphQuery } from '../src/schemas/graph-export.js'

/** Timed runs per URL, after WARMUP untimed ones (a running server has compiled its hot code). */
const RUNS = 15
const WARMUP = 3
const config = loadConfig(process.env)
const app = await buildApp({
  ...config,
  NEO4J_URI: config.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_MAX: 0,
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: 0,
})

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms (min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)})`
}

for (const url of process.argv.slice(2)) {
  const u = new URL(url, 'http://x')
  const query = Object.fromEntries(u.searchParams)
  const answer = (await app.inject(url)).json()
  const picture =
    u.pathname === '/paths' ? () => pathsPicture(answer, PathsQuery.parse(query)) : () => graphPicture(answer, GraphQuery.parse(query))
  const alone: number[] = []
  const whole: number[] = []
  let bytes = 0
  for (let i = 0; i < WARMUP; i++) {
    toSvg(picture())
    await app.inject(`${url}${u.search ? '&' : '?'}format=svg`)
  }
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    bytes = toSvg(picture()).length
    alone.push(performance.now() - t0)
    const t1 = performance.now()
    const res = await app.inject(`${url}${u.search ? '&' : '?'}format=svg`)
    whole.push(performance.now() - t1)
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  }
  const size =
    u.pathname === '/paths'
      ? `${new Set(answer.paths.flatMap((p: { actors: Array<{ id: string }> }) => p.actors.map((a) => a.id))).size} actors`
      : `${answer.nodes.length} actors, ${answer.edges.length} relations`
  console.log(`${url} (${size}, ${bytes} bytes)\n  picture alone: ${stats(alone)}\n  whole request: ${stats(whole)}`)
}
await app.close()
