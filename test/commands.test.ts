// The README's other commands, each run as the real `npm run …` child process and judged by what it
// did: neo4j:start and neo4j:stop (a Neo4j of their own), seed and seed:synthetic into it, openapi
// (regenerates the committed files unchanged). bench, load, check:api and profile:paths only start and
// refuse a bad argument: no benchmark, no profile and no Schemathesis run here (check:api is its own step, see the README).
// npm start, npm run serve and the production start have their own files (start, serve, production).
import { execFile } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import neo4j from 'neo4j-driver'
import t from 'tap'
import { alive, ROOT } from '../src/local-neo4j.js'
import { TEST_NEO4J_PORT, useQuickJvm } from './helpers/config.js'

const exec = promisify(execFile)
// The embedded Neo4j of neo4j:start: the quick JIT (see useQuickJvm).
useQuickJvm()
// Two subtests at a time: each runs child processes of its own, on files and a Neo4j of its own.
t.jobs = 2

/** `npm run -s <script> [-- args]` in the worktree: its exit code and everything it printed. */
async function npm(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const argv = ['run', '-s', script, ...(args.length > 0 ? ['--', ...args] : [])]
  try {
    const { stdout, stderr } = await exec('npm', argv, {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: undefined, LOG_LEVEL: 'warn', ...env } as NodeJS.ProcessEnv,
      timeout: 240_000,
      maxBuffer: 16 * 1024 * 1024,
    })
    return { code: 0, out: stdout + stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, out: e.stdout + e.stderr }
  }
}

t.test('bench, load, check:api and profile:paths refuse a bad argument with one line and exit 2, before starting anything', async (t) => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['bench', ['--nope'], {}, /^\[bench\] Unknown option '--nope'; usage: npm run bench/],
    ['bench', ['--sizes', '1000,abc'], {}, /^\[bench\] --sizes must be an integer 1-10000000, got "abc"; usage/],
    ['bench', ['--duration', '0'], {}, /^\[bench\] --duration must be an integer 1-3600, got "0"/],
    [
      'bench',
      ['--method', 'bulk'],
      {},
      /^\[bench\] --method must be unwind, concurrent or import, got "bulk"; usage: .*--method unwind\|concurrent\|import/,
    ],
    ['bench', ['--method', 'import', '--uri', 'bolt://127.0.0.1:1'], {}, /^\[bench\] --method import loads a fresh Neo4j: not with --uri/],
    ['bench', ['--writes', 'maybe'], {}, /^\[bench\] --writes must be on or off, got "maybe"; usage: .*--writes on\|off/],
    [
      'bench',
      ['--cold-start', '--sizes', '1000'],
      {},
      /^\[bench\] --cold-start runs on the article graph through the API alone: not with --sizes/,
    ],
    [
      'bench',
      ['--cold-start', '--method', 'unwind'],
      {},
      /^\[bench\] --cold-start runs on the article graph through the API alone: not with/,
    ],
    [
      'bench',
      ['--cold-start', '--connections', '4'],
      {},
      /^\[bench\] --cold-start runs on the article graph through the API alone: not with/,
    ],
    ['load', ['--duration', '5'], {}, /^\[load\] unexpected argument "--duration"; usage: npm run load/],
    ['load', [], { LOAD_CONNECTIONS: 'many' }, /^\[load\] LOAD_CONNECTIONS="many" is not 1-1000/],
    ['check:api', ['--max-examples', '0'], {}, /^\[check:api\] --max-examples must be an integer 1-1000, got 0/],
    ['check:api', ['--workers', '4'], {}, /^\[check:api\] unknown argument --workers/],
    ['profile:paths', [], { RELATIONS: '1e6' }, /^\[profile:paths\] RELATIONS="1e6" is not 1-100000000; usage: RELATIONS=/],
    ['profile:paths', [], { RELATIONS: '1000', PROFILE_RUNS: '0' }, /^\[profile:paths\] PROFILE_RUNS="0" is not 1-1000/],
  ]
  // Independent child processes, each mostly waiting for npm and tsx to start: run side by side.
  const results = await Promise.all(cases.map(([script, args, env]) => npm(script, args, env)))
  for (const [i, [script, args, , said]] of cases.entries()) {
    const { code, out } = results[i]
    t.equal(code, 2, `${script} ${args.join(' ')}`)
    t.match(out.trim(), said)
    t.notMatch(out, /embedded Neo4j|installing|at .*\.ts:\d+/, 'nothing started, no stack trace')
  }
  const help = await npm('bench', ['--help'])
  t.equal(help.code, 0, 'bench --help')
  t.match(help.out, /^usage: npm run bench \[-- .*--method unwind\|concurrent\|import/)
})

