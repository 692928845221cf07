// The synthetic graph generator (tools/synthetic): reproducible, exact in its counts, stored with the
// same layout `npm run seed` gives the same data (loaded both ways and compared), refused on a
// non-empty database without --wipe, and answering the API.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { seedFiles } from '../src/write/seed-files.js'
import { SyntheticGraph, type Step } from '../tools/synthetic/generate.js'
import { loadSynthetic } from '../tools/synthetic/load.js'
import { inParallel } from '../tools/synthetic/parallel.js'
import { ProgressBar } from '../tools/synthetic/progress.js'
import { WordSpace } from '../tools/synthetic/words.js'
import { testApp, wipe } from './helpers/graph.js'
import { cli } from './helpers/synthetic-cli.js'

const app = await testApp()
const dirs: string[] = []
t.teardown(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  await app.close()
})
await wipe(app)

const SMALL = { actors: 300, relations: 2000, seed: 7 }
const allSteps = (g: SyntheticGraph) => [...g.steps()]
const digest = (g: SyntheticGraph) =>
  createHash('sha256')
    .update(JSON.stringify({ sources: g.sources, actors: g.actors, steps: allSteps(g) }))
    .digest('hex')

/**
 * Test-only Cypher: every node and relationship of the graph with its properties, sorted. Left out: the
 * graph's meta node, and what a load through the write room records beside the graph (the source's
 * version number and its SourceVersion, the audit entry, the change, the history known-at reads answer
 * from): the synthetic loader is a bulk first load, which stores the same graph without those records.
 */
async function dump(): Promise<string[]> {
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    const nodes = await session.run(
      'MATCH (n) WHERE NOT (n:GraphMeta OR n:SourceVersion OR n:AuditEntry OR n:Change OR n:KnownActor OR n:KnownClaim) RETURN labels(n) AS labels, properties(n) AS props',
    )
    const rels = await session.run(
      "MATCH (a)-[r]->(b) WHERE NOT type(r) IN ['KNOWN_RELATION', 'VERSION_MENTIONS'] RETURN type(r) AS type, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to, properties(r) AS props",
    )
    const rows = [
      ...nodes.records.map((r) => ({
        labels: r.get('labels'),
        props: {
          ...r.get('props'),
          contentHash: undefined,
          version: r.get('labels').includes('Source') ? undefined : r.get('props').version,
        },
      })),
      ...rels.records.map((r) => r.toObject()),
    ]
    // Keys sorted; numbers to 12 digits: the ranking sums floats in the order Neo4j returns the edges.
    const canonical = (_k: string, v: unknown) =>
      typeof v === 'number'
        ? Number(v.toPrecision(12))
        : v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).sort())
          : v
    return rows.map((r) => JSON.stringify(r, canonical)).sort()
  } finally {
    await session.close()
  }
}

/** The synthetic graph written as seed files, one per source, for `npm run seed`'s loader. */
function writeSeedFiles(g: SyntheticGraph): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-synthetic-'))
  dirs.push(dir)
  const steps = allSteps(g)
  return g.sources.map(({ source, text }) => {
    const mine = (s: Step) => s.sourceId === source.id
    const file = path.join(dir, `${source.id}.json`)
    writeFileSync(path.join(dir, source.textFile as string), text)
    writeFileSync(
      file,
      JSON.stringify({
        format: 'entente-seed/1',
        source,
        actors: g.actors.filter((a) => a.sourceId === source.id).map(({ sourceId: _s, ...a }) => a),
        claims: steps.filter(mine).flatMap((s) => s.claims),
        relations: steps.filter(mine).flatMap((s) => s.relations),
        deals: steps.filter(mine).flatMap((s) => s.deals),
      }),
    )
    return file
  })
}

