// The API process killed (SIGKILL) in the middle of a large put leaves the old version or the new,
// never a mix: the put runs in one transaction, which Neo4j rolls back when its connection dies. The
// process is a real child (test/helpers/serve-child.ts); the kill comes while Neo4j lists the put's
// transaction as running.
import { spawn } from 'node:child_process'
import path from 'node:path'
import t from 'tap'
import { ROOT } from '../src/local-neo4j.js'
import { bigSource, N } from './helpers/big-source.js'
import { counts, seedArticle, testApp, wipe } from './helpers/graph.js'
import { bearer, createTestKey } from './helpers/keys.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)
await seedArticle(app)
const writer = bearer((await createTestKey(app.graph, 'write')).key)

/** Test-only Cypher: whether Neo4j lists a running transaction that has taken the graph lock. */
async function putRunning(): Promise<boolean> {
  const session = app.graph.driver.session({ database: app.graph.database })
  try {
    const res = await session.run('SHOW TRANSACTIONS YIELD currentQuery, status RETURN currentQuery')
    return res.records.some(
      (r) => /Claim|RELATION|Source|Actor/.test(String(r.get('currentQuery'))) && !/SHOW TRANSACTIONS/.test(String(r.get('currentQuery'))),
    )
  } finally {
    await session.close()
  }
}

t.test('SIGKILL in the middle of a large put: the graph is exactly the old one', async (t) => {
  const before = await counts(app)
  const child = spawn(process.execPath, [...process.execArgv, path.join(ROOT, 'test/helpers/serve-child.ts')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (d) => {
      out += d
      const m = /listening (\d+)/.exec(out)
      if (m) resolve(Number(m[1]))
    })
    child.once('exit', () => reject(new Error(`the child exited: ${out}`)))
  })
  const body = JSON.stringify(bigSource())
  const request = fetch(`http://127.0.0.1:${port}/sources/big-ledger`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...writer },
    body,
  }).catch((err: Error) => err)
  const started = Date.now()
  while (!(await putRunning())) {
    if (Date.now() - started > 120_000) throw new Error('the put never showed as a running transaction')
    await new Promise((r) => setTimeout(r, 20))
  }
  child.kill('SIGKILL')
  t.equal(await exited, 'SIGKILL')
  t.type(await request, Error, 'the client lost its connection: no answer')
  // Neo4j rolls the transaction back once it sees the connection gone; the lock goes with it.
  const after = await counts(app)
  t.same(after, before, 'nothing of the put is stored')
  t.equal((await app.inject('/sources/big-ledger')).statusCode, 404)
  t.equal((await app.inject('/actors/realm-0')).statusCode, 404)
  // The lock is free again: the same put, in process, goes through whole.
  const res = await app.inject({
    method: 'PUT',
    url: '/sources/big-ledger',
    payload: body,
    headers: { 'content-type': 'application/json', ...writer },
  })
  t.equal(res.statusCode, 201)
  t.match((await app.inject('/sources/big-ledger')).json(), { claimCount: N, version: 1 })
  const whole = await counts(app)
  t.ok(whole.nodes > before.nodes + 2 * N, 'the whole source: its actors and claims')
  t.equal((await app.inject({ method: 'DELETE', url: '/sources/big-ledger', headers: writer })).statusCode, 200)
  t.same(await counts(app), before, 'and retracted, the graph is the old one again')
})
