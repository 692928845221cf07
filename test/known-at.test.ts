// knownAt against the real Neo4j (issue 21, item 6): every read that takes it answers from the graph
// as the writes recorded it at that instant. The article is seeded, then a source is put, replaced and
// retracted; each answer given at each step is asked again afterwards with knownAt and must come back
// the same (bytes, or the same JSON where the answer echoes knownAt). Expected scores are computed by
// hand from the documents below (docs/influence.md): one depends-on hop, weight × confidence.
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from './helpers/config.js'
import { seedArticle, wipe } from './helpers/graph.js'
import { FUEL_QUOTE as QUOTE, fuelWire } from './helpers/fuel-wire.js'
import { bearer, createTestKey } from './helpers/keys.js'

const app = await buildApp(testConfig({ NEO4J_QUERY_TIMEOUT_MS: 60_000 }))
t.teardown(() => app.close())
await wipe(app)
await seedArticle(app)
const WRITER = bearer((await createTestKey(app.graph, 'write', 'known-at test')).key)

/** A write of the setup, which the tests below read back: anything but its status stops the file. */
async function write(method: 'PUT' | 'DELETE', status: number, body?: unknown) {
  const res = await app.inject({
    method,
    url: '/sources/fuel-wire',
    ...(body === undefined ? { headers: WRITER } : { payload: body as object, headers: { 'content-type': 'application/json', ...WRITER } }),
  })
  if (res.statusCode !== status) throw new Error(`${method}: ${res.statusCode} ${res.body}`)
}

/** Reads about the article's actors and the put's: asked at each step, then again with knownAt. */
const READS = [
  '/paths?from=rus&to=prk&k=20',
  '/paths?from=Pyongyang&to=Ukraine&maxHops=2&k=20',
  '/influence?from=rus&to=prk&k=20',
  '/influence?from=Beijing&to=Moscow&k=20',
  '/influence/timeline?from=rus&to=prk&start=2023&end=2026',
  '/graph',
  '/graph?center=rus&depth=1',
  '/graph?center=rus&depth=2&format=graphml',
  '/relations?limit=200',
  '/relations?from=rus&limit=200',
  '/actors/rus/relations?limit=200',
]

interface PathLike {
  hops: number
  score: number
  relations: Array<{ id: string }>
}

/**
 * The answer with the knownAt it echoes left out (the model's parameters), and the paths that tie (same
 * hops, same score: they come in no set order, cypher/paths-find.cypher) put in the order of their
 * relation ids, so that two answers compare.
 */
function comparable(body: string): string {
  if (!body.startsWith('{')) return body
  const json = JSON.parse(body)
  if (json.model?.parameters) json.model.parameters.knownAt = null
  if (Array.isArray(json.paths)) {
    const ids = (p: PathLike) => p.relations.map((r) => r.id).join(' ')
    const ties = new Map<string, PathLike[]>()
    for (const p of json.paths as PathLike[]) ties.set(`${p.hops} ${p.score}`, [...(ties.get(`${p.hops} ${p.score}`) ?? []), p])
    json.paths = [...ties.values()].flatMap((tied) => tied.sort((a, b) => (ids(a) < ids(b) ? -1 : 1)))
  }
  return JSON.stringify(json)
}

