// npm run check:api [-- --max-examples 25]: Schemathesis (a peer's API tester) against the running
// service, every check on. It makes a Python virtual environment in .venv/check-api (git-ignored) with
// the pinned Schemathesis from PyPI, starts the API the way `npm start` does (against NEO4J_URI,
// seeded when empty; or, with NEO4J_URI unset, on an embedded Neo4j at NEO4J_LOCAL_PORT in
// NEO4J_LOCAL_DIR), with both rate limits (RATE_LIMIT_MAX, DRAFT_RATE_LIMIT_MAX) and load shedding off
// so only the contract is judged, runs `st run <api>/openapi.json --checks all` (with
// tools/check-api.toml: one exception, for a form Schemathesis cannot write), stops what it started,
// and exits with Schemathesis's status.
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from '../src/local-neo4j.js'
import { parseCheckApiArgs } from './check-api-args.js'

export const SCHEMATHESIS_VERSION = '4.32.5'
const VENV = path.join(ROOT, '.venv/check-api')
const ST = path.join(VENV, 'bin/st')
const run = promisify(execFile)
const say = (line: string) => console.error(`[check:api] ${line}`)

function usage(message: string): never {
  say(message)
  say('usage: npm run check:api [-- --max-examples N]   (N: 1-1000, default 25)')
  process.exit(2)
}

/* c8 ignore start -- installs Schemathesis from PyPI into a venv and runs it for minutes against a started API: npm run check:api, a step of its own outside npm test (README); the suite starts it only to see it refuse a bad argument (test/commands.test.ts) */
async function ensureSchemathesis(): Promise<void> {
  if (existsSync(ST)) {
    const { stdout } = await run(ST, ['--version'])
    if (stdout.includes(SCHEMATHESIS_VERSION)) return
  }
  say(`installing schemathesis==${SCHEMATHESIS_VERSION} into ${path.relative(ROOT, VENV)}…`)
  await run('python3', ['-m', 'venv', VENV])
  await run(path.join(VENV, 'bin/pip'), ['install', '-q', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`])
}

/** Starts src/start.ts as a child and resolves with its base URL once it says where it listens. */
function startApi(): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/start.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: process.env.PORT ?? '0',
      LOG_LEVEL: 'warn',
      // Both request budgets off (the general one and POST /drafts' own): a 429 judges the tester's pace, not the contract.
      RATE_LIMIT_MAX: '0',
      DRAFT_RATE_LIMIT_MAX: '0',
      PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
      // A busy machine must not turn into 503s that judge the machine instead of the contract.
      NEO4J_QUERY_TIMEOUT_MS: process.env.NEO4J_QUERY_TIMEOUT_MS ?? '60000',
    },
    stdio: ['ignore', 'inherit', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      process.stderr.write(d)
      err += d
      const m = /API at (http:\/\/\S+?)\/ /.exec(err)
      if (m) resolve({ base: m[1], stop })
    })
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it served`)))
  })
}
/* c8 ignore stop */

let maxExamples = 25
try {
  ;({ maxExamples } = parseCheckApiArgs(process.argv.slice(2)))
} catch (err) {
  usage((err as Error).message)
}
/* c8 ignore start -- see above: the run itself */
await ensureSchemathesis()
const api = await startApi()
const st = spawn(
  ST,
  [
    '--config-file',
    path.join(ROOT, 'tools/check-api.toml'),
    'run',
    `${api.base}/openapi.json`,
    '--checks',
    'all',
    '--max-examples',
    String(maxExamples),
    '--seed',
    '1',
    '--no-color',
    '--generation-database',
    'none',
  ],
  { stdio: 'inherit', env: { ...process.env, SCHEMATHESIS_TELEMETRY: 'false' } },
)
const code = await new Promise<number>((resolve) => st.once('exit', (c) => resolve(c ?? 1)))
await api.stop()
say(code === 0 ? 'no failures' : `schemathesis exited ${code}`)
process.exit(code)
