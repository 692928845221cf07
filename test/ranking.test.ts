// The stored ranking read by its rank index (cypher/influence-ranking*.cypher): pages, walked with
// their cursors, follow the order score descending then id, for every kind and overall, and each
// kind's ranking is the overall ranking restricted to that kind, ranked 1, 2, 3 … among its kind.
// A recompute on the same graph publishes the same ranking, also from bench/ranking-memory.ts's process.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import { ROOT } from '../src/local-neo4j.js'
import { ACTOR_KINDS } from '../src/model/vocabulary.js'
import { testConfig } from './helpers/config.js'
import { articleGraph, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

interface Item {
  actor: { id: string; kind: string }
  score: number
  rank: number
}

async function walk(query: string, limit: number) {
  const items: Item[] = []
  let cursor: string | null = null
  do {
    const res: { statusCode: number; json: () => any } = await app.inject(
      `/influence/ranking?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`,
    )
    t.equal(res.statusCode, 200)
    const page: { items: Item[]; nextCursor: string | null } = res.json()
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return items
}

t.test('pages follow the rank order across kinds', async (t) => {
  for (const basis of ['', '&basis=stated', '&basis=inferred,background']) {
    const all = await walk(basis, 4)
    const actors = (await app.inject('/actors?limit=200')).json().items as Array<{ id: string; kind: string }>
    t.same(all.map((i) => i.actor.id).sort(), actors.map((a) => a.id).sort(), `${basis}: every actor once`)
    t.same(
      all.map((i) => i.rank),
      all.map((_, i) => i + 1),
      `${basis}: ranks 1..n`,
    )
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]]
      t.ok(a.score > b.score || (a.score === b.score && a.actor.id < b.actor.id), `${basis}: ${a.actor.id} before ${b.actor.id}`)
    }
    const kinds = new Set(actors.map((a) => a.kind))
    t.ok(kinds.size >= 3, 'the article has actors of several kinds')
    for (const kind of ACTOR_KINDS) {
      const ofKind = await walk(`&kind=${kind}${basis}`, 2)
      t.same(
        ofKind.map((i) => i.actor.id),
        all.filter((i) => i.actor.kind === kind).map((i) => i.actor.id),
        `${basis} ${kind}: the overall order, restricted to the kind`,
      )
      t.same(
        ofKind.map((i) => i.rank),
        ofKind.map((_, i) => i + 1),
        `${basis} ${kind}: ranked among its kind`,
      )
    }
  }
})

t.test('a new seed publishes a new ranking and drops the one it replaced', async (t) => {
  const count = async () => {
    const session = app.graph.driver.session({ database: app.graph.database })
    try {
      const res = await session.run('MATCH (r:Rank) RETURN count(r) AS n, count(DISTINCT r.gen) AS gens')
      return { n: res.records[0].get('n').toNumber(), gens: res.records[0].get('gens').toNumber() }
    } finally {
      await session.close()
    }
  }
  const before = await count()
  t.equal(before.gens, 1, 'one generation stored')
  const { refreshRanking } = await import('../src/write/ranking.js')
  t.equal(await refreshRanking(app.graph), false, 'fresh: nothing recomputed')
  t.equal(await refreshRanking(app.graph, true), true)
  t.same(await count(), before, 'recomputed: the same number of entries, one generation')
  // A ranking stored by another model version (1.1, before evidence counted once) is stale although
  // the graph has not changed: the next seed recomputes it and stamps the current model.
  const marker = async (set?: string) => {
    const session = app.graph.driver.session({ database: app.graph.database })
    try {
      const res = await session.run(
        set === undefined
          ? "MATCH (m:GraphMeta {id: 'graph'}) RETURN m.rankingModel AS model"
          : "MATCH (m:GraphMeta {id: 'graph'}) SET m.rankingModel = $set RETURN m.rankingModel AS model",
        { set },
      )
      return JSON.parse(res.records[0].get('model'))
    } finally {
      await session.close()
    }
  }
  t.match(await marker(), { name: 'dependency-chains', version: '1.2' })
  const old = await marker(JSON.stringify({ ...(await marker()), version: '1.1' }))
  t.equal(old.version, '1.1')
  t.equal(await refreshRanking(app.graph), true, 'a 1.1 ranking is recomputed')
  t.match(await marker(), { version: '1.2' })
  t.equal(await refreshRanking(app.graph), false, 'and then fresh')
})

t.test('bench/ranking-memory.ts recomputes the same ranking in a process of its own and says what it took', async (t) => {
  const before = await walk('', 50)
  const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'bench/ranking-memory.ts'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: testConfig().NEO4J_URI, LOG_LEVEL: 'warn' },
    timeout: 120_000,
  })
  const lines = stdout.trim().split('\n')
  t.match(lines[0], /^ranking recomputed: true in \d+\.\d\d s$/)
  t.match(lines[1], /^rss: [\d.]+ MB before, peak sampled [\d.]+ MB, high-water mark [\d.]+ MB$/)
  t.match(lines[2], /^heap used: [\d.]+ MB before, peak sampled [\d.]+ MB$/)
  t.match(lines[3], /^array buffers: [\d.]+ MB before, peak sampled [\d.]+ MB$/)
  const [sampled, hwm] = (lines[1].match(/[\d.]+(?= MB)/g) as string[]).slice(1).map(Number)
  t.ok(hwm >= sampled, `the high-water mark (${hwm} MB) is at least every sample (${sampled} MB)`)
  t.same(await walk('', 50), before, 'the same graph: the same ranking, published again')
})
