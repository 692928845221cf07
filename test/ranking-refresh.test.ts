// The ranking's refresh after a write, in a worker process (src/write/ranking-refresher.ts,
// ranking-worker.ts), against the real Neo4j: a put that changes the graph answers with its refresh
// still to come, and once it is over the ranking is of the put's graph version, with the new actor in
// it and Russia reaching one more actor (Mongolia depends on it: test/helpers/fuel-wire.ts); an
// unchanged put asks for none; requests during a refresh fold into one more; failures (no Neo4j, a
// killed worker) are logged and retried; an idle worker exits; the password travels over IPC only; an
// app that starts on a stale ranking refreshes it.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { neo4jOptions } from '../src/db/connect.js'
import { alive } from '../src/local-neo4j.js'
import { rankingObservers } from '../src/write/ranking.js'
import { RankingRefresher } from '../src/write/ranking-refresher.js'
import { rankingWorker, type WorkerReply } from '../src/write/ranking-worker.js'
import { jobPort, testConfig } from './helpers/config.js'
import { FUEL_QUOTE, fuelWire } from './helpers/fuel-wire.js'
import { articleGraph } from './helpers/graph.js'
import { bearer, createTestKey } from './helpers/keys.js'

const config = testConfig()
const app = await buildApp(config)
t.teardown(() => app.close())
await articleGraph(app)
const WRITER = bearer((await createTestKey(app.graph, 'write', 'ranking refresh test')).key)
const OPTIONS = neo4jOptions(config, config.NEO4J_URI)

interface Entry {
  actor: { id: string }
  score: number
  reach: number
}
const ranking = async () => {
  const page = (await app.inject('/influence/ranking?limit=200')).json()
  return { graphVersion: page.graphVersion as number, byId: new Map((page.items as Entry[]).map((e) => [e.actor.id, e])) }
}
const meta = async () => (await app.graph.read('graph-version'))[0] as { version: number; rankingVersion: number }
const put = (body: unknown) =>
  app.inject({
    method: 'PUT',
    url: '/sources/fuel-wire',
    payload: body as object,
    headers: { 'content-type': 'application/json', ...WRITER },
  })

/** Test-only Cypher: the state a write leaves before its refresh (the graph one version past its ranking). */
async function stale() {
  const session = app.graph.driver.session({ database: app.graph.database })
  await session.run("MATCH (m:GraphMeta {id: 'graph'}) SET m.version = m.version + 1").finally(() => session.close())
}
const until = async (done: () => boolean | Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}

t.test('a put answers before its refresh; after it, the ranking is of the put’s version, with Mongolia in it', async (t) => {
  const before = await ranking()
  t.equal(before.byId.has('mng'), false)
  const res = await put(fuelWire())
  t.equal(res.statusCode, 201)
  t.equal(app.rankingRefresh.busy, true, 'the refresh is still to come when the put answers')
  await app.rankingRefresh.settled()
  const after = await ranking()
  t.equal(after.graphVersion, res.json().graphVersion)
  // Mongolia provides nothing to anyone; Russia, its provider, now reaches it too.
  t.match(after.byId.get('mng'), { score: 0, reach: 0 })
  t.equal(after.byId.get('rus')?.reach, (before.byId.get('rus')?.reach as number) + 1)
  const paths = await app.inject('/paths?from=mng&to=rus')
  t.ok(paths.body.includes(`"quote":"${FUEL_QUOTE}"`), 'the put itself is read back by its quote')
})

t.test('the same document again changes nothing and asks for no refresh; a retraction does', async (t) => {
  const same = await put(fuelWire())
  t.equal(same.json().outcome, 'unchanged')
  t.equal(app.rankingRefresh.busy, false)
  const gone = await app.inject({ method: 'DELETE', url: '/sources/fuel-wire', headers: WRITER })
  t.equal(gone.json().outcome, 'retracted')
  t.equal(app.rankingRefresh.busy, true)
  await app.rankingRefresh.settled()
  const after = await ranking()
  t.equal(after.graphVersion, gone.json().graphVersion)
  t.equal(after.byId.has('mng'), false)
})

t.test('requests while a refresh runs fold into one more refresh, which finds the ranking fresh', async (t) => {
  await stale()
  const recomputes: number[] = []
  const observe = (s: number) => recomputes.push(s)
  rankingObservers.add(observe)
  t.teardown(() => rankingObservers.delete(observe))
  const refresher = new RankingRefresher({ neo4j: OPTIONS, warn: (m) => t.fail(m) })
  refresher.request()
  refresher.request()
  refresher.request()
  await refresher.settled()
  t.equal(refresher.refreshes, 2, 'the first, and one for the two requests made while it ran')
  t.equal(recomputes.length, 1, 'only the first recomputed; its seconds reached the observers')
  t.ok(recomputes[0] > 0)
  const m = await meta()
  t.equal(m.rankingVersion, m.version)
  await refresher.close()
})

