// The audit trail and the change feed, against the real Neo4j. Writes here are the real recordWrite
// inside Graph.writeTransaction, with the graph version from the real bump (seed-bump-version), as the
// write routes and `npm run seed` call it; they do not depend on those routes. Expected lists are
// written out by hand from the writes each test makes.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { createClient } from '../client/entente-client.js'
import { buildApp } from '../src/app.js'
import { ROOT } from '../src/local-neo4j.js'
import { ensureSchema } from '../src/write/seed-files.js'
import { recordWrite, type WriteRecord } from '../src/write/records.js'
import { testConfig } from './helpers/config.js'
import { contractErrors } from './helpers/contract.js'
import { graphSnapshot, wipe } from './helpers/graph.js'
import { bearer, createTestKey } from './helpers/keys.js'

const exec = promisify(execFile)
const PROBLEM = /^application\/problem\+json/
const HEARTBEAT_MS = 150

const app = await buildApp(testConfig({ CHANGES_POLL_MS: 50, CHANGES_HEARTBEAT_MS: HEARTBEAT_MS, CHANGES_MAX_STREAMS: 2 }))
let closed = false
t.teardown(() => (closed ? undefined : app.close()))
await wipe(app)
await ensureSchema(app.graph)
// The audit trail needs an admin key (a real one, made in this Neo4j after the wipe).
const adminKey = (await createTestKey(app.graph, 'admin', 'changes test admin')).key
await app.listen({ port: 0, host: '127.0.0.1' })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

const ANALYST = { id: 'k-analyst', name: 'analyst desk', scope: 'write' as const }
const ADMIN = { id: 'k-admin', name: 'ops', scope: 'admin' as const }

const record = (over: Partial<WriteRecord>): WriteRecord => ({
  method: 'PUT',
  outcome: 'created',
  sourceId: 'source-a',
  sourceVersion: 1,
  graphVersion: null,
  key: ANALYST,
  requestId: 'req-00000001',
  actorsAdded: [],
  relationsAdded: [],
  relationsChanged: [],
  relationsRemoved: [],
  corroborationChanged: [],
  ...over,
})

/** A write as the write room makes one: the graph lock, the version bump when it changed the graph, its record. */
async function write(over: Partial<WriteRecord>, changed = true): Promise<number | null> {
  return app.graph.writeTransaction(async (run) => {
    await run('seed-lock-graph')
    const graphVersion = changed ? ((await run('seed-bump-version'))[0].version as number) : null
    await recordWrite(run, record({ ...over, graphVersion }))
    return graphVersion
  })
}

/** A write made before the feed existed (an older entente's seed): a version and no record. */
const writeWithoutRecord = () =>
  app.graph.writeTransaction(async (run) => {
    await run('seed-lock-graph')
    await run('seed-bump-version')
  })

const get = async (url: string) => {
  const res = await app.inject({ url, headers: url.startsWith('/audit') ? bearer(adminKey) : {} })
  const errors = contractErrors(url, res.statusCode, String(res.headers['content-type']), res.body)
  if (errors.length > 0) throw new Error(`${url} does not match the contract: ${errors.join('; ')} (${res.body})`)
  return res
}
const versions = async (url: string) => (await get(url)).json().items.map((c: { version: number }) => c.version)

await t.test('before any change: an empty feed, and 410 for a version it never recorded', async (t) => {
  // Two versions written before the feed recorded anything: the feed holds nothing up to version 2.
  await writeWithoutRecord()
  await writeWithoutRecord()
  t.same((await get('/changes')).json(), { items: [], nextCursor: null })
  t.same((await get('/changes?since=2')).json(), { items: [], nextCursor: null })
  const res = await get('/changes?since=1')
  t.equal(res.statusCode, 410)
  t.match(res.headers['content-type'], PROBLEM)
  t.match(res.json(), { title: 'Gone', status: 410, heldSince: 2, oldestHeld: null })
  t.match(res.json().detail, 'graph versions 2 to 2')
})

