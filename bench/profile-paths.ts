// `RELATIONS=100000 npm run profile:paths`: against NEO4J_URI (default: the embedded Neo4j at
// NEO4J_LOCAL_PORT) holding a graph loaded by `npm run seed:synthetic` with that many relations: for the
// bench's /paths requests (the pairs of bench/params.ts, both ranks as the bench asks them) and its
// /influence requests (its provider/dependent pairs), the statements the API runs for each request
// (recorded as bench/replay.ts records them), each PROFILEd: database hits and rows summed over the
// plan, rows returned, and the round trips in sequence. Then the median time of PROFILE_RUNS (default 7)
// requests through the API in process (no HTTP, no load generator: one request at a time).
// A profile of the statements' work, not a benchmark: `npm run bench` measures latency.
import neo4j from 'neo4j-driver'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { CATALOG } from '../src/db/cypher.js'
import { envInt } from './args.js'
import { pickParams } from './params.js'
import { recordPlan } from './replay.js'

interface ProfiledPlan {
  dbHits: number
  rows: number
  children: ProfiledPlan[]
}
const dbHits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + dbHits(c), 0)
const rowsOf = (p: ProfiledPlan): number => p.rows + p.children.reduce((s, c) => s + rowsOf(c), 0)

const USAGE = 'RELATIONS=<relations the graph was seeded with, 1-100000000> [PROFILE_RUNS=1-1000] npm run profile:paths'
const RELATIONS = envInt('profile:paths', 'RELATIONS', 100_000, 1, 100_000_000, USAGE)
const RUNS = envInt('profile:paths', 'PROFILE_RUNS', 7, 1, 1000, USAGE)
/* c8 ignore start -- PROFILEs the bench's statements on a graph seeded with RELATIONS relations (npm run profile:paths), by hand; the suite starts it only to see it refuse a bad argument (test/commands.test.ts) */
const uri = process.env.NEO4J_URI ?? `bolt://127.0.0.1:${loadConfig().NEO4J_LOCAL_PORT}`
const app = await buildApp({ ...loadConfig({ ...process.env, RATE_LIMIT_MAX: '0', LOG_LEVEL: 'silent' }), NEO4J_URI: uri })
const driver = neo4j.driver(uri)
// The relation count the graph was seeded with: the bench picks its pairs at fractions of it.
const params = await pickParams(app.graph, RELATIONS)
const head = ['request', 'pair', 'hops', 'paths', 'round trips', 'statements', 'db hits', 'rows (all operators)', 'median ms']
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const query = (path: string, q: Record<string, string>) => `${path}?${new URLSearchParams(q)}`
const requests = [
  ...(['shortest', 'strongest'] as const).flatMap((rank) =>
    params.pairs.map((pair) => ({
      label: `paths ${rank}`,
      pair,
      url: query('/paths', { from: pair.from, to: pair.to, ...(rank === 'strongest' ? { rank, maxHops: '3' } : {}) }),
    })),
  ),
  ...params.influence.map((x) => ({
    label: 'influence',
    pair: { from: x.provider, to: x.dependent, hops: x.hops },
    url: query('/influence', { from: x.provider, to: x.dependent }),
  })),
]
try {
  for (const { label, pair, url } of requests) {
    await app.inject(url) // plans the statement first: planning is not what is profiled
    let found = 0
    const plan = await recordPlan(app.graph, async () => (found = (await app.inject(url)).json().paths?.length ?? -1))
    let hits = 0
    let rows = 0
    for (const { name, params: p } of plan.flat()) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ })
      try {
        const result = await session.run(`PROFILE ${CATALOG.text(name)}`, p)
        const profile = result.summary.profile as unknown as ProfiledPlan
        hits += dbHits(profile)
        rows += rowsOf(profile)
      } finally {
        await session.close()
      }
    }
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now()
      await app.inject(url)
      times.push(performance.now() - t0)
    }
    const names = plan.map((g) => g.map((s) => s.name).join(' + ')).join(' → ')
    console.log(
      `| ${label} | ${pair.from}→${pair.to} | ${pair.hops} | ${found} | ${plan.length} | ${names} | ${hits} | ${rows} | ${median(times).toFixed(1)} |`,
    )
  }
} finally {
  await driver.close()
  await app.close()
}
