// `node --import tsx bench/ranking-memory.ts`: recomputes the stored influence ranking of the graph at
// NEO4J_URI (or the embedded Neo4j at NEO4J_LOCAL_PORT) once, forced, in this process, as the API does
// after a write, and prints how long it took and the memory it took: rss, heap used and array buffers
// (where typed arrays live) sampled every 20 ms, and the kernel's high-water mark of the resident set
// (VmHWM, Linux), which a sample can miss: a sample runs only when the event loop turns, that is
// between the refresh's reads and writes, not inside its synchronous walk. Exploratory: it writes the
// ranking like a seed would (a new generation, the old one dropped).
import { readFileSync } from 'node:fs'
import { loadConfig } from '../src/config.js'
import { databaseUri, neo4jOptions, openGraph } from '../src/db/connect.js'
import { refreshRanking } from '../src/write/ranking.js'

const config = loadConfig()
const graph = await openGraph(neo4jOptions(config, databaseUri(config)))
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
// A first statement before the baseline: the driver's connection and code are warm in the API too.
await graph.read('graph-version')
const before = process.memoryUsage()
const peak = { ...before }
const sample = () => {
  const now = process.memoryUsage()
  peak.rss = Math.max(peak.rss, now.rss)
  peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed)
  peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers)
}
const timer = setInterval(sample, 20)
const started = performance.now()
const recomputed = await refreshRanking(graph, true)
const seconds = (performance.now() - started) / 1000
clearInterval(timer)
sample()
await graph.close()
const hwm = Number((/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')) as RegExpExecArray)[1]) * 1024
console.log(`ranking recomputed: ${recomputed} in ${seconds.toFixed(2)} s`)
console.log(`rss: ${mb(before.rss)} before, peak sampled ${mb(peak.rss)}, high-water mark ${mb(hwm)}`)
console.log(`heap used: ${mb(before.heapUsed)} before, peak sampled ${mb(peak.heapUsed)}`)
console.log(`array buffers: ${mb(before.arrayBuffers)} before, peak sampled ${mb(peak.arrayBuffers)}`)
