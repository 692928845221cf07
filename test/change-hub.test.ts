// The shared poller of the change streams (src/feed/hub.ts) and the streams (src/feed/streams.ts), on
// their own: the orders of events that a test over HTTP cannot bring about on purpose (a stream that
// joins while a page is being read, a page full to the brim, a failed read, the app closing while a
// stream's start check runs). The feed here is a list of versions in memory, read as changes-after
// reads Neo4j: the versions after `since`, ascending, at most `limit`. test/changes.test.ts runs the
// same hub and streams against the real Neo4j.
import Fastify from 'fastify'
import t from 'tap'
import { ChangeHub, PAGE, type ReadAfter } from '../src/feed/hub.js'
import { ChangeStreams } from '../src/feed/streams.js'
import problemJson from '../src/plugins/problem-json.js'
import type { Change } from '../src/schemas/changes.js'

const change = (version: number): Change => ({
  version,
  kind: 'created',
  method: 'PUT',
  sourceId: `source-${version}`,
  sourceVersion: 1,
  at: '2026-12-07T00:00:00.000Z',
  keyId: null,
  actorsAdded: [],
  relationsAdded: [],
  relationsChanged: [],
  relationsRemoved: [],
  corroborationChanged: [],
})

const feed = (n: number) => Array.from({ length: n }, (_, i) => change(i + 1))
const readFrom =
  (log: Change[]): ReadAfter =>
  async (since, limit) =>
    log.filter((c) => c.version > since).slice(0, limit)

/** A subscriber that records the versions it was sent. */
const subscriber = (cursor: number) => {
  const got: number[] = []
  return { got, sub: { cursor, send: (c: Change) => got.push(c.version) } }
}

const until = async (test: () => boolean, what: string) => {
  for (const end = Date.now() + 5000; !test(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

t.test('a stream that joins while a page is read, from before that page, gets its own replay next: each change once', async (t) => {
  const log = feed(5)
  let release: () => void = () => {}
  let calls = 0
  const read: ReadAfter = async (since, limit) => {
    calls++
    // The first read waits until the test lets it finish; the later ones answer at once.
    if (calls === 1) await new Promise<void>((r) => (release = r))
    return readFrom(log)(since, limit)
  }
  const hub = new ChangeHub(read, 60_000, (err) => t.fail(String(err)))
  t.teardown(() => hub.close())
  const a = subscriber(3)
  hub.add(a.sub)
  const b = subscriber(0)
  hub.add(b.sub) // the first read (after 3) is still out
  release()
  await until(() => b.got.length === 5, 'b replayed')
  t.same(a.got, [4, 5])
  t.same(b.got, [1, 2, 3, 4, 5])
  t.equal(calls, 2, 'one read for a, one more for b, none per stream after')
})

t.test('a full page is followed by the next at once, not after the poll interval', async (t) => {
  const log = feed(2 * PAGE + 50)
  const hub = new ChangeHub(readFrom(log), 60_000, (err) => t.fail(String(err)))
  t.teardown(() => hub.close())
  const s = subscriber(0)
  hub.add(s.sub)
  await until(() => s.got.length === log.length, 'the whole feed')
  t.same(
    s.got,
    log.map((c) => c.version),
  )
})

t.test('a failed read is reported and the next poll tries again; new changes then follow', async (t) => {
  const log = feed(2)
  const errors: unknown[] = []
  let fail = true
  const read: ReadAfter = async (since, limit) => {
    if (fail) {
      fail = false
      throw new Error('Neo4j is away')
    }
    return readFrom(log)(since, limit)
  }
  const hub = new ChangeHub(read, 20, (err) => errors.push(err))
  t.teardown(() => hub.close())
  const s = subscriber(0)
  hub.add(s.sub)
  await until(() => s.got.length === 2, 'the replay after the failed read')
  t.match(errors, [{ message: 'Neo4j is away' }])
  log.push(change(3))
  await until(() => s.got.length === 3, 'the new change, by polling')
  t.same(s.got, [1, 2, 3])
})

t.test('no stream, no read; a closed hub reads no more', async (t) => {
  let calls = 0
  const read: ReadAfter = async () => {
    calls++
    return []
  }
  const hub = new ChangeHub(read, 10, (err) => t.fail(String(err)))
  const s = subscriber(0)
  hub.add(s.sub)
  await until(() => calls === 1, 'the first read')
  hub.remove(s.sub)
  t.equal(hub.size, 0)
  hub.kick()
  await new Promise((r) => setTimeout(r, 50))
  t.equal(calls, 1, 'no read while no stream is open')
  hub.close()
  hub.add(s.sub)
  await new Promise((r) => setTimeout(r, 50))
  t.equal(calls, 1, 'none after close')
})

t.test("the app begins closing while a stream's start check runs: 503, no stream opened, its place freed", async (t) => {
  let reads = 0
  const read: ReadAfter = async (since, limit) => {
    reads++
    return readFrom(feed(3))(since, limit)
  }
  const streams = new ChangeStreams(read, { pollMs: 60_000, heartbeatMs: 60_000, maxStreams: 1 }, (err) => t.fail(String(err)))
  t.teardown(() => streams.close())
  const app = Fastify()
  await app.register(problemJson)
  // The check is where the route reads the cursor from Neo4j; here the app's preClose (streams.close())
  // comes in the middle of it.
  app.get('/stream', (request, reply) => streams.serve(request, reply, 0, async () => streams.close()))
  t.teardown(() => app.close())
  for (const attempt of ['first', 'second']) {
    const res = await app.inject('/stream')
    t.equal(res.statusCode, 503, attempt)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.equal(res.headers['retry-after'], '5')
    t.match(res.json(), {
      type: 'https://entente.dev/problems/unavailable',
      title: 'Service Unavailable',
      status: 503,
      // The second is not the cap's refusal ("1 change streams are open"): the first gave its place back.
      detail: 'The server is shutting down; retry shortly.',
    })
  }
  t.equal(streams.size, 0, 'no stream open')
  t.equal(reads, 0, 'and none was ever handed to the poller')
})
