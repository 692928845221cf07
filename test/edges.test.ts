// The less-travelled branches, each with a real cause: seed files that fail in every way, a source
// that reuses another's ids, the ranking's cursor, Neo4j that never answers, the TTL cache of the graph
// version, errors without a field, and the embedded Neo4j's start and stop when things go wrong.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { missingPrerequisite, startLocalNeo4j, stopProcess } from '../src/local-neo4j.js'
import { withoutUnusedSchemas } from '../src/plugins/openapi.js'
import { seedCommand } from '../src/write/seed-cli.js'
import { seedFiles } from '../src/write/seed-files.js'
import type { SeedError } from '../src/seed/validate-seed.js'
import { jobPort, QUICK_JVM, TEST_NEO4J_PORT, testConfig } from './helpers/config.js'

// A port of this job's own where nothing listens.
const nobody = `bolt://127.0.0.1:${jobPort(9)}`
import { counts, FIXTURES, seedArticle, testApp, wipe } from './helpers/graph.js'
import { spawnStart } from './helpers/spawn-start.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)

const SECOND = path.join(FIXTURES, 'second-source/border-trade-note.json')
function variant(edit: (seed: any) => void, text?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-edge-'))
  cpSync(path.join(FIXTURES, 'second-source/border-trade-note.txt'), path.join(dir, 'border-trade-note.txt'))
  if (text !== undefined) writeFileSync(path.join(dir, 'border-trade-note.txt'), text)
  const seed = JSON.parse(readFileSync(SECOND, 'utf8'))
  edit(seed)
  writeFileSync(path.join(dir, 'border-trade-note.json'), JSON.stringify(seed))
  return path.join(dir, 'border-trade-note.json')
}
const issuesOf = async (files: string[]) => ((await seedFiles(app.graph, files).catch((e) => e)) as SeedError).issues

t.test('with the graph empty: no graph version, so no ETag, and /ready says not seeded', async (t) => {
  const res = await app.inject('/actors?limit=1')
  t.equal(res.statusCode, 200)
  t.notOk(res.headers.etag)
})

t.test('seed files broken in every way are refused with file, path and reason', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-edge-'))
  writeFileSync(path.join(dir, 'broken.json'), '{ not json')
  t.match(await issuesOf([path.join(dir, 'broken.json')]), [{ file: 'broken.json', path: '', message: /^not readable JSON/ }])
  const noText = variant((s) => (s.source.textFile = 'missing.txt'))
  t.same(await issuesOf([noText]), [
    { file: 'border-trade-note.json', path: 'source.textFile', message: 'missing.txt not found beside border-trade-note.json' },
  ])
  const backwards = variant((s) => Object.assign(s.relations[0], { validFrom: '2024', validTo: '2020', dateBasis: 'stated' }))
  t.same(await issuesOf([backwards]), [
    { file: 'border-trade-note.json', path: 'relations[0].validTo', message: 'validTo is before validFrom' },
  ])
  // The basis of every edge and of every date (docs/seed-format.md).
  const unsaid = variant((s) => {
    delete s.relations[0].basis
    Object.assign(s.relations[1], { basis: 'inferred' })
  })
  t.same(await issuesOf([unsaid]), [
    {
      file: 'border-trade-note.json',
      path: 'relations[0].basis',
      message: 'Invalid option: expected one of "stated"|"inferred"|"background"',
    },
    { file: 'border-trade-note.json', path: 'relations[1].note', message: 'an inferred relation needs a note saying the reading' },
  ])
  const undatedBasis = variant((s) => {
    Object.assign(s.relations[0], { validFrom: '2020' })
    Object.assign(s.relations[1], { dateBasis: 'background' })
  })
  const dateIssue = 'a dated relation (validFrom or validTo) needs a dateBasis, and only a dated one has one'
  t.same(await issuesOf([undatedBasis]), [
    { file: 'border-trade-note.json', path: 'relations[0].dateBasis', message: dateIssue },
    { file: 'border-trade-note.json', path: 'relations[1].dateBasis', message: dateIssue },
  ])
  const nowhere = variant((s) => (s.claims[0].about = ['atlantis']))
  t.same(await issuesOf([nowhere]), [{ file: 'border-trade-note.json', path: 'claims[0].about[0]', message: 'unknown actor "atlantis"' }])
  t.same(await counts(app), { nodes: 0, relationships: 0 }, 'nothing written')
})