t.test('neo4j:start, seed, seed:synthetic, neo4j:stop: an embedded Neo4j of their own, loaded and stopped', async (t) => {
  const port = String(TEST_NEO4J_PORT + 300)
  const dir = `.data/test-commands-neo4j-${port}`
  const env = { NEO4J_LOCAL_PORT: port, NEO4J_LOCAL_DIR: dir }
  rmSync(path.join(ROOT, dir), { recursive: true, force: true })
  t.teardown(async () => {
    await npm('neo4j:stop', [], env)
    rmSync(path.join(ROOT, dir), { recursive: true, force: true })
  })

  const started = await npm('neo4j:start', [], env)
  t.equal(started.code, 0, started.out)
  const pid = Number(new RegExp(`embedded Neo4j ready at bolt://127\\.0\\.0\\.1:${port} \\(pid (\\d+)\\)`).exec(started.out)?.[1])
  t.ok(alive(pid), 'its java process runs after the command returned')
  t.equal(readFileSync(path.join(ROOT, `${dir}.pid`), 'utf8'), String(pid), 'pid kept beside its data folder')
  const again = await npm('neo4j:start', [], env)
  t.equal(again.code, 1)
  t.match(again.out, `already started (pid ${pid}); npm run neo4j:stop first`)

  // npm run seed, with NEO4J_URI unset, loads into the embedded Neo4j of NEO4J_LOCAL_PORT.
  const seeded = await npm('seed', [], env)
  t.equal(seeded.code, 0, seeded.out)
  t.match(seeded.out, /tekedia-putin-kim-pyongyang\.json: loaded \(\d+ actors, \d+ claims, \d+ relations\)/)
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`)
  t.teardown(() => driver.close())
  const count = async (label: string) =>
    (await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`, {}, { database: 'neo4j' })).records[0].get('n').toNumber()
  t.equal(await count('Source'), 1, 'the article is in it')
  t.ok((await count('Claim')) > 50)

  const uri = `bolt://127.0.0.1:${port}`
  const refused = await npm('seed:synthetic', ['--actors', '30', '--relations', '60'], { NEO4J_URI: uri })
  t.equal(refused.code, 1, 'a non-empty database without --wipe is refused')
  t.match(refused.out, /refused: the database is not empty.*--wipe/)
  t.equal(await count('Source'), 1, 'and left as it was')
  const synthetic = await npm('seed:synthetic', ['--actors', '30', '--relations', '60', '--seed', '7', '--wipe'], { NEO4J_URI: uri })
  t.equal(synthetic.code, 0, synthetic.out)
  t.equal(await count('Actor'), 30, 'exactly the actors asked for')
  await driver.close()

  const stopped = await npm('neo4j:stop', [], env)
  t.equal(stopped.code, 0, stopped.out)
  t.match(stopped.out, 'embedded Neo4j stopped')
  t.notOk(alive(pid), 'no java process left')
  const none = await npm('neo4j:stop', [], env)
  t.equal(none.code, 1)
  t.match(none.out, 'no embedded Neo4j was started with npm run neo4j:start')
})

t.test('npm run openapi regenerates openapi.yaml and client/openapi.d.ts, identical to the committed ones', async (t) => {
  const files = ['openapi.yaml', 'client/openapi.d.ts'].map((f) => path.join(ROOT, f))
  const before = files.map((f) => readFileSync(f, 'utf8'))
  const { code, out } = await npm('openapi')
  t.equal(code, 0, out)
  t.same(
    files.map((f) => readFileSync(f, 'utf8')),
    before,
  )
})