t.test('a refresh that cannot reach Neo4j is logged without the password and retried, the wait doubling; close ends it', async (t) => {
  const warnings: string[] = []
  const refresher = new RankingRefresher({
    neo4j: { ...OPTIONS, uri: `bolt://127.0.0.1:${jobPort(7)}`, password: 's3cret-pw', connectTimeoutMs: 300 },
    warn: (m) => warnings.push(m),
    retryMs: 50,
  })
  refresher.request()
  await until(() => warnings.length >= 2)
  t.match(warnings[0], /^ranking refresh failed \(.+\); trying again in 0\.05 s$/)
  t.match(warnings[1], /; trying again in 0\.1 s$/)
  t.notMatch(warnings.join('\n'), /s3cret-pw/)
  await refresher.close()
  const seen = warnings.length
  await new Promise((r) => setTimeout(r, 400))
  t.equal(warnings.length, seen, 'no retry after close')
  refresher.request()
  t.equal(refresher.busy, false, 'a request after close is ignored')
})

t.test('closing while a refresh fails: nothing logged, nothing retried', async (t) => {
  const warnings: string[] = []
  const refresher = new RankingRefresher({
    neo4j: { ...OPTIONS, uri: `bolt://127.0.0.1:${jobPort(7)}`, connectTimeoutMs: 300 },
    warn: (m) => warnings.push(m),
    retryMs: 50,
  })
  refresher.request()
  await refresher.close()
  await new Promise((r) => setTimeout(r, 200))
  t.same(warnings, [])
  t.equal(refresher.workerPid, undefined)
})

t.test('a worker killed before it answers: logged, and the retry forks a new one that publishes', async (t) => {
  await stale()
  const warnings: string[] = []
  const refresher = new RankingRefresher({ neo4j: OPTIONS, warn: (m) => warnings.push(m), retryMs: 50 })
  t.teardown(() => refresher.close())
  refresher.request()
  const first = refresher.workerPid as number
  t.ok(first > 0)
  process.kill(first, 'SIGKILL')
  await until(async () => {
    const m = await meta()
    return m.rankingVersion === m.version
  })
  t.same(warnings, [
    'ranking refresh failed (the ranking worker exited (code null, signal SIGKILL) before it answered); trying again in 0.05 s',
  ])
  t.not(refresher.workerPid, first)
})

t.test('an idle worker exits; the password reached it over IPC, not in its arguments or environment', async (t) => {
  await stale()
  const refresher = new RankingRefresher({ neo4j: { ...OPTIONS, password: 'pw-over-ipc-only' }, warn: () => undefined, idleMs: 100 })
  refresher.request()
  const pid = refresher.workerPid as number
  t.notMatch(readFileSync(`/proc/${pid}/cmdline`, 'utf8'), /pw-over-ipc-only/)
  t.notMatch(readFileSync(`/proc/${pid}/environ`, 'utf8'), /pw-over-ipc-only/)
  await refresher.settled()
  t.equal(refresher.workerPid, pid, 'kept for the next write at first')
  await until(() => !alive(pid))
  t.equal(refresher.workerPid, undefined)
  await refresher.close()
})

t.test('the worker refuses a refresh before it is told where Neo4j is, and closes without one', async (t) => {
  const replies: WorkerReply[] = []
  const worker = rankingWorker((r) => replies.push(r))
  await worker.handle({ type: 'refresh' })
  t.same(replies, [{ type: 'failed', message: 'no database: the API sends "open" first' }])
  await worker.close()
})

t.test('closing the app waits for its refresh, and the worker is gone after', async (t) => {
  const other = await buildApp(config)
  await stale()
  other.rankingRefresh.request()
  const pid = other.rankingRefresh.workerPid as number
  await other.close()
  const m = await meta()
  t.equal(m.rankingVersion, m.version, 'the refresh finished before close returned')
  await until(() => !alive(pid))
})

t.test('an app that finds the ranking stale when it is ready refreshes it; one that finds it fresh forks nothing', async (t) => {
  await stale()
  const other = await buildApp(config)
  t.teardown(() => other.close())
  await other.ready()
  t.equal(other.rankingRefresh.busy, true, 'a refresh asked for at ready')
  await other.rankingRefresh.settled()
  const m = await meta()
  t.equal(m.rankingVersion, m.version)
  const fresh = await buildApp(config)
  t.teardown(() => fresh.close())
  await fresh.ready()
  t.equal(fresh.rankingRefresh.busy, false)
  t.equal(fresh.rankingRefresh.workerPid, undefined)
})

t.test('Neo4j not answering when the app is ready: a warning, no refresh, and the app still starts', async (t) => {
  const other = await buildApp(config)
  t.teardown(() => other.close())
  const read = other.graph.read
  other.graph.read = async () => {
    throw new Error('Neo4j is away')
  }
  const warnings: string[] = []
  other.log.warn = ((m: string) => warnings.push(m)) as typeof other.log.warn
  await other.ready()
  other.graph.read = read
  t.same(warnings, ['could not tell whether the stored ranking is fresh (Neo4j is away)'])
  t.equal(other.rankingRefresh.busy, false)
})
