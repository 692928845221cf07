// The response serializer (src/lib/json-serializer.ts: fast-json-stringify compiled from the zod
// schemas' JSON Schema) against the one it replaced (fastify-type-provider-zod's: a zod parse of every
// reply, then JSON.stringify). Both apps answer the same requests over the same seeded graph; every
// status, content type and body must be identical, byte for byte: a property the compiled serializer
// dropped, a null it wrote as "" or 0, a number it rounded would show here.
import t from 'tap'
import { buildApp } from '../src/app.js'
import { serializerCompiler, simplifyNullables } from '../src/lib/json-serializer.js'
import { testConfig } from './helpers/config.js'
import { articleGraph, testApp } from './helpers/graph.js'

const fast = await testApp()
const zod = await buildApp(testConfig(), {}, { validateResponses: true })
t.teardown(async () => {
  await fast.close()
  await zod.close()
})
await articleGraph(fast)

const ids = async (url: string) => ((await fast.inject(url)).json().items as Array<{ id: string }>).map((x) => x.id)
const actors = await ids('/actors?limit=200')
const claims = await ids('/claims?limit=200')
const relations = await ids('/relations?limit=200')

const urls = [
  '/health',
  '/ready',
  '/vocabulary',
  '/actors',
  '/actors?limit=3',
  '/actors?kind=person',
  '/actors?q=kim',
  '/actors?limit=0',
  '/actors/atlantis',
  '/actors/BAD!',
  '/actors/atlantis/relations',
  '/claims',
  '/claims?hedge=doubted',
  '/claims?minConfidence=9',
  '/claims/made-up',
  '/relations',
  '/relations?from=Pyongyang&to=Beijing',
  '/relations?type=befriends',
  '/sources',
  '/sources/tekedia-putin-kim-pyongyang',
  '/sources/made-up',
  '/paths?from=Pyongyang&to=Ukraine',
  '/paths?from=prk&to=ukr&rank=strongest',
  '/paths?from=prk&to=ukr&rank=strongest&types=supplies,invades',
  '/paths?from=prk&to=prk',
  '/paths?from=Atlantis&to=ukr',
  '/paths?from=prk&to=ukr&maxHops=9',
  '/influence?from=Beijing&to=Moscow',
  '/influence?from=Beijing&to=Moscow&basis=stated,inferred,background&asOf=2024-01',
  '/influence?from=chn&to=chn',
  '/influence?from=chn&to=rus&decay=2',
  '/influence/ranking',
  '/influence/ranking?kind=state&limit=3',
  '/influence/ranking?cursor=1-3',
  '/influence/ranking?limit=0',
  '/influence/timeline?from=Pyongyang&to=Moscow&start=2023&end=2024',
  '/influence/timeline?from=rus&to=prk&start=2024-05&end=2024-06&step=month&basis=stated',
  '/influence/timeline?from=prk&to=rus&start=2024&end=2023',
  '/graph',
  '/graph?center=Pyongyang&depth=1',
  '/graph?center=Pyongyang&format=cytoscape',
  '/graph?center=Pyongyang&format=graphml',
  '/graph?center=Pyongyang&format=csv&table=relations',
  '/graph?center=Pyongyang&format=svg',
  '/graph?center=Atlantis',
  '/graph?depth=9',
  '/nowhere',
  ...actors.flatMap((id) => [`/actors/${id}`, `/actors/${id}/relations`]),
  ...claims.map((id) => `/claims/${id}`),
  ...relations.map((id) => `/relations/${id}`),
]

t.test('every route answers what the zod serializer answered', async (t) => {
  t.ok(actors.length >= 10 && claims.length >= 10 && relations.length >= 10, 'the article is seeded')
  const statuses = new Set<number>()
  for (const url of urls) {
    // The same request id, so a problem's instance (urn:uuid:<request id>) is the same in both.
    const headers = { 'x-request-id': 'serializer-test-0001' }
    const [a, b] = await Promise.all([fast.inject({ url, headers }), zod.inject({ url, headers })])
    statuses.add(a.statusCode)
    t.equal(a.statusCode, b.statusCode, `${url}: status`)
    t.equal(a.headers['content-type'], b.headers['content-type'], `${url}: content type`)
    t.equal(a.body, b.body, `${url}: body`)
  }
  t.same(
    [...statuses].sort(),
    [200, 400, 404, 409].filter((s) => statuses.has(s)),
  )
  t.ok(statuses.has(200) && statuses.has(400) && statuses.has(404), 'successes and problems alike')
})

t.test('nullable types become type lists; other unions stay as they are', async (t) => {
  t.same(simplifyNullables({ anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }], description: 'd' }), {
    description: 'd',
    type: ['string', 'null'],
    enum: ['a'],
  })
  const ref = { anyOf: [{ $ref: '#/definitions/X' }, { type: 'null' }] }
  t.same(simplifyNullables(ref), ref, 'a reference it cannot resolve stays')
  const definitions = { X: { type: 'object', properties: { y: { $ref: '#/definitions/Y' } } } }
  t.same(
    simplifyNullables(ref, definitions),
    { type: ['object', 'null'], properties: { y: { $ref: '#/definitions/Y' } } },
    'a nullable reference is written out',
  )
  const union = { anyOf: [{ type: 'string' }, { type: 'number' }] }
  t.same(simplifyNullables(union), union, 'a union of two types stays')
  t.same(simplifyNullables({ items: [{ anyOf: [{ type: 'integer' }, { type: 'null' }] }] }), { items: [{ type: ['integer', 'null'] }] })
})

t.test('the compiled serializer writes only what the schema names, like zod did', async (t) => {
  const { z } = await import('zod')
  const write = serializerCompiler({ schema: z.object({ a: z.string().nullable(), n: z.number() }), method: 'GET', url: '/x' })
  t.equal(write({ a: null, n: 1.5, extra: 'dropped' }), '{"a":null,"n":1.5}')
})