t.test('a second source may name actors only the first defines; it may not reuse its claim ids', async (t) => {
  await seedArticle(app)
  const before = await counts(app)
  const borrows = variant((s) => {
    s.actors = s.actors.filter((a: any) => a.id === 'yalu-institute')
  })
  const [report] = await seedFiles(app.graph, [borrows])
  t.equal(report.status, 'loaded', 'chn and prk come from the article')
  const stolen = variant((s) => {
    s.source.id = 'copycat'
    s.claims[0].id = 'kim-full-support-invasion'
    s.relations[1].claims = ['kim-full-support-invasion']
  })
  const mid = await counts(app)
  // Every id another source owns, in the file's order: its claims, then its relations (the article owns
  // the renamed claim, border-trade-note the rest, loaded just above).
  const file = 'border-trade-note.json'
  t.same(await issuesOf([stolen]), [
    { file, path: 'claims', message: 'claim id "kim-full-support-invasion" belongs to another source' },
    { file, path: 'claims', message: 'claim id "prk-fertiliser-from-china" belongs to another source' },
    { file, path: 'relations', message: 'relation id "prk-depends-on-chn-fertiliser" belongs to another source' },
    { file, path: 'relations', message: 'relation id "chn-trades-with-prk-dandong" belongs to another source' },
  ])
  t.same(await counts(app), mid, 'refused inside the transaction: nothing changed')
  t.ok(mid.nodes > before.nodes)
})

t.test('the ranking pages with a cursor tied to the graph version', async (t) => {
  const first = (await app.inject('/influence/ranking?limit=3')).json()
  t.equal(first.items.length, 3)
  t.same(
    first.items.map((i: any) => i.rank),
    [1, 2, 3],
  )
  const second = (await app.inject(`/influence/ranking?limit=3&cursor=${first.nextCursor}`)).json()
  t.same(
    second.items.map((i: any) => i.rank),
    [4, 5, 6],
  )
  const all = (await app.inject('/influence/ranking?limit=200')).json().items.map((i: any) => i.actor.id)
  t.same(
    [...first.items, ...second.items].map((i: any) => i.actor.id),
    all.slice(0, 6),
  )
  const scores = all.length
  t.ok(scores > 6)
  t.equal(first.nextCursor, `${first.graphVersion}-3`, 'the cursor names the version and the last rank served')
  const pastTheEnd = (await app.inject(`/influence/ranking?cursor=${first.graphVersion}-999`)).json()
  t.same(pastTheEnd.items, [], 'a rank past the end: an empty page')
  t.equal(pastTheEnd.nextCursor, null)
  const bad = await app.inject('/influence/ranking?cursor=x:y')
  t.match(bad.json(), { status: 400, 'invalid-params': [{ name: 'cursor', in: 'query', reason: /graphVersion>-<rank>/ }] })
  await seedFiles(app.graph, [variant((s) => (s.claims[0].statement += ' (changed)'))])
  const stale = await app.inject(`/influence/ranking?limit=3&cursor=${first.nextCursor}`)
  t.equal(stale.statusCode, 409)
  t.match(stale.headers['content-type'], /^application\/problem\+json/)
  t.match(stale.json(), {
    type: 'https://entente.dev/problems/conflict',
    title: 'Conflict',
    status: 409,
    detail: 'The graph changed since this cursor was issued; start again without a cursor.',
    'invalid-params': [
      {
        name: 'cursor',
        in: 'query',
        reason: `issued for graph version ${first.graphVersion}; the graph is at version ${first.graphVersion + 1}`,
      },
    ],
  })
})

t.test('a list cursor is an id: any id, stored or not, continues after it in id order', async (t) => {
  const all = (await app.inject('/actors?limit=200')).json().items.map((a: any) => a.id as string)
  t.ok(all.includes('prk') && all.length > 5)
  const afterPrk = (await app.inject('/actors?limit=200&cursor=prk')).json()
  t.same(
    afterPrk.items.map((a: any) => a.id),
    all.slice(all.indexOf('prk') + 1),
  )
  // 'm' is no actor's id: the page starts at the first id that sorts after it.
  const afterM = (await app.inject('/actors?limit=200&cursor=m')).json()
  t.same(
    afterM.items.map((a: any) => a.id),
    all.filter((id: string) => id > 'm'),
  )
  t.ok(afterM.items.length > 0 && afterM.items.length < all.length)
  const zero = await app.inject('/actors?cursor=0')
  t.equal(zero.statusCode, 200, 'cursor=0 (schema-valid) is the page after id "0": every actor id sorts after it')
  t.equal(zero.json().items.length, Math.min(50, all.length))
  const page = (await app.inject('/actors?limit=2')).json()
  t.equal(page.nextCursor, all[1], 'nextCursor is the id of the last item served')
})

t.test('an empty types list is a 400 naming types', async (t) => {
  const res = await app.inject('/paths?from=prk&to=ukr&types=')
  t.equal(res.statusCode, 400)
  t.match(res.json()['invalid-params'], [{ name: 'types', in: 'query' }])
})

