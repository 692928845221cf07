// The production install, proven without a Docker engine: the Dockerfile's final stage is read and
// done by hand in a temporary folder (its COPY lines, the compiled dist/ from the build stage's
// `npm run build`, its `npm ci --omit=dev`), then its CMD is started against the suite's Neo4j and
// must answer /ready and take a write, whose ranking recompute runs in the compiled worker. No tsx, no
// TypeScript, no devDependency is there to help it.
import { execFile, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { ROOT } from '../src/local-neo4j.js'
import { finalStage } from '../tools/dockerfile.js'
import { testConfig } from './helpers/config.js'
import { fuelWire } from './helpers/fuel-wire.js'
import { articleGraph, testApp } from './helpers/graph.js'
import { bearer, createTestKey } from './helpers/keys.js'

const run = promisify(execFile)

t.test('the Dockerfile runs compiled JavaScript on a current LTS Node, installed without devDependencies', async (t) => {
  const stage = finalStage()
  t.match(stage.image, /^FROM node:(22|24)-slim$/)
  t.same(stage.cmd, ['node', '--max-semi-space-size=2', '--heap-growing-percent=20', 'dist/start.js'])
  t.same(stage.env, { NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '3000' })
  t.same(stage.fromBuild, ['./dist', './explorer/dist'], 'the compiled service and the bundled explorer page')
  t.ok(
    stage.runs.some((r) => r.startsWith('npm ci --omit=dev')),
    'production dependencies only',
  )
  t.same(stage.copies, ['package.json', 'package-lock.json', 'cypher', 'seed'])
})

t.test(
  'that install, built in a temporary folder, starts with its CMD, answers /ready, and refreshes the ranking after a write',
  async (t) => {
    const stage = finalStage()
    let writeKey = ''
    const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-production-'))
    t.teardown(() => rmSync(dir, { recursive: true, force: true }))
    for (const item of stage.copies) cpSync(path.join(ROOT, item), path.join(dir, item), { recursive: true })
    // The build stage's explorer bundle: `npm test` builds explorer/dist before tap runs.
    cpSync(path.join(ROOT, 'explorer/dist'), path.join(dir, 'explorer/dist'), { recursive: true })
    // Three independent steps side by side: the compiler is busy while npm reads its cache and the
    // article is seeded.
    await Promise.all([
      // The build stage: `npm run build`, here into the temporary folder so the worktree's dist/ is not touched.
      run(
        process.execPath,
        [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', path.join(dir, 'dist')],
        { cwd: ROOT },
      ),
      // npm's cache serves the packages the worktree's own `npm ci` fetched.
      run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }),
      testApp().then(async (app) => {
        await articleGraph(app)
        writeKey = (await createTestKey(app.graph, 'write', 'production test')).key
        await app.close()
      }),
    ])
    for (const dev of ['tsx', 'typescript', 'tap', '@biomejs/biome']) {
      t.notOk(existsSync(path.join(dir, 'node_modules', dev)), `${dev} is not installed`)
    }
    t.ok(existsSync(path.join(dir, 'node_modules/fastify')), 'fastify is')

    const [command, ...args] = stage.cmd
    const child = spawn(command === 'node' ? process.execPath : command, args, {
      cwd: dir,
      // As the image runs: its ENV, with the suite's Neo4j as NEO4J_URI; no loader of the test runner.
      // A generous query timeout: this judges the install, not how busy the machine is.
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        NEO4J_URI: testConfig().NEO4J_URI,
        LOG_LEVEL: 'warn',
        NEO4J_QUERY_TIMEOUT_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    t.teardown(() => {
      if (child.exitCode === null) child.kill('SIGKILL')
    })
    const base = await new Promise<string>((resolve, reject) => {
      const tick = setInterval(() => {
        const m = /API at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)
        if (m || child.exitCode !== null) {
          clearInterval(tick)
          if (m) resolve(m[1])
          else reject(new Error(`exited ${child.exitCode}:\n${out}`))
        }
      }, 50)
    })
    t.notMatch(out, /seeded/, 'the graph was seeded already: start.js left it as it was')
    // Ready once the warm-up (planning the path statements) is over: the line says so.
    while (!/path statements planned in/.test(out) && child.exitCode === null) await new Promise((r) => setTimeout(r, 50))
    const ready = await fetch(`${base}/ready`)
    t.equal(ready.status, 200)
    t.match(await ready.json(), { status: 'ready', sources: 1 })
    const actor = await fetch(`${base}/actors/prk`)
    t.equal(actor.status, 200, 'the statements of cypher/ are found from dist/')
    t.match(await actor.json(), { id: 'prk', name: 'North Korea' })
    const page = await fetch(`${base}/`)
    t.equal(page.status, 200, 'the explorer page is found from dist/')
    t.match(page.headers.get('content-type'), /^text\/html/)
    // A write: the ranking's recompute after it runs in the worker the compiled API forks (dist/write/ranking-worker.js).
    const put = await fetch(`${base}/sources/fuel-wire`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...bearer(writeKey) },
      body: JSON.stringify(fuelWire()),
    })
    t.equal(put.status, 201)
    const { graphVersion } = (await put.json()) as { graphVersion: number }
    const deadline = Date.now() + 60_000
    let ranked: { graphVersion: number; items: Array<{ actor: { id: string } }> }
    do {
      await new Promise((r) => setTimeout(r, 100))
      ranked = (await (await fetch(`${base}/influence/ranking?limit=200`)).json()) as typeof ranked
    } while (ranked.graphVersion !== graphVersion && Date.now() < deadline)
    t.equal(ranked.graphVersion, graphVersion, 'the compiled worker published the ranking of the write')
    t.ok(
      ranked.items.some((i) => i.actor.id === 'mng'),
      'with the actor the write added',
    )
    child.kill('SIGTERM')
    t.equal(await exited, 0, out)
  },
)