// The writes of the rest of the file, in order (versions 3, 4, 5 from the bump; one write changes
// nothing). Inside a test: tap ends the file once no test is pending, so no top-level await between tests.
await t.test('four writes: the bump gives their versions; the write that changed nothing has none', async (t) => {
  const created = await write({
    sourceId: 'source-a',
    actorsAdded: ['prk', 'rus'],
    relationsAdded: ['prk-allied-rus', 'rus-supplies-prk'],
    corroborationChanged: [{ relationId: 'rus-trades-chn', before: 1, after: 2 }],
  })
  const unchanged = await write({ sourceId: 'source-a', outcome: 'unchanged', requestId: 'req-00000002' }, false)
  const seeded = await write({ method: 'SEED', sourceId: 'source-b', key: null, requestId: null, relationsAdded: ['chn-trades-prk'] })
  const retracted = await write({
    method: 'DELETE',
    outcome: 'retracted',
    sourceId: 'source-a',
    sourceVersion: null,
    key: ADMIN,
    requestId: 'req-00000003',
    relationsRemoved: ['prk-allied-rus', 'rus-supplies-prk'],
    relationsChanged: ['rus-trades-chn'],
    corroborationChanged: [{ relationId: 'rus-trades-chn', before: 2, after: 1 }],
  })
  t.same([created, unchanged, seeded, retracted], [3, null, 4, 5])
})

