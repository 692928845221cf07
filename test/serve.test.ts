// `npm run serve`: the API alone against NEO4J_URI. The real command as a child process answers
// /ready and exits 0 on SIGTERM; without NEO4J_URI, or with a bad variable, it stops with one line.
import { spawn } from 'node:child_process'
import path from 'node:path'
import t from 'tap'
import { ROOT } from '../src/local-neo4j.js'
import { planPathStatements } from '../src/queries/paths.js'
import { plannedLine, serveCommand } from '../src/server.js'
import { jobPort, testConfig } from './helpers/config.js'

// A port of this job's own where nothing listens.
const nobody = `bolt://127.0.0.1:${jobPort(9)}`
import { articleGraph, testApp } from './helpers/graph.js'

const API = /API at (http:\/\/127\.0\.0\.1:\d+)\/ — Swagger UI at http:\/\/127\.0\.0\.1:\d+\/docs/

/** Runs argv in the worktree with env over this process's own (NEO4J_URI removed unless given). */
function child(argv: string[], env: Record<string, string>) {
  const c = spawn(argv[0], argv.slice(1), {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: undefined, LOG_LEVEL: 'warn', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own, signalled as a whole as a terminal's Ctrl-C or a supervisor does: npm does not
    // pass SIGTERM on to the shell's child, so signalling npm alone would orphan the server.
    detached: true,
  })
  let out = ''
  c.stdout.on('data', (d) => (out += d))
  c.stderr.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => c.once('exit', (code) => resolve(code)))
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const tick = setInterval(() => {
        const m = pattern.exec(out)
        if (m || c.exitCode !== null) {
          clearInterval(tick)
          if (m) resolve(m)
          else reject(new Error(`no ${pattern}; exited ${c.exitCode}:\n${out}`))
        }
      }, 50)
    })
  const stop = () => process.kill(-(c.pid as number), 'SIGTERM')
  return { child: c, output: () => out, exited, waitFor, stop }
}

const npmServe = (env: Record<string, string>) => child(['npm', 'run', '-s', 'serve'], env)

t.before(async () => {
  const app = await testApp()
  await articleGraph(app)
  await app.close()
})

t.test('npm run serve serves the API against NEO4J_URI, and exits 0 on SIGTERM', async (t) => {
  const s = npmServe({ NEO4J_URI: testConfig().NEO4J_URI, PORT: '0' })
  const [, base] = await s.waitFor(API)
  // Ready once the warm-up (planning the path statements) is over: the line says so.
  await s.waitFor(/path statements planned in/)
  const ready = await fetch(`${base}/ready`)
  t.equal(ready.status, 200)
  t.match(await ready.json(), { status: 'ready', sources: 1 })
  t.equal((await fetch(`${base}/actors/prk`)).status, 200)
  s.stop()
  // npm itself dies of the signal (no exit code); the server it ran closes and leaves nothing behind.
  await s.exited
  await t.rejects(fetch(`${base}/health`), 'no longer listening')
  // The server finishes closing (driver, pool) after it stops listening: give it up to 20 s.
  const groupAlive = () => {
    try {
      process.kill(-(s.child.pid as number), 0)
      return true
    } catch {
      return false
    }
  }
  for (let i = 0; i < 40 && groupAlive(); i++) await new Promise((resolve) => setTimeout(resolve, 500))
  t.notOk(groupAlive(), 'no process of the group is left')
})

t.test('npm run serve without NEO4J_URI, or with a bad variable: one line, exit 2', async (t) => {
  const unset = npmServe({})
  t.equal(await unset.exited, 2)
  t.equal(
    unset.output().trim(),
    '[entente] NEO4J_URI is not set: npm run serve serves an existing Neo4j (npm start starts the embedded one).',
  )
  const bad = npmServe({ NEO4J_URI: 'http://localhost:7474' })
  t.equal(await bad.exited, 2)
  t.equal(bad.output().trim(), '[entente] Invalid NEO4J_URI="http://localhost:7474": expected a bolt:// or neo4j:// URI')
})

t.test('in process: each outcome of serveCommand', async (t) => {
  const error = t.capture(console, 'error')
  t.same(await serveCommand({ PORT: 'abc' }), { code: 2 })
  t.same(await serveCommand({}), { code: 2 })
  t.same(await serveCommand({ NEO4J_URI: nobody, NEO4J_PASSWORD: 's3cret-pw', NEO4J_CONNECT_TIMEOUT_MS: '300' }), {
    code: 1,
  })
  const served = await serveCommand({ NEO4J_URI: testConfig().NEO4J_URI, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' })
  t.equal(served.code, 0)
  const listening = served.app
  if (!listening) throw new Error('serveCommand answered 0 without the listening app')
  const port = (listening.server.address() as { port: number }).port
  t.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200, 'it answers')
  await listening.close()
  const said = error.args().map((a) => a.join(' '))
  t.same(said.slice(0, 2), [
    '[entente] Invalid PORT="abc": expected an integer port 0-65535',
    '[entente] NEO4J_URI is not set: npm run serve serves an existing Neo4j (npm start starts the embedded one).',
  ])
  t.equal(said[2].startsWith(`[entente] could not start: Neo4j at ${nobody} did not answer within 300 ms`), true, said[2])
  // The path statements are planned in the background, so their line may come before the API's or after.
  t.match(
    said.slice(3).filter((l) => !l.includes('path statements planned')),
    [/^\[entente\] API at http:\/\/127\.0\.0\.1:\d+\/ — Swagger UI at/],
  )
  t.notMatch(said.join('\n'), /s3cret-pw/)
})

t.test('the script as the child of the test runner (its coverage counted): serves and closes on SIGTERM', async (t) => {
  const s = child([process.execPath, ...process.execArgv, path.join(ROOT, 'src/server.ts')], {
    NEO4J_URI: testConfig().NEO4J_URI,
    PORT: '0',
  })
  const [, base] = await s.waitFor(API)
  await s.waitFor(/\[entente\] path statements planned in \d+\.\d s\n/)
  t.equal((await fetch(`${base}/ready`)).status, 200)
  s.stop()
  t.equal(await s.exited, 0, s.output())
})

t.test('the planning line: how long, and how many statements failed', async (t) => {
  const ok = { status: 'fulfilled', value: [] } as const
  const failed = { status: 'rejected', reason: new Error('timed out') } as const
  t.equal(plannedLine([ok, ok, ok, ok, ok, ok], 2345), 'path statements planned in 2.3 s')
  t.equal(plannedLine([ok, failed, ok, ok, failed, ok], 61_000), 'path statements planned in 61.0 s (2 of 6 failed)')
})

t.test('serve() plans the path statements in the background: every length runs, and a failure is reported, not thrown', async (t) => {
  const app = await testApp()
  const results = await planPathStatements(app.graph)
  t.same(
    results.map((r) => r.status),
    ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled'],
    "maxHops 1 to 6, each with a default request's parameter types",
  )
  t.same(
    results.flatMap((r) => (r.status === 'fulfilled' ? r.value.flatMap((row) => row.paths as unknown[]) : ['rejected'])),
    [],
    'no actor has the empty id: no path',
  )
  await app.close()
  const closed = await planPathStatements(app.graph)
  t.same(
    closed.map((r) => r.status),
    ['rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected'],
    'the driver is closed: each fails, none throws',
  )
})