t.test('the generator: same seed, same graph; exact counts; scale-free degrees; the vocabulary', async (t) => {
  const g = new SyntheticGraph(SMALL)
  t.equal(digest(g), digest(new SyntheticGraph(SMALL)), 'same seed: same graph')
  t.not(digest(g), digest(new SyntheticGraph({ ...SMALL, seed: 8 })), 'another seed: another graph')
  const steps = allSteps(g)
  const relations = steps.flatMap((s) => s.relations)
  const claims = steps.flatMap((s) => s.claims)
  t.equal(g.actors.length, 300)
  t.equal(relations.length, 2000, 'exactly the relations asked for')
  t.equal(new Set(relations.map((r) => r.id)).size, 2000, 'relation ids unique')
  t.equal(new Set(claims.map((c) => c.id)).size, claims.length, 'claim ids unique')
  const keys = g.actors.flatMap((a) => [...new Set([a.id, a.name, ...a.aliases].map((k) => k.toLowerCase()))])
  t.equal(new Set(keys).size, keys.length, 'no two actors share an id, name or alias')
  t.ok(
    relations.every((r) => r.from !== r.to && r.claims.length > 0),
    'no self-relation, none without evidence',
  )
  const degree = new Map<string, number>()
  for (const r of relations) for (const end of [r.from, r.to]) degree.set(end, (degree.get(end) ?? 0) + 1)
  const sorted = [...degree.values()].sort((a, b) => b - a)
  t.ok(
    sorted[0] > 5 * sorted[Math.floor(sorted.length / 2)],
    `hubs: max degree ${sorted[0]}, median ${sorted[Math.floor(sorted.length / 2)]}`,
  )
  const types = new Set(relations.map((r) => r.type))
  t.ok(types.size >= 18, `${types.size} relation types`)
  t.ok(
    relations.some((r) => r.dependency?.share !== undefined) && relations.some((r) => r.dependency?.level !== undefined),
    'shares and levels',
  )
  t.ok(relations.some((r) => r.validFrom) && relations.some((r) => r.validTo), 'validity windows')
  t.ok(
    steps.some((s) => s.deals.length > 0),
    'deals',
  )
  t.equal(new Set(claims.map((c) => c.hedge)).size, 7, 'every hedge')
  t.ok(
    claims.some((c) => c.contrastsWith.length > 0),
    'contrasting claims',
  )
  t.ok(
    g.actors.some((a) => a.roles.length > 0),
    'roles',
  )
  t.equal(new WordSpace(10_000).syllables, 3, 'names grow a syllable when the space needs it')
})