await t.test('/changes: every change after a version, ascending, with what it added, changed and removed', async (t) => {
  const all = (await get('/changes')).json()
  t.same(
    all.items.map((c: any) => [c.version, c.kind, c.method, c.sourceId, c.sourceVersion, c.keyId]),
    [
      [3, 'created', 'PUT', 'source-a', 1, 'k-analyst'],
      [4, 'created', 'SEED', 'source-b', 1, null],
      [5, 'retracted', 'DELETE', 'source-a', null, 'k-admin'],
    ],
  )
  t.same(all.items[0].actorsAdded, ['prk', 'rus'])
  t.same(all.items[0].relationsAdded, ['prk-allied-rus', 'rus-supplies-prk'])
  t.same(all.items[0].corroborationChanged, [{ relationId: 'rus-trades-chn', before: 1, after: 2 }])
  t.same(all.items[2].relationsRemoved, ['prk-allied-rus', 'rus-supplies-prk'])
  t.same(all.items[2].relationsChanged, ['rus-trades-chn'])
  t.same(all.items[2].corroborationChanged, [{ relationId: 'rus-trades-chn', before: 2, after: 1 }])
  t.match(all.items[0].at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  t.notOk(JSON.stringify(all).includes('analyst desk'), 'the public feed names the key by id only, not by name')

  t.same(await versions('/changes?since=3'), [4, 5])
  t.same(await versions('/changes?since=5'), [], 'nothing after the newest')
  t.same(await versions('/changes?since=999'), [], 'a version past the newest: an empty page, not an error')
  t.match((await get('/changes?since=0')).json(), { status: 410, heldSince: 2, oldestHeld: 3 })

  const first = (await get('/changes?limit=2')).json()
  t.same([first.items.map((c: any) => c.version), first.nextCursor], [[3, 4], '4'])
  const second = (await get(`/changes?limit=2&since=${first.nextCursor}`)).json()
  t.same([second.items.map((c: any) => c.version), second.nextCursor], [[5], null])
})

await t.test('/changes refuses a bad since or limit with 400 naming it', async (t) => {
  for (const [url, name] of [
    ['/changes?since=-1', 'since'],
    ['/changes?since=abc', 'since'],
    ['/changes?since=1.5', 'since'],
    ['/changes?limit=0', 'limit'],
  ]) {
    const res = await get(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.json()['invalid-params'], [{ name, in: 'query' }], url)
  }
})

const audit = async (query = '') => (await get(`/audit${query}`)).json()

await t.test('/audit: every write newest first, the one that changed nothing too, with key, counts and request id', async (t) => {
  const page = await audit()
  t.same(
    page.items.map((e: any) => [e.seq, e.method, e.outcome, e.sourceId, e.sourceVersion, e.graphVersion, e.key?.id ?? null, e.requestId]),
    [
      [4, 'DELETE', 'retracted', 'source-a', null, 5, 'k-admin', 'req-00000003'],
      [3, 'SEED', 'created', 'source-b', 1, 4, null, null],
      [2, 'PUT', 'unchanged', 'source-a', 1, null, 'k-analyst', 'req-00000002'],
      [1, 'PUT', 'created', 'source-a', 1, 3, 'k-analyst', 'req-00000001'],
    ],
  )
  t.same(page.items[3].key, { id: 'k-analyst', name: 'analyst desk', scope: 'write' }, 'the trail names the key by id, name and scope')
  t.same(page.items[3].counts, { actorsAdded: 2, relationsAdded: 2, relationsChanged: 0, relationsRemoved: 0, corroborationChanged: 1 })
  t.same(page.items[0].counts, { actorsAdded: 0, relationsAdded: 0, relationsChanged: 1, relationsRemoved: 2, corroborationChanged: 1 })
  t.equal(page.nextCursor, null)
  t.equal((await get('/audit')).headers['cache-control'], 'no-store', 'not for caches')
  t.notOk((await get('/audit')).headers.etag, 'no graph ETag: a write that changes nothing still adds an entry')
})

await t.test('/audit pages with its cursor and filters by source, key, method, outcome and time', async (t) => {
  const seqs = (page: any) => page.items.map((e: any) => e.seq)
  const first = await audit('?limit=3')
  t.same([seqs(first), first.nextCursor], [[4, 3, 2], '2'])
  const second = await audit(`?limit=3&cursor=${first.nextCursor}`)
  t.same([seqs(second), second.nextCursor], [[1], null])

  t.same(seqs(await audit('?sourceId=source-a')), [4, 2, 1])
  t.same(seqs(await audit('?keyId=k-analyst')), [2, 1])
  t.same(seqs(await audit('?method=SEED')), [3])
  t.same(seqs(await audit('?outcome=unchanged')), [2])
  t.same(seqs(await audit('?sourceId=source-a&outcome=created')), [1])

  const all = (await audit()).items
  const at = (seq: number) => all.find((e: any) => e.seq === seq).at
  // since is inclusive, until exclusive: the range from write 2 to write 4 holds writes 2 and 3 (and
  // any write of the same millisecond, which the last line allows for).
  const range = seqs(await audit(`?since=${at(2)}&until=${at(4)}`))
  t.ok(range.includes(2) && range.includes(3) && !range.includes(1), `since ${at(2)} until ${at(4)}: ${range}`)
  t.same(seqs(await audit(`?since=${at(4)}`)).includes(4), true)
  t.same(seqs(await audit('?until=2000-01-01T00:00:00Z')), [], 'nothing before 2000')
  t.same(seqs(await audit('?since=2000-01-01T00:00:00%2B02:00')), [4, 3, 2, 1], 'an offset is a time zone')
})

await t.test('/audit refuses bad filters with 400 naming each', async (t) => {
  for (const [query, name] of [
    ['?since=yesterday', 'since'],
    ['?until=2026-12-07', 'until'],
    ['?since=2026-12-07T10:00:00Z&until=2026-12-07T09:00:00Z', 'until'],
    ['?cursor=0', 'cursor'],
    ['?cursor=abc', 'cursor'],
    ['?keyId=no%20spaces', 'keyId'],
    ['?sourceId=Not_Kebab', 'sourceId'],
    ['?method=POST', 'method'],
    ['?outcome=deleted', 'outcome'],
  ]) {
    const res = await get(`/audit${query}`)
    t.equal(res.statusCode, 400, query)
    t.match(res.headers['content-type'], PROBLEM)
    t.match(res.json()['invalid-params'], [{ name, in: 'query' }], query)
  }
})

/** The audit entries and changes as stored: every label and property, one line each. */
const records = async () => (await graphSnapshot(app)).lines.filter((l) => l.startsWith('(AuditEntry') || l.startsWith('(Change'))

await t.test('append-only: a write leaves every earlier entry and change byte-identical', async (t) => {
  const before = await records()
  t.equal(before.length, 4 + 3)
  await write({ sourceId: 'source-c', requestId: 'req-00000004' })
  const after = await records()
  t.equal(after.length, before.length + 2, 'one entry and one change more')
  t.same(
    before.filter((line) => !after.includes(line)),
    [],
    'no earlier line changed',
  )
})

await t.test('all or nothing: a transaction that fails after recordWrite leaves no record and no version', async (t) => {
  const before = await graphSnapshot(app)
  const failed = app.graph.writeTransaction(async (run) => {
    await run('seed-lock-graph')
    const [{ version }] = await run('seed-bump-version')
    await recordWrite(run, record({ sourceId: 'source-d', graphVersion: version as number }))
    throw new Error('the write failed after its record')
  })
  await t.rejects(failed, { message: 'the write failed after its record' })
  t.equal((await graphSnapshot(app)).digest, before.digest, 'the graph, the trail and the feed as they were')
  t.same((await audit('?sourceId=source-d')).items, [])
  t.same(await versions('/changes?since=5'), [6], 'the feed still ends at version 6')
  // The next write takes the next numbers: the failed one left no gap.
  t.equal(await write({ sourceId: 'source-d' }), 7)
  t.same(
    (await audit('?sourceId=source-d')).items.map((e: any) => e.seq),
    [6],
  )
})

await t.test('the typed client: getChanges and getAudit', async (t) => {
  // The key is sent as a bearer token: the audit trail answers an admin key only.
  const client = createClient({ baseUrl: base, apiKey: adminKey })
  const refused = await createClient({ baseUrl: base, apiKey: 'ent_0000000000000000_not-a-key' }).getAudit()
  t.equal(refused.ok ? 200 : refused.status, 401, 'a made-up key is refused')
  const changes = await client.getChanges({ since: 5, limit: 1 })
  t.same(changes.ok && [changes.data.items.map((c) => c.version), changes.data.nextCursor], [[6], '6'])
  const all = await client.getChanges()
  t.same(all.ok && all.data, (await get('/changes')).json())
  const trail = await client.getAudit({ sourceId: 'source-b' })
  t.same(trail.ok && trail.data.items.map((e) => [e.seq, e.method]), [[3, 'SEED']])
  const everything = await client.getAudit()
  t.same(everything.ok && everything.data.items.map((e) => e.seq), [6, 5, 4, 3, 2, 1])
})

// ---- the stream ----

interface Stream {
  status: number
  headers: http.IncomingHttpHeaders
  /** Everything received so far. */
  text: () => string
  /** The event ids received so far, in order. */
  ids: () => number[]
  /** Resolves when the text matches. */
  until: (test: (text: string) => boolean, what: string) => Promise<void>
  ended: Promise<void>
  close: () => void
}

function openStream(query = '', headers: Record<string, string> = {}, at = base): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${at}/changes/stream${query}`, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      let text = ''
      const waiters: Array<() => void> = []
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
        for (const w of waiters.splice(0)) w()
      })
      const ended = new Promise<void>((done) => res.on('close', () => done()))
      const until = (test: (s: string) => boolean, what: string) =>
        new Promise<void>((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`timed out waiting for ${what}; got: ${text}`)), 10_000)
          const check = () => {
            if (test(text)) {
              clearTimeout(timer)
              done()
            } else waiters.push(check)
          }
          check()
        })
      resolve({
        status: res.statusCode as number,
        headers: res.headers,
        text: () => text,
        ids: () => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])),
        until,
        ended,
        close: () => req.destroy(),
      })
    })
    req.on('error', reject)
  })
}

const hasId = (id: number) => (text: string) => new RegExp(`^id: ${id}$`, 'm').test(text)

await t.test('a stream replays, follows live, and resumes with Last-Event-ID: every change exactly once, in order', async (t) => {
  // Versions so far: 3 to 7 held (1 and 2 written before the feed).
  const first = await openStream('?since=2')
  t.equal(first.status, 200)
  t.match(first.headers['content-type'], /^text\/event-stream/)
  t.equal(first.headers['cache-control'], 'no-store')
  t.match(first.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'the request id, as on every answer')
  t.equal(first.headers['x-content-type-options'], 'nosniff', 'the security headers, as on every answer')
  t.notOk(first.headers.etag, 'no graph ETag on a stream')
  await first.until(hasId(7), 'the replay up to version 7')
  t.match(first.text(), /^retry: 3000\n\n/, 'reconnection advice first')
  // Each event: id, event (the kind), data (the change as /changes gives it).
  const changes = (await get('/changes?since=2')).json().items
  t.ok(first.text().includes(`id: 5\nevent: retracted\ndata: ${JSON.stringify(changes[2])}\n\n`), 'an event carries the change')

  // Live: written while the stream is open.
  await write({ sourceId: 'source-e' })
  await write({ sourceId: 'source-f', outcome: 'replaced', sourceVersion: 2 })
  await first.until(hasId(9), 'versions 8 and 9, live')
  t.match(first.text(), /^id: 9\nevent: replaced\n/m)
  first.close()
  await first.ended

  // Missed while disconnected.
  await write({ sourceId: 'source-g' })
  await write({ sourceId: 'source-h' })
  // EventSource sends the last id it saw; the header wins over a since left in the URL.
  const resumed = await openStream('?since=2', { 'last-event-id': String(first.ids().at(-1)) })
  await resumed.until(hasId(11), 'versions 10 and 11 after the reconnect')
  await write({ sourceId: 'source-i' })
  await resumed.until(hasId(12), 'version 12, live again')
  // One more poll interval: nothing else arrives.
  await new Promise((r) => setTimeout(r, 200))
  t.same(first.ids(), [3, 4, 5, 6, 7, 8, 9])
  t.same(resumed.ids(), [10, 11, 12])
  t.same([...first.ids(), ...resumed.ids()], [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'every change exactly once, in order')
  resumed.close()
  await resumed.ended
})

await t.test('a stream without a cursor starts at the beginning of the feed; ?since works without the header', async (t) => {
  const all = await openStream()
  await all.until(hasId(12), 'the whole feed')
  t.same(all.ids(), [3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  all.close()
  const late = await openStream('?since=11')
  await late.until(hasId(12), 'the change after 11')
  t.same(late.ids(), [12])
  late.close()
  await Promise.all([all.ended, late.ended])
})

await t.test('a stream sends a heartbeat comment when nothing happens', async (t) => {
  const s = await openStream('?since=12')
  await s.until((text) => /^: heartbeat\n\n/m.test(text), 'a heartbeat')
  t.same(s.ids(), [])
  s.close()
  await s.ended
})

await t.test('stream refusals: 410 for a cursor the feed does not hold, 400 for a malformed one', async (t) => {
  const head = await app.inject({ method: 'HEAD', url: '/changes/stream' })
  t.equal(head.statusCode, 405, 'HEAD would open a stream: GET only')
  t.equal(head.headers.allow, 'GET, OPTIONS')
  const gone = await app.inject({ url: '/changes/stream', headers: { 'last-event-id': '1' } })
  t.equal(gone.statusCode, 410)
  t.match(gone.headers['content-type'], PROBLEM)
  t.match(gone.json(), { heldSince: 2, oldestHeld: 3 })
  const zero = await app.inject('/changes/stream?since=0')
  t.equal(zero.statusCode, 410, 'since=0 is a cursor like any other, as on /changes; no cursor at all is the start')
  t.match(zero.json(), { heldSince: 2, oldestHeld: 3 })
  for (const [headers, url, name, where] of [
    [{ 'last-event-id': 'abc' }, '/changes/stream', 'last-event-id', 'header'],
    [{}, '/changes/stream?since=-4', 'since', 'query'],
  ] as const) {
    const res = await app.inject({ url, headers })
    t.equal(res.statusCode, 400)
    t.match(res.json()['invalid-params'], [{ name, in: where }])
  }
})

/** Waits until the server has seen every stream of the tests before close (it sees a close a moment after the client). */
async function noStreamsOpen() {
  for (let i = 0; app.changeStreams.size > 0 && i < 100; i++) await new Promise((r) => setTimeout(r, 20))
}

await t.test('the cap: past CHANGES_MAX_STREAMS open streams, 503 with Retry-After; a closed stream frees its place', async (t) => {
  await noStreamsOpen()
  const a = await openStream('?since=12')
  const b = await openStream('?since=12')
  t.same([a.status, b.status], [200, 200])
  const refused = await app.inject('/changes/stream?since=12')
  t.equal(refused.statusCode, 503)
  t.match(refused.headers['content-type'], PROBLEM)
  t.equal(refused.headers['retry-after'], '10')
  t.match(refused.json().detail, '2 change streams are open')
  b.close()
  await b.ended
  // The server sees the close a moment after the client.
  let again = await openStream('?since=12')
  for (let i = 0; again.status !== 200 && i < 50; i++) {
    await new Promise((r) => setTimeout(r, 20))
    again = await openStream('?since=12')
  }
  t.equal(again.status, 200)
  a.close()
  again.close()
  await Promise.all([a.ended, again.ended])
})

await t.test('a poll that fails is logged as a warning; the streams stay open', async (t) => {
  const lines: string[] = []
  // Polls only when a stream joins, so the test decides when the one failing read happens.
  const other = await buildApp(testConfig({ CHANGES_POLL_MS: 60_000, LOG_LEVEL: 'warn' }), {
    logger: { stream: { write: (line: string) => lines.push(line) } },
  })
  t.teardown(() => other.close())
  await other.listen({ port: 0, host: '127.0.0.1' })
  const at = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`
  const first = await openStream('?since=11', {}, at)
  await first.until(hasId(12), 'the first poll done')
  // Neo4j out of reach for this process: its driver closed under it. A stream that joins makes the
  // poller read (without a cursor, the stream's start needs no read of its own).
  await other.graph.driver.close()
  const second = await openStream('', {}, at)
  t.equal(second.status, 200)
  for (let i = 0; !lines.some((l) => l.includes('change feed: reading new changes failed')) && i < 250; i++) {
    await new Promise((r) => setTimeout(r, 20))
  }
  t.match(lines.join(''), /"level":40.*change feed: reading new changes failed; the next poll tries again/)
  t.same([first.ids(), second.ids()], [[12], []], 'nothing more sent, and neither stream ended by the failure')
  first.close()
  second.close()
  await Promise.all([first.ended, second.ended])
})