async function answers(knownAt?: string): Promise<string[]> {
  const out: string[] = []
  for (const url of READS) {
    const res = await app.inject(
      knownAt === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}knownAt=${encodeURIComponent(knownAt)}`,
    )
    if (res.statusCode !== 200) throw new Error(`${url} knownAt=${knownAt}: ${res.statusCode} ${res.body}`)
    out.push(comparable(res.body))
  }
  return out
}

/** An instant Neo4j wrote (knownFrom), moved by ns nanoseconds, written back with nine digits. */
function shifted(instant: string, ns: bigint): string {
  const m = /^(.+T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(instant) as RegExpExecArray
  const total = BigInt(Date.parse(`${m[1]}Z`)) * 1_000_000n + BigInt((m[2] ?? '').padEnd(9, '0')) + ns
  const seconds = new Date(Number(total / 1_000_000_000n) * 1000).toISOString().slice(0, 19)
  return `${seconds}.${String(total % 1_000_000_000n).padStart(9, '0')}Z`
}

/** The same instant written with another offset (minutes east of UTC), its fraction kept. */
function withOffset(instant: string, minutes: number): string {
  const m = /^(.+T\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(instant) as RegExpExecArray
  const local = new Date(Date.parse(`${m[1]}Z`) + minutes * 60_000).toISOString().slice(0, 19)
  const abs = Math.abs(minutes)
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  return `${local}${m[2] ?? ''}${minutes < 0 ? '-' : '+'}${hhmm}`
}

const versions = async (id: string) =>
  (await app.inject(`/sources/${id}/versions`)).json().items as Array<{ knownFrom: string; knownUntil: string | null }>

const seeded = await answers()
const [article] = await versions('tekedia-putin-kim-pyongyang')
await write('PUT', 201, fuelWire('high', 'asserted'))
const first = await answers()
await write('PUT', 200, fuelWire('low', 'likely'))
const second = await answers()
const [v1, v2] = await versions('fuel-wire')
await write('DELETE', 200)
const [, retracted] = await versions('fuel-wire')
const now = await answers()

t.test('each step is told apart: the put, its replacement and the retraction change the answers', async (t) => {
  t.not(first.join('\n'), seeded.join('\n'))
  t.not(second.join('\n'), first.join('\n'))
  t.same(now, seeded, 'the retraction gives the seeded answers back')
  t.ok(article.knownFrom < v1.knownFrom && v1.knownUntil === v2.knownFrom && retracted.knownUntil !== null)
})

t.test('knownAt answers as the graph was known then, after everything that came later', async (t) => {
  const at = async (knownAt: string, expected: string[], what: string) => {
    const got = await answers(knownAt)
    READS.forEach((url, i) => {
      t.equal(got[i], expected[i], `${url} knownAt=${what}`)
    })
  }
  await at(article.knownFrom, seeded, "the article's own knownFrom")
  await at(shifted(v1.knownFrom, -1n), seeded, 'a nanosecond before the put')
  await at(v1.knownFrom, first, "the put's knownFrom, to the nanosecond")
  await at(shifted(v2.knownFrom, -1n), first, 'a nanosecond before the replacement')
  await at(v2.knownFrom, second, "the replacement's knownFrom")
  await at(shifted(retracted.knownUntil as string, -1n), second, 'a nanosecond before the retraction')
  await at(retracted.knownUntil as string, now, 'the retraction')
  await at('2999-01-01T00:00:00+02:00', now, 'a time to come: the graph as it is')
  // RFC 3339 allows offsets to ±23:59, Neo4j's DateTime only to ±18:00: the instant is what counts.
  t.equal(withOffset('2026-12-07T01:02:03.5Z', -(23 * 60 + 59)), '2026-12-06T01:03:03.5-23:59', 'the helper, by hand')
  await at(withOffset(v1.knownFrom, 22 * 60 + 11), first, "the put's knownFrom written at +22:11")
  await at(withOffset(shifted(v1.knownFrom, -1n), -(23 * 60 + 59)), seeded, 'a nanosecond before the put, written at -23:59')
  await at('9999-12-31T23:59:59+23:59', now, 'the last instant RFC 3339 writes, at its largest offset')
  await at('0000-01-01T00:00:00-23:59', await answers('2001-01-01T00:00:00Z'), 'the first, at its smallest offset: nothing known yet')
})

t.test("the put's relation, with its quote and its level, read back as known at each version", async (t) => {
  const path = async (knownAt: string) => (await app.inject(`/paths?from=mng&to=rus&knownAt=${encodeURIComponent(knownAt)}`)).json()
  const [p1] = (await path(v1.knownFrom)).paths
  t.match(p1.relations[0], { id: 'mng-depends-on-rus-oil', dependency: { kind: 'oil', level: 'high' }, confidence: 0.9 })
  t.same(
    p1.relations[0].claims.map((c: { quote: string; hedge: string }) => [c.quote, c.hedge]),
    [[QUOTE, 'asserted']],
  )
  const [p2] = (await path(v2.knownFrom)).paths
  t.match(p2.relations[0], { dependency: { level: 'low' }, confidence: 0.7 })
  t.equal(p2.relations[0].claims[0].hedge, 'likely', 'the claim as the replacement worded it')
  t.same((await path(article.knownFrom)).paths, [], 'before the put Mongolia was not in the graph: no path')
  const stay = await app.inject(`/paths?from=mng&to=mng&knownAt=${encodeURIComponent(v1.knownFrom)}`)
  t.same(
    stay.json().paths,
    [{ hops: 0, score: 1, actors: [{ id: 'mng', name: 'Mongolia', kind: 'state' }], relations: [] }],
    'an actor retracted since is still named by its id',
  )
  t.equal((await app.inject('/paths?from=mng&to=rus')).statusCode, 404, 'without knownAt: no such actor now')

  // Russia over Mongolia: one chain of one hop, weight × confidence (high 0.7 × asserted 0.9; low 0.3 × likely 0.7).
  const influence = async (knownAt: string) =>
    (await app.inject(`/influence?from=rus&to=mng&knownAt=${encodeURIComponent(knownAt)}`)).json()
  t.match(await influence(v1.knownFrom), { score: 0.63, chainCount: 1, model: { parameters: { knownAt: v1.knownFrom } } })
  t.match(await influence(v2.knownFrom), { score: 0.21, chainCount: 1 })
  t.match(await influence(retracted.knownUntil as string), { score: 0, chainCount: 0 })

  const mine = await app.inject(`/actors/mng/relations?knownAt=${encodeURIComponent(v1.knownFrom)}`)
  t.same(
    mine.json().items.map((r: { id: string }) => r.id),
    ['mng-depends-on-rus-oil'],
  )
  t.equal((await app.inject('/actors/mng/relations')).statusCode, 404)
  const at = `knownAt=${encodeURIComponent(v1.knownFrom)}`
  const byCode = await app.inject(`/actors/MNG/relations?${at}`)
  t.equal(byCode.statusCode, 404, 'an ISO code names only an actor of today (Mongolia has none stated)')
  t.equal((await app.inject(`/actors/RUS/relations?limit=1&${at}`)).json().items.length, 1, "today's Russia by its ISO code")
  t.equal((await app.inject(`/actors/nowhere/relations?${at}`)).statusCode, 404, 'an id nothing ever recorded')
  const listed = await app.inject(`/relations?from=mng&knownAt=${encodeURIComponent(v2.knownFrom)}`)
  t.match(listed.json().items, [{ id: 'mng-depends-on-rus-oil', dependency: { level: 'low' } }])
  t.equal((await app.inject('/relations?from=mng')).statusCode, 404, 'without knownAt: no such actor now')
  const ego = (await app.inject(`/graph?center=mng&knownAt=${encodeURIComponent(v1.knownFrom)}`)).json()
  t.same(
    ego.nodes.map((n: { id: string; name: string }) => [n.id, n.name]),
    [
      ['mng', 'Mongolia'],
      ['rus', 'Russia'],
    ],
  )
  const whole = async (knownAt: string) =>
    (await app.inject(`/graph?knownAt=${encodeURIComponent(knownAt)}`)).json().nodes.map((n: { id: string }) => n.id) as string[]
  t.ok((await whole(v1.knownFrom)).includes('mng'))
  t.notOk((await whole(article.knownFrom)).includes('mng'))
})

t.test('before anything was recorded the graph was empty', async (t) => {
  const q = 'knownAt=2001-01-01T00:00:00Z'
  t.same((await app.inject(`/relations?${q}`)).json().items, [])
  t.same((await app.inject(`/graph?${q}`)).json().nodes, [])
  t.same((await app.inject(`/paths?from=rus&to=prk&${q}`)).json().paths, [])
  t.match((await app.inject(`/influence?from=chn&to=rus&${q}`)).json(), { score: 0, chainCount: 0 })
})

t.test('a knownAt that is not an instant is a 400 naming it', async (t) => {
  for (const bad of ['2026-12-01', '2026-12-01T09:00Z', '2026-13-01T00:00:00Z', 'yesterday', '2026-12-01T09:00:00']) {
    const res = await app.inject(`/relations?knownAt=${encodeURIComponent(bad)}`)
    t.equal(res.statusCode, 400, bad)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.match(res.json()['invalid-params'], [{ name: 'knownAt', in: 'query' }], bad)
  }
  const ok = await app.inject(`/relations?limit=1&knownAt=${encodeURIComponent('2999-01-01T00:00:00.1234567891-05:30')}`)
  t.equal(ok.statusCode, 200, 'any offset, and digits past the nanosecond, are taken')
})

t.test('a graph written before the history began enters it at the next seed, once', async (t) => {
  const history = async (cypher: string) => {
    const session = app.graph.driver.session({ database: app.graph.database })
    try {
      return (await session.run(cypher)).records.map((r) => r.toObject())
    } finally {
      await session.close()
    }
  }
  const records = async () =>
    (await history('MATCH (n:KnownClaim) WITH count(n) AS claims MATCH ()-[r:KNOWN_RELATION]->() RETURN claims, count(r) AS relations'))[0]
  // An older entente wrote the graph and its versions, and no history: take the history away.
  await history('MATCH (n:KnownActor|KnownClaim) DETACH DELETE n')
  t.same((await app.inject('/relations?knownAt=2999-01-01T00:00:00Z')).json().items, [], 'no history: nothing known')
  await seedArticle(app)
  const begun = await records()
  t.equal(Number(begun.relations), 62, "the article's 62 relations")
  t.equal(Number(begun.claims), (await app.inject('/sources/tekedia-putin-kim-pyongyang')).json().claimCount, 'and its claims')
  t.same(await answers('2999-01-01T00:00:00Z'), now, 'known from now on, the graph as it is')
  await seedArticle(app)
  t.same(await records(), begun, 'the next seed finds nothing to record')
})
