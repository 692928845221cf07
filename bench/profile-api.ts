// `node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/profile-api.ts [--validate] [--requests 3000]`:
// the API's own cost per request, as a CPU profile. The bench's requests (bench/params.ts picks them
// from the graph at NEO4J_URI of RELATIONS relations, default 100000, e.g. one loaded by `npm run seed:synthetic`) are injected in process,
// two at a time, so the profile holds the API's JavaScript (routing, hooks, validation, shaping,
// serialization, the driver) and not the HTTP client's. `--validate`: the zod response serializer it
// replaced, for a before/after. Summarise the profile with bench/profile-summary.ts.
import { parseArgs } from 'node:util'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { pickParams } from './params.js'

const { values } = parseArgs({ options: { validate: { type: 'boolean', default: false }, requests: { type: 'string', default: '3000' } } })
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687'
const app = await buildApp(
  { ...loadConfig({ ...process.env, NEO4J_URI: uri, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'silent' }), NEO4J_URI: uri },
  {},
  { validateResponses: values.validate },
)
const relations = Number(process.env.RELATIONS ?? 100_000)
const p = await pickParams(app.graph, relations)
const q = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`
const urls = [
  '/health',
  '/influence/ranking',
  '/influence/ranking?kind=state',
  ...p.queries.map((x) => q('/actors', { q: x })),
  '/actors',
  ...p.influence.map((x) => q('/influence', { from: x.provider, to: x.dependent })),
  ...p.centers.map((c) => q('/graph', { center: c, depth: '1' })),
]
const total = Number(values.requests)
let next = 0
const statuses = new Map<number, number>()
const worker = async () => {
  while (next < total) {
    const res = await app.inject(urls[next++ % urls.length])
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
  }
}
const started = performance.now()
await Promise.all([worker(), worker()])
console.error(
  `${total} requests in ${((performance.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
)
await app.close()