await t.test('the rate limit counts a stream as one request, whatever it sends', async (t) => {
  const limited = await buildApp(testConfig({ RATE_LIMIT_MAX: 3 }))
  t.teardown(() => limited.close())
  await limited.listen({ port: 0, host: '127.0.0.1' })
  const at = `http://127.0.0.1:${(limited.server.address() as AddressInfo).port}`
  const s = await openStream('?since=2', {}, at)
  t.equal(s.headers['x-ratelimit-remaining'], '2', 'the stream took one of three, and carries the header')
  await s.until(hasId(12), 'ten events')
  const next = await fetch(`${at}/changes?since=12`)
  t.equal(next.status, 200)
  t.equal(next.headers.get('x-ratelimit-remaining'), '1', 'ten events later, the next request is the second')
  s.close()
  await s.ended
})

await t.test("the README's Follow changes commands, run as it shows them", async (t) => {
  await noStreamsOpen()
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const block = /## Follow changes[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const lines = block.split('\n').filter((l) => l.startsWith('curl'))
  t.equal(lines.length, 3)
  // This server's address for the README's, and a version this feed holds (9) for its example 42.
  const run = async (line: string) => {
    // Only the example's version: an ephemeral port may hold "42" too (port 42065 once became 9065).
    const command = line
      .replace('http://127.0.0.1:3000', base)
      .replace('Last-Event-ID: 42', 'Last-Event-ID: 9')
      .replace('since=42', 'since=9')
    // A stream never ends by itself: curl stops after a second, exit code 28, with what it received.
    const full = command.includes(' -N ') ? `${command} --max-time 1` : command
    return exec('sh', ['-c', full]).then(
      (r) => r.stdout,
      (err: { code: number; stdout: string; stderr: string }) => {
        // Anything on stderr says why curl stopped otherwise.
        t.equal(err.code, 28, `${full}: ended by --max-time`, { stderr: err.stderr })
        return err.stdout
      },
    )
  }
  const ids = (out: string) => [...out.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))
  const everything = await run(lines[0])
  t.same(ids(everything), [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], lines[0])
  t.match(everything, /^retry: 3000\n\n/)
  t.match(everything, /^id: 3\nevent: created\ndata: \{"version":3,/m)
  t.same(ids(await run(lines[1])), [10, 11, 12], lines[1])
  const page = JSON.parse(await run(lines[2]))
  t.same(
    page.items.map((c: { version: number }) => c.version),
    [10, 11, 12],
    lines[2],
  )
})

await t.test('close() ends open streams and does not hang', async (t) => {
  const s = await openStream('?since=12')
  const other = await openStream('?since=12')
  await s.until((text) => text.startsWith('retry:'), 'the stream open')
  closed = true
  await app.close()
  await Promise.all([s.ended, other.ended])
  t.pass('closed with two streams open')
})