t.test('npm run draft refuses to overwrite a seed; the seed checker the README shows passes the article', async (t) => {
  const article = 'seed/tekedia-putin-kim-pyongyang'
  const before = readFileSync(path.join(ROOT, `${article}.json`), 'utf8')
  const refused = await npm('draft', [`${article}.txt`, '--id', 'tekedia-putin-kim-pyongyang'])
  t.equal(refused.code, 1)
  t.match(refused.out, /tekedia-putin-kim-pyongyang\.txt exists; refusing to overwrite it/)
  t.equal(readFileSync(path.join(ROOT, `${article}.json`), 'utf8'), before, 'the hand-made seed is untouched')
  const usage = await npm('draft', [])
  t.equal(usage.code, 2)
  t.match(usage.out, /^usage: npm run draft -- article\.txt/m)

  const { stdout } = await exec(process.execPath, ['--import', 'tsx', 'tools/check-seed.ts', `${article}.json`], { cwd: ROOT })
  t.match(stdout, /^seed\/tekedia-putin-kim-pyongyang\.json: ok — 16 actors, 60 claims, 62 relations, 1 deals/)
})

t.test('npm run eval:draft prints both tables and writes the results it prints; --verbose --plover shows each draft', async (t) => {
  const run = await npm('eval:draft', ['--verbose', '--plover'])
  t.equal(run.code, 0, run.out)
  // --verbose: the article's draft against its seed, relation by relation; with --plover, each record of the tuning half.
  t.match(run.out, /^## tekedia-putin-kim-pyongyang\.txt\n {2}actors missed: .*\n {2}actors extra : /m)
  t.match(run.out, /^ {2}ok {4}vladimir-putin\|visits\|prk$/m)
  t.match(run.out, /^ {2}claim asserted author \| Putin’s first visit to Pyongyang since 2000/m)
  t.equal(run.out.match(/^## /gm)?.length, 1, 'the held-out texts only with --held-out')
  t.equal(run.out.match(/^(TYPE|DIR |LINK|----) PLOVER-/gm)?.length, 84, 'one line per record of the tuning half')
  t.match(run.out, /\| metric \| article \| held-out \|/)
  // The promise the issue makes of every draft: no denied or doubted statement drafted as an asserted relation.
  t.match(run.out, /\| negatedOrDoubtedAsAsserted \| 0 \| 0 \|/)
  const results = JSON.parse(readFileSync(path.join(ROOT, 'eval/results.json'), 'utf8'))
  t.equal(results['held-out'].texts, 44, 'the 44 held-out texts')
  t.equal(results['held-out'].negatedOrDoubtedAsAsserted, 0)
  // The PLOVER gold records (eval/plover/) by half and all 161, and the two batches of the Lee corpus
  // (eval/lee/) and of Reuters-21578 (eval/reuters/), as printed.
  t.match(
    run.out,
    /\| metric \| PLOVER odd ids \| PLOVER even ids \| PLOVER all \| Lee batch 1 \| Lee batch 2 \| Reuters batch 1 \| Reuters batch 2 \|/,
  )
  t.same([results.plover.tuning.records, results.plover.heldOut.records, results.plover.all.records], [84, 77, 161])
  t.same([results.lee.first.records, results.lee.second.records], [76, 39])
  t.same([results.reuters.first.records, results.reuters.second.records], [22, 42])
  const { tuning, heldOut, all } = results.plover
  const { lee, reuters } = results
  t.match(
    run.out,
    new RegExp(
      `\\| pairLinked \\| ${tuning.pairLinked} \\| ${heldOut.pairLinked} \\| ${all.pairLinked} \\| ${lee.first.pairLinked} \\| ${lee.second.pairLinked} \\| ${reuters.first.pairLinked} \\| ${reuters.second.pairLinked} \\|`,
    ),
  )
})