t.test('progress: redrawn in place on a terminal, a line every few seconds in a log', async (t) => {
  let now = 0
  let tty = ''
  const onTerminal = new ProgressBar({ write: (s: string) => (tty += s), isTTY: true }, () => now)
  onTerminal.update('actors', 0, 100)
  now = 50
  onTerminal.update('actors', 10, 100)
  now = 1000
  onTerminal.update('actors', 50, 100)
  now = 2000
  onTerminal.update('actors', 100, 100)
  t.match(
    tty,
    /^\ractors {4}\[\.{24}\] 0\/100 0\/s starting\ractors {4}\[#{12}\.{12}\] 50\/100 50\/s ETA 1 s\ractors {4}\[#{24}\] 100\/100 50\/s in 2\.0 s\n$/,
  )
  let log = ''
  const inLog = new ProgressBar({ write: (s: string) => (log += s) }, () => now)
  inLog.update('relations', 0, 10)
  now += 1000
  inLog.update('relations', 5, 10)
  now += 5000
  inLog.update('relations', 9, 10)
  inLog.update('relations', 10, 10)
  t.equal(log.split('\n').length - 1, 3, 'the start, one after 5 s, and the end')
})

t.test('the write pool: bounded, and the first failure stops it', async (t) => {
  let running = 0
  let most = 0
  const job = (fail: boolean) => async () => {
    running++
    most = Math.max(most, running)
    await new Promise((resolve) => setTimeout(resolve, 5))
    running--
    if (fail) throw new Error('batch failed')
  }
  await inParallel(
    [1, 2, 3, 4, 5].map(() => job(false)),
    2,
  )
  t.equal(most, 2)
  let started = 0
  const counted = (function* () {
    for (const fail of [false, true, false, false, false, false]) {
      started++
      yield job(fail)
    }
  })()
  await t.rejects(inParallel(counted, 2), { message: 'batch failed' })
  t.ok(started < 6, `no new batch after a failure (${started} started)`)
})

t.test('npm run seed:synthetic loads into an empty database and refuses a non-empty one', async (t) => {
  const args = ['--actors', '300', '--relations', '2000', '--seed', '7', '--actors-per-source', '100', '--batch', '500']
  const first = await cli([...args, '--json'])
  t.equal(first.code, 0, first.code === 0 ? 'exit 0' : first.err)
  const report = JSON.parse(first.out)
  t.match(report, { actors: 300, relations: 2000, claims: Number, relationsPerSecond: Number })
  t.match(first.err, /relations \[#{24}\] 2,000\/2,000/)
  const stored = await dump()
  t.equal(stored.filter((r) => r.includes('"type":"RELATION"')).length, 2000, '2000 relations stored')
  t.equal(stored.filter((r) => r.includes('"labels":["Actor"]')).length, 300, '300 actors')
  t.equal(stored.filter((r) => r.includes('"labels":["Claim"]')).length, report.claims, 'every claim')
  t.equal(stored.filter((r) => r.includes('"labels":["Source"]')).length, 3, 'three sources of 100 actors')

  const refused = await cli(args)
  t.equal(refused.code, 1)
  t.match(refused.err, /refused: the database is not empty.*--wipe/)

  const again = await cli([...args, '--wipe', '--concurrency', '1'])
  t.equal(again.code, 0, again.code === 0 ? 'exit 0' : again.err)
  t.match(
    again.out,
    /^loaded 300 actors, 2000 relations and \d+ claims in [\d.]+ s, indexed in [\d.]+ s \(\d+ relations\/s\); ranking in [\d.]+ s\n$/,
  )
  t.same(await dump(), stored, 'the same seed loads the same graph, to the property')
})

t.test('the API answers on a synthetic graph', async (t) => {
  const g = new SyntheticGraph({ ...SMALL, actorsPerSource: 100 })
  const relations = allSteps(g).flatMap((s) => s.relations)
  const dependency = relations.find((r) => r.type === 'depends-on') as (typeof relations)[number]
  const paths = (await app.inject(`/paths?from=${dependency.from}&to=${dependency.to}&maxHops=2`)).json()
  t.ok(paths.paths.length >= 1, 'a path along the relation')
  t.ok(paths.paths[0].relations[0].claims[0].quote.length > 0, 'every hop with its quotes')
  const strongest = await app.inject(`/paths?from=${dependency.from}&to=${dependency.to}&maxHops=2&rank=strongest`)
  t.equal(strongest.statusCode, 200)
  const influence = (await app.inject(`/influence?from=${dependency.to}&to=${dependency.from}`)).json()
  t.ok(influence.score > 0 && influence.chainCount >= 1, `the provider influences the dependent (${influence.score})`)
  const actor = g.actors[42]
  const found = (await app.inject(`/actors?q=${encodeURIComponent(actor.name.slice(0, 5))}&limit=100`)).json()
  t.ok(
    found.items.some((a: { id: string }) => a.id === actor.id),
    `/actors?q= finds ${actor.name}`,
  )
  const ranking = (await app.inject('/influence/ranking?limit=3')).json()
  t.equal(ranking.items.length, 3)
  t.ok(ranking.items[0].score > 0)
  const ego = (await app.inject(`/graph?center=${dependency.to}&depth=1`)).json()
  t.ok(ego.nodes.length > 1)
})

t.test('a synthetic graph stores what npm run seed stores for the same data', async (t) => {
  const g = new SyntheticGraph({ ...SMALL, actorsPerSource: 300 })
  await wipe(app)
  const report = await loadSynthetic(app.graph, g, { batchSize: 700, concurrency: 2 })
  t.equal(report.relations, 2000)
  const synthetic = await dump()
  await wipe(app)
  const [loaded] = await seedFiles(app.graph, writeSeedFiles(g))
  t.equal(loaded.status, 'loaded', 'the generated graph is a valid seed file')
  const seeded = await dump()
  t.equal(synthetic.length, seeded.length, `${seeded.length} nodes and relationships`)
  t.same(synthetic, seeded, 'same nodes, relationships and properties, ranking included')
})

t.test('bad arguments, bad configuration and an unreachable database', async (t) => {
  const small = await cli(['--actors', '1'])
  t.equal(small.code, 2)
  t.match(small.err, /--actors: .*\nusage: /)
  const unknown = await cli(['--nodes', '5'])
  t.equal(unknown.code, 2)
  const badEnv = await cli([], { NEO4J_LOCAL_PORT: 'x' })
  t.equal(badEnv.code, 2)
  t.match(badEnv.err, /NEO4J_LOCAL_PORT/)
  const down = await cli([], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'secret', NEO4J_CONNECT_TIMEOUT_MS: '100' })
  t.equal(down.code, 1)
  t.match(down.err, /^synthetic seed failed: /)
})