t.test('from and to naming the same actor: one 0-hop path; influence 0 both ways with no chains', async (t) => {
  const paths = await app.inject('/paths?from=Pyongyang&to=prk&maxHops=3&k=4')
  t.equal(paths.statusCode, 200)
  t.same(paths.json(), {
    from: 'prk',
    to: 'prk',
    paths: [{ hops: 0, score: 1, actors: [{ id: 'prk', name: 'North Korea', kind: 'state' }], relations: [] }],
  })
  const same = await app.inject('/influence?from=Beijing&to=chn&maxHops=3')
  t.equal(same.statusCode, 200)
  t.match(same.json(), {
    from: 'chn',
    to: 'chn',
    score: 0,
    reverseScore: 0,
    asymmetry: 0,
    chainCount: 0,
    channelCount: 0,
    model: { parameters: { maxHops: 3 } },
    paths: [],
  })
})

t.test('the graph version is cached for CACHE_VERSION_TTL_MS (default 1 s)', async (t) => {
  const cached = await buildApp({ ...testConfig(), CACHE_VERSION_TTL_MS: undefined })
  t.teardown(() => cached.close())
  const a = await cached.inject('/actors/prk')
  const b = await cached.inject('/actors/prk')
  t.equal(a.headers.etag, b.headers.etag)
})

t.test('/ready and queries on a database the server lacks: 503, never 500', async (t) => {
  const lost = await buildApp(testConfig({ NEO4J_DATABASE: 'nosuchdb' }))
  t.teardown(() => lost.close())
  const res = await lost.inject('/ready')
  t.equal(res.statusCode, 503)
  t.equal(res.json().detail, 'Neo4j is not reachable.')
})

t.test('a Neo4j that never answers: start-up retries with backoff, then fails naming it', async (t) => {
  const warnings: string[] = []
  const err = await buildApp(testConfig({ NEO4J_URI: nobody, NEO4J_CONNECT_TIMEOUT_MS: 700, LOG_LEVEL: 'warn' }), {
    logger: { level: 'warn', stream: { write: (l: string) => warnings.push(l) } } as any,
  }).catch((e) => e)
  t.equal(err.message.startsWith(`Neo4j at ${nobody} did not answer within 700 ms`), true, err.message)
  t.match(warnings.join(''), /Neo4j not reachable yet .*retrying in 100 ms/)
  const env = { NEO4J_URI: nobody, NEO4J_CONNECT_TIMEOUT_MS: '300' }
  const error = t.capture(console, 'error')
  t.equal(await seedCommand([], env), 1)
  t.match(error.args()[0][0], /^seed failed: /)
  const s = spawnStart({ ...env, PORT: '0' })
  t.equal(await s.exited, 1)
  t.match(s.output(), /\[entente\] could not start: /)
})

t.test('errors without a named field, and statuses without a title of their own', async (t) => {
  const probe = await testApp()
  t.teardown(() => probe.close())
  probe.get('/teapot', async () => {
    throw Object.assign(new Error('short and stout'), { statusCode: 418 })
  })
  probe.get('/unnamed', async () => {
    throw Object.assign(new Error('bad'), { validation: [{}] })
  })
  const tea = await probe.inject('/teapot')
  t.match(tea.json(), { status: 418, title: 'Error', detail: 'short and stout' })
  const unnamed = await probe.inject('/unnamed')
  t.match(unnamed.json(), { status: 400, 'invalid-params': [{ name: 'request', in: 'request', reason: 'invalid' }] })
  t.same(withoutUnusedSchemas({ openapi: '3.1.0' }), { openapi: '3.1.0' }, 'a document without components stays as it is')
})

t.test('embedded Neo4j: a taken port ends start-up with the reason; a stubborn process is killed', async (t) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'entente-n4j-'))
  const err = await startLocalNeo4j({ port: TEST_NEO4J_PORT, home, timeoutMs: 120_000, jvmArgs: QUICK_JVM }).catch((e) => e)
  t.match(err.message, /^embedded Neo4j exited with code \d+ before it was ready/)
  const stubborn = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { stdio: 'ignore' })
  await new Promise((r) => setTimeout(r, 300))
  const started = Date.now()
  await stopProcess(stubborn.pid as number, 300)
  await new Promise((r) => stubborn.once('exit', r))
  t.ok(Date.now() - started < 5000, 'killed after the grace period')
  const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((r) => gone.once('exit', r))
  const t1 = Date.now()
  await stopProcess(gone.pid as number, 60_000)
  t.ok(Date.now() - t1 < 1000, 'a process already gone: nothing to wait for')
  const slow = await startLocalNeo4j({ port: jobPort(6), home, timeoutMs: 1 }).catch((e) => e)
  t.equal(slow.message, `embedded Neo4j printed no readiness line within 1 ms (see ${path.join(home, 'neo4j-local.log')})`)
  const bin = mkdtempSync(path.join(os.tmpdir(), 'entente-bin-'))
  symlinkSync('/usr/bin/java', path.join(bin, 'java'))
  const saved = process.env.PATH
  process.env.PATH = bin
  try {
    t.match(await missingPrerequisite(), /^Maven was not found/)
  } finally {
    process.env.PATH = saved
  }
})
