// `npm run keys`, as the README shows it: each command run as the real child process against the suite's
// Neo4j, and judged by what it did: a key made by `create` opens a route that needs its scope, `list`
// shows it without its hash, `revoke` shuts it at once. Bad arguments: one line and exit 2.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import { keysCommand, parseCommand, USAGE } from '../src/auth/cli.js'
import { hashKey } from '../src/auth/keys.js'
import { buildApp } from '../src/app.js'
import { ROOT } from '../src/local-neo4j.js'
import { testConfig } from './helpers/config.js'
import { testApp, wipe } from './helpers/graph.js'
import { bearer } from './helpers/keys.js'

const exec = promisify(execFile)
const NEO4J_URI = testConfig().NEO4J_URI

/** `npm run -s keys -- args` against the suite's Neo4j: its exit code, stdout and stderr. */
async function keys(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec('npm', ['run', '-s', 'keys', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI, LOG_LEVEL: 'warn', ...env },
      timeout: 120_000,
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const app = await buildApp(testConfig())
t.teardown(() => app.close())
app.put('/test/write', { config: { auth: 'write' } }, async (request) => ({ by: request.apiKey?.id }))
const setup = await testApp()
await wipe(setup)
await setup.close()

t.test('create, use, list, revoke: end to end', async (t) => {
  const created = await keys(['create', '--name', 'ci pipeline', '--scope', 'write'])
  t.equal(created.code, 0, created.stderr)
  const key = created.stdout.trim()
  t.match(key, /^ent_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/, 'stdout is the key alone')
  const id = key.split('_')[1]
  t.equal(id.length, 16, "the id is the key's second _-separated field (the README's `cut -d_ -f2`)")
  t.equal(
    created.stderr.trim(),
    `created key ${id} "ci pipeline" with scope write: the key above is shown this once, only its hash is stored`,
  )
  t.equal((await app.inject({ method: 'PUT', url: '/test/write', headers: bearer(key) })).json().by, id, 'the key opens a write route')

  const listed = await keys(['list'])
  t.equal(listed.code, 0, listed.stderr)
  const lines = listed.stdout.trim().split('\n')
  t.equal(lines[0], 'id\tscope\tcreated\trevoked\tname')
  t.match(
    lines.find((l) => l.startsWith(id)),
    new RegExp(`^${id}\\twrite\\t\\d{4}-\\d\\d-\\d\\dT[^\\t]+\\t-\\tci pipeline$`),
  )
  t.notMatch(listed.stdout, hashKey(key), 'no hash')
  t.notMatch(listed.stdout, key.slice(21), 'no secret')

  const revoked = await keys(['revoke', id])
  t.equal(revoked.code, 0, revoked.stderr)
  t.equal(revoked.stdout.trim(), `revoked key ${id} "ci pipeline"`)
  t.equal((await app.inject({ method: 'PUT', url: '/test/write', headers: bearer(key) })).statusCode, 401, 'refused at once')
  t.match(
    (await keys(['list'])).stdout,
    new RegExp(`^${id}\\twrite\\t[^\\t]+\\t\\d{4}-\\d\\d-\\d\\dT[^\\t]+\\tci pipeline$`, 'm'),
    'list shows when',
  )
  const again = await keys(['revoke', id])
  t.equal(again.code, 0)
  t.match(again.stdout, new RegExp(`^key ${id} "ci pipeline" was already revoked at \\d{4}-`))
  const unknown = await keys(['revoke', '0123456789abcdef'])
  t.equal(unknown.code, 1)
  t.equal(unknown.stderr.trim(), 'no key 0123456789abcdef')
})

t.test('bad arguments: one line naming the problem, the usage, exit 2, nothing connected', async (t) => {
  const cases: Array<[string[], string]> = [
    [[], 'no command'],
    [['rotate'], 'unknown command "rotate"'],
    [['create', '--scope', 'write'], 'create needs --name NAME'],
    [['create', '--name', 'x'], '--scope must be read, write, admin'],
    [['create', '--name', 'x', '--scope', 'root'], '--scope must be read, write, admin, got "root"'],
    [['create', '--name', '', '--scope', 'read'], '--name: the name is empty'],
    [['create', '--name', 'x', '--scope', 'read', '--ttl', '3'], "Unknown option '--ttl'"],
    [['list', 'all'], 'list takes no arguments, got "all"'],
    [['revoke'], 'revoke needs one key id (16 hex digits, as npm run keys -- list shows)'],
    [['revoke', 'ent_0123456789abcdef_x'], 'revoke needs one key id'],
  ]
  for (const [args, said] of cases)
    t.throws(() => parseCommand(args), { message: new RegExp(`^${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
  const run = await keys(['create', '--name', 'x', '--scope', 'root'], { NEO4J_URI: 'bolt://127.0.0.1:1' })
  t.equal(run.code, 2)
  t.equal(run.stderr.trim(), `[keys] --scope must be read, write, admin, got "root"; ${USAGE}`)
  t.equal(run.stdout, '')
  const errors: string[] = []
  const original = console.error
  console.error = (line: string) => errors.push(line)
  t.teardown(() => {
    console.error = original
  })
  t.equal(await keysCommand(['list'], { NEO4J_URI: 'http://nope' }), 2, 'a bad setting')
  t.equal(await keysCommand(['list'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '100' }), 1, 'no Neo4j there')
  t.equal(await keysCommand(['revoke'], {}), 2)
  console.error = original
  t.match(errors[0], /^Invalid NEO4J_URI="http:\/\/nope"/)
  t.match(errors[1], /^\[keys\] failed: Neo4j at bolt:\/\/127\.0\.0\.1:1 did not answer within 100 ms/)
  t.match(errors[2], /^\[keys\] revoke needs one key id/)
})

t.test('keysCommand in this process: create and list (coverage of the same code the child runs)', async (t) => {
  const out: string[] = []
  const log = console.log
  const err = console.error
  console.log = (line: string) => out.push(line)
  console.error = (line: string) => out.push(line)
  t.teardown(() => {
    console.log = log
    console.error = err
  })
  const env = { NEO4J_URI }
  t.equal(await keysCommand(['create', '--name', 'in process', '--scope', 'admin'], env), 0)
  t.equal(await keysCommand(['list'], env), 0)
  const id = out[0].slice(4, 20)
  t.equal(await keysCommand(['revoke', id], env), 0)
  t.equal(await keysCommand(['revoke', id], env), 0)
  t.equal(await keysCommand(['revoke', 'ffffffffffffffff'], env), 1)
  console.log = log
  console.error = err
  t.match(out.join('\n'), new RegExp(`${id}\\tadmin\\t.*\\tin process`))
  t.match(out.join('\n'), `revoked key ${id} "in process"`)
})
