// `npm start` end to end, as a child process: with NEO4J_URI set it starts nothing; with it unset it
// starts the embedded Neo4j and stops it again on SIGTERM; bad configuration stops it with one line.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { alive, ROOT } from '../src/local-neo4j.js'
import { start } from '../src/start.js'
import { jobPort, testConfig, useQuickJvm } from './helpers/config.js'

// Ports of this job's own: two embedded Neo4j this file starts, and one where nothing listens.
const [own, nosuchdb, nobody] = [jobPort(4), jobPort(5), jobPort(9)]
import { counts, testApp, wipe } from './helpers/graph.js'
import { spawnStart } from './helpers/spawn-start.js'

// The embedded Neo4j these starts bring up: the quick JIT (see useQuickJvm).
useQuickJvm()

const API = /API at (http:\/\/127\.0\.0\.1:\d+)\//

// Two subtests at a time: each mostly waits for a child process or a Java start of its own (the
// NEO4J_URI one uses the suite's Neo4j, the others Neo4j instances of their own). The two in-process
// ones capture console.error, so they must not overlap: the quick one runs first, the other last.
t.jobs = 2

t.test('in process: a Neo4j that never answers ends start-up with 1 and the reason, and no password in it', async (t) => {
  const error = t.capture(console, 'error')
  const code = await start({ NEO4J_URI: `bolt://127.0.0.1:${nobody}`, NEO4J_PASSWORD: 's3cret-pw', NEO4J_CONNECT_TIMEOUT_MS: '300' })
  t.equal(code, 1)
  const said = error
    .args()
    .map((a) => a.join(' '))
    .join('\n')
  t.match(said, /^\[entente\] could not start: /)
  t.notMatch(said, /s3cret-pw/)
})

t.test('a bad variable stops start-up with one line naming it', async (t) => {
  const s = spawnStart({ PORT: 'abc' })
  t.equal(await s.exited, 2)
  t.equal(s.output().trim(), '[entente] Invalid PORT="abc": expected an integer port 0-65535')
})

t.test('without NEO4J_URI and without Java it says what to install or set', async (t) => {
  const s = spawnStart({ PATH: '/nonexistent' })
  t.equal(await s.exited, 2)
  t.match(s.output().trim(), /^\[entente\] Neither NEO4J_URI nor Java was found: install Java 17\+ and Maven, or set NEO4J_URI/)
})

t.test('with NEO4J_URI set: seeds an empty graph, serves, and exits 0 on SIGTERM', async (t) => {
  const app = await testApp()
  await wipe(app)
  const s = spawnStart({ NEO4J_URI: testConfig().NEO4J_URI, PORT: '0' })
  const [, base] = await s.waitFor(API)
  t.match(s.output(), /seeded tekedia-putin-kim-pyongyang \(\d+ claims, \d+ relations\)/)
  t.notMatch(s.output(), /starting the embedded Neo4j/, 'started no Neo4j of its own')
  // Ready once the warm-up (planning the path statements) is over: the line says so.
  await s.waitFor(/path statements planned in/)
  const ready = await fetch(`${base}/ready`)
  t.equal(ready.status, 200)
  const before = await counts(app)
  s.child.kill('SIGTERM')
  t.equal(await s.exited, 0)
  await t.rejects(fetch(`${base}/health`), 'no longer listening')

  // A second start finds the graph seeded and leaves it as it is.
  // With metrics on, as README's "Metrics and dashboards" starts it: /metrics on the API's port.
  const again = spawnStart({ NEO4J_URI: testConfig().NEO4J_URI, PORT: '0', METRICS_ENABLED: 'true' })
  const [, againBase] = await again.waitFor(API)
  t.notMatch(again.output(), /seeded/)
  const metrics = await fetch(`${againBase}/metrics`)
  t.equal(metrics.status, 200)
  t.match(await metrics.text(), /^entente_graph_version \d+$/m, 'the exposition carries the graph version')
  t.same(await counts(app), before)
  again.child.kill('SIGTERM')
  t.equal(await again.exited, 0)
  await app.close()
})

t.test('without NEO4J_URI: starts the embedded Neo4j, answers /ready, and stops it on SIGTERM', async (t) => {
  const dir = '.data/test-start-neo4j'
  rmSync(path.join(ROOT, dir), { recursive: true, force: true })
  const s = spawnStart({ PORT: '0', NEO4J_LOCAL_PORT: String(own), NEO4J_LOCAL_DIR: dir })
  const [, pid] = await s.waitFor(new RegExp(`embedded Neo4j ready at bolt://127\\.0\\.0\\.1:${own} \\(pid (\\d+)\\)`))
  const [, base] = await s.waitFor(API)
  t.ok(alive(Number(pid)), 'the java process runs while the API serves')
  // Ready once the warm-up (planning the path statements) is over: the line says so.
  await s.waitFor(/path statements planned in/)
  const ready = await fetch(`${base}/ready`)
  t.equal(ready.status, 200)
  t.match(await ready.json(), { status: 'ready', sources: 1 })
  s.child.kill('SIGTERM')
  t.equal(await s.exited, 0)
  t.notOk(alive(Number(pid)), 'no orphan java process')
  rmSync(path.join(ROOT, dir), { recursive: true, force: true })
})

t.test('in process: a failure after the embedded Neo4j started stops that Neo4j again', async (t) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'entente-start-'))
  t.teardown(() => rmSync(home, { recursive: true, force: true }))
  const error = t.capture(console, 'error')
  // Community edition has one user database; naming another fails the first query, after Neo4j is up.
  const code = await start({ NEO4J_LOCAL_PORT: String(nosuchdb), NEO4J_LOCAL_DIR: home, NEO4J_DATABASE: 'nosuchdb', PORT: '0' })
  t.equal(code, 1)
  const said = error
    .args()
    .map((a) => a.join(' '))
    .join('\n')
  const pid = Number(new RegExp(`embedded Neo4j ready at bolt://127\\.0\\.0\\.1:${nosuchdb} \\(pid (\\d+)\\)`).exec(said)?.[1])
  t.ok(pid > 0, said)
  t.match(said, /\[entente\] could not start: /)
  t.notOk(alive(pid), 'the Neo4j it started is stopped')
})
