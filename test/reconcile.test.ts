// /reconcile: the W3C Reconciliation Service API 0.2 as OpenRefine calls it. The query batches are
// the shapes of the spec's own examples (reconciliation-api/specs, examples/reconciliation-query-batch:
// example-min, example-full with type, limit, properties and type_strict), sent as OpenRefine sends
// them: a form field `queries` holding JSON. Expected candidates are read off the article by hand.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { MAX_URL_LENGTH } from '../src/plugins/request-guards.js'
import { seedFiles } from '../src/write/seed-files.js'
import { contractErrors } from './helpers/contract.js'
import { articleGraph, FIXTURES, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

/** POST /reconcile as OpenRefine does: application/x-www-form-urlencoded, queries=<JSON>. */
const form = (queries: string) =>
  app.inject({
    method: 'POST',
    url: '/reconcile',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `queries=${encodeURIComponent(queries)}`,
  })
const batch = async (queries: unknown) => {
  const res = await form(JSON.stringify(queries))
  t.equal(res.statusCode, 200, JSON.stringify(queries))
  return res.json()
}

t.test('GET /reconcile is the service manifest: version 0.2, actor kinds as types, a view URL', async (t) => {
  const res = await app.inject({ url: '/reconcile', headers: { host: 'entente.example:3014' } })
  t.equal(res.statusCode, 200)
  t.same(res.json(), {
    versions: ['0.2'],
    name: 'entente actors',
    identifierSpace: 'https://entente.dev/actors/',
    schemaSpace: 'https://entente.dev/actor-kinds/',
    defaultTypes: ['state', 'person', 'organization', 'bloc', 'media', 'alliance', 'group'].map((k) => ({ id: k, name: k })),
    view: { url: 'http://entente.example:3014/?center={{id}}' },
  })
  t.same(contractErrors('/reconcile', 200, String(res.headers['content-type']), res.body), [])
})

t.test("the spec's minimal batch: names entente does not know get an empty result each", async (t) => {
  t.same(await batch({ q1: { query: 'Hans-Eberhard Urbaniak' }, q2: { query: 'Ernst Schwanhold' } }), {
    q1: { result: [] },
    q2: { result: [] },
  })
})

t.test("the spec's full batch shape (type, limit, properties, type_strict) with the article's names", async (t) => {
  const properties = [{ pid: 'professionOrOccupation', v: 'Politik*' }]
  const out = await batch({
    q0: { query: 'Vladimir Putin', type: 'person', limit: 5, properties, type_strict: 'should' },
    q1: { query: 'Russian Federation', type: 'state', limit: 5, properties, type_strict: 'should' },
  })
  t.same(out, {
    q0: { result: [{ id: 'vladimir-putin', name: 'Vladimir Putin', score: 100, match: true, type: [{ id: 'person', name: 'person' }] }] },
    q1: { result: [{ id: 'rus', name: 'Russia', score: 100, match: true, type: [{ id: 'state', name: 'state' }] }] },
  })
})

t.test('exact names, aliases, codes and QIDs match; a partial name scores below 100 and never matches', async (t) => {
  const out = await batch({
    a: { query: 'DPRK' },
    b: { query: 'pyongyang' },
    c: { query: 'Q7747' },
    d: { query: 'UKR' },
    e: { query: 'Korea' },
    f: { query: 'Kiev' },
  })
  const top = (q: string) => out[q].result[0]
  t.match(top('a'), { id: 'prk', score: 100, match: true })
  t.match(top('b'), { id: 'prk', score: 100, match: true })
  t.match(top('c'), { id: 'vladimir-putin', score: 100, match: true })
  t.match(top('d'), { id: 'ukr', score: 100, match: true })
  t.match(top('f'), { id: 'ukr', score: 100, match: true })
  // "Korea" is no actor's name: North and South Korea (11 letters each) are partial hits, 90 × 5/11.
  t.same(
    out.e.result.filter((c: any) => ['kor', 'prk'].includes(c.id)).map((c: any) => [c.id, c.score, c.match]),
    [
      ['kor', 40.9, false],
      ['prk', 40.9, false],
    ],
  )
  t.ok(
    out.e.result.every((c: any) => c.match === false && c.score < 100),
    'no candidate of a partial name matches',
  )
})

t.test('a type filters (one kind or several); limit caps the candidates', async (t) => {
  const out = await batch({
    statesOnly: { query: 'Putin', type: 'state' },
    people: { query: 'Putin', type: ['state', 'person'] },
    few: { query: 'n', limit: 2 },
    many: { query: 'n' },
  })
  t.same(out.statesOnly.result, [])
  t.same(
    out.people.result.map((c: any) => c.id),
    ['vladimir-putin'],
  )
  t.equal(out.few.result.length, 2)
  t.equal(out.many.result.length, 10, 'ten by default')
})

t.test('a name two actors share is no match for either', async (t) => {
  await seedFiles(app.graph, [path.join(FIXTURES, 'second-source/border-trade-note.json')])
  const out = await batch({ q0: { query: 'Customs' } })
  t.same(
    out.q0.result.map((c: any) => [c.id, c.score, c.match]),
    [
      ['dandong-customs', 100, false],
      ['sinuiju-customs', 100, false],
    ],
  )
  t.same((await batch({ q0: { query: 'Customs', type: 'state' } })).q0.result, [])
})

t.test('an actor a second source gives another id and another spelling: both score 100, neither matches, by id', async (t) => {
  // The duplicate's name is the article's "Kim Jong Un" but for a hyphen: no ActorKey of the query's
  // forms names it (it is found by its words), yet the name is the query's, so it scores 100 like the
  // actor named exactly. Two sure candidates: no clear winner. Equal scores are listed by id.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-reconcile-'))
  const text = 'State Wire\n\nKim Jong-un inspected a munitions factory, state media said.\n'
  writeFileSync(path.join(dir, 'state-wire.txt'), text)
  const seed = {
    format: 'entente-seed/1',
    source: {
      id: 'state-wire',
      title: 'State Wire',
      publisher: 'Example Wire',
      reportsOn: { event: 'a factory visit' },
      textFile: 'state-wire.txt',
    },
    actors: [{ id: 'dprk-leader', name: 'Kim Jong-un', kind: 'person' }],
    claims: [
      {
        id: 'dprk-leader-inspected-factory',
        statement: 'Kim Jong-un inspected a munitions factory.',
        quote: 'Kim Jong-un inspected a munitions factory',
        assertedBy: 'reports',
        hedge: 'asserted',
        about: ['dprk-leader'],
      },
    ],
  }
  writeFileSync(path.join(dir, 'state-wire.json'), JSON.stringify(seed))
  const [report] = await seedFiles(app.graph, [path.join(dir, 'state-wire.json')])
  t.equal(report.status, 'loaded')
  const result = (await batch({ q0: { query: 'Kim Jong Un', type: 'person' } })).q0.result
  t.same(
    result.slice(0, 2).map((c: any) => [c.id, c.name, c.score, c.match]),
    [
      ['dprk-leader', 'Kim Jong-un', 100, false],
      ['kim-jong-un', 'Kim Jong Un', 100, false],
    ],
  )
  t.ok(
    result.slice(2).every((c: any) => c.score < 92 && !c.match),
    'every other candidate is a partial name',
  )
})

t.test('GET with queries and POST with a JSON body answer like the form', async (t) => {
  const queries = { q0: { query: 'Xi Jinping' } }
  const expected = {
    q0: { result: [{ id: 'xi-jinping', name: 'Xi Jinping', score: 100, match: true, type: [{ id: 'person', name: 'person' }] }] },
  }
  const get = await app.inject(`/reconcile?queries=${encodeURIComponent(JSON.stringify(queries))}`)
  t.same(get.json(), expected)
  t.same(contractErrors('/reconcile', 200, String(get.headers['content-type']), get.body), [])
  const json = await app.inject({ method: 'POST', url: '/reconcile', payload: { queries } })
  t.equal(json.statusCode, 200)
  t.same(json.json(), expected)
  const jsonText = await app.inject({ method: 'POST', url: '/reconcile', payload: { queries: JSON.stringify(queries) } })
  t.same(jsonText.json(), expected, 'a JSON body may carry queries as a JSON text too')
})

t.test('the contract says what a batch is and how it travels', async (t) => {
  const op = (app.swagger() as any).paths['/reconcile']
  // In the query string and in a form, queries is a JSON text; in a JSON body, the object itself.
  const [param] = op.get.parameters
  t.equal(param.name, 'queries')
  t.notOk(param.schema, 'a JSON text, not a form-style object')
  // GET: one query, strict, so every URL the schema allows fits; POST: a batch of up to 50.
  const getSchema = param.content['application/json'].schema
  t.match(getSchema, { type: 'object', propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,64}$' }, minProperties: 1, maxProperties: 1 })
  const getQuery = (app.swagger() as any).components.schemas.ReconcileGetQueryInput
  t.equal(getQuery.additionalProperties, false)
  t.same(Object.keys(getQuery.properties).sort(), ['limit', 'query', 'type', 'type_strict'])
  const body = op.post.requestBody.content
  t.same(body['application/x-www-form-urlencoded'].encoding, { queries: { contentType: 'application/json' } })
  t.notOk(body['application/json'].encoding, 'a JSON body holds the batch itself')
  const batchSchema = body['application/json'].schema.properties.queries
  t.match(batchSchema, { type: 'object', propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,64}$' }, minProperties: 1, maxProperties: 50 })
  t.match(body['application/x-www-form-urlencoded'].schema.properties.queries, batchSchema)
  t.notOk(JSON.stringify(op).includes('x-json-text'), 'the mark is gone')
  t.ok(op.get.responses['414'], 'a URL past the limit is a documented 414')
})

t.test('bad batches: problem+json naming the field', async (t) => {
  const problem = async (payload: string, name: string, reason: string | RegExp) => {
    const res = await form(payload)
    t.equal(res.statusCode, 400, payload)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    const body = res.json()
    t.match(body, {
      type: 'https://entente.dev/problems/validation-error',
      title: 'Bad Request',
      status: 400,
      detail: `Invalid request: ${name}`,
      instance: `urn:uuid:${res.headers['x-request-id']}`,
    })
    t.equal(body['invalid-params'].length, 1, payload)
    t.match(body['invalid-params'][0], { name, in: 'body', reason }, payload)
  }
  await problem('', 'queries', 'must not be empty')
  await problem('{"q0": {"query": "Putin"', 'queries', /^not valid JSON: /)
  await problem('{}', 'queries', 'holds no query')
  await problem('[]', 'queries', /expected record/)
  await problem('{"q0": {"query": "  "}}', 'queries.q0.query', 'must not be empty')
  await problem(
    '{"q0": {"query": "Putin", "type": "DifferentiatedPerson"}}',
    'queries.q0.type[0]',
    /Invalid option: expected one of "state"/,
  )
  await problem('{"q0": {"query": "Putin", "limit": 0}}', 'queries.q0.limit', /expected number to be >=1/)
  await problem('{"q 0": {"query": "Putin"}}', 'queries', 'query ids are 1-64 letters, digits, _ . or -')
  const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, { query: 'Putin' }]))
  await problem(JSON.stringify(many), 'queries', 'holds more than 50 queries')
  const missing = await app.inject({
    method: 'POST',
    url: '/reconcile',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'query=Putin',
  })
  t.equal(missing.statusCode, 400)
  t.match(missing.json()['invalid-params'], [{ name: 'queries', in: 'body' }])
  const badGet = await app.inject('/reconcile?queries=%7B')
  t.equal(badGet.statusCode, 400)
  t.match(badGet.json()['invalid-params'], [{ name: 'queries', in: 'query', reason: /^not valid JSON/ }])
  t.same(contractErrors('/reconcile', 400, String(badGet.headers['content-type']), badGet.body), [])
  const text = await app.inject({ method: 'POST', url: '/reconcile', headers: { 'content-type': 'text/plain' }, payload: 'queries={}' })
  t.equal(text.statusCode, 400, 'a text body is no batch')
  t.equal(text.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(text.json()['invalid-params'], [{ name: 'body', in: 'body' }])
})

t.test('GET carries one query, so every URL its schema allows fits the URL limit (no 414 for valid data)', async (t) => {
  // Each field at its bound, every character of the name one that percent-encodes longest (a 3-byte
  // UTF-8 character: 9 characters), the id at 64: the longest URL the schema allows, under the limit.
  const longest = {
    ['x'.repeat(64)]: { query: '\u20ac'.repeat(200), type: Array(7).fill('organization'), limit: 50, type_strict: 'should' },
  }
  const url = `/reconcile?queries=${encodeURIComponent(JSON.stringify(longest))}`
  t.ok(url.length <= MAX_URL_LENGTH, `${url.length} characters`)
  const res = await app.inject(url)
  t.equal(res.statusCode, 200)
  t.same(res.json(), { ['x'.repeat(64)]: { result: [] } })
  // Two queries would not fit; GET refuses them (and anything else its schema does not name) with a 400 naming queries.
  const two = { q0: { query: 'Putin' }, q1: { query: 'Kim' } }
  const refused = await app.inject(`/reconcile?queries=${encodeURIComponent(JSON.stringify(two))}`)
  t.equal(refused.statusCode, 400)
  t.match(refused.json()['invalid-params'], [{ name: 'queries', in: 'query', reason: 'GET holds 1 query; send a batch by POST' }])
  const extra = await app.inject(`/reconcile?queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'Putin', properties: [] } }))}`)
  t.equal(extra.statusCode, 400)
  t.match(extra.json()['invalid-params'], [{ name: /^queries/, in: 'query' }])
  // POST still takes the batch, properties and all.
  t.equal(Object.keys(await batch({ ...two, q2: { query: 'Xi', properties: [{ pid: 'x', v: 1 }] } })).length, 3)
})

t.test('a form whose queries field is not a JSON text is refused: what Schemathesis sends for the batch object', async (t) => {
  // Schemathesis hands {"queries": {"q0": {...}}} to `requests`, which writes a nested object as its
  // keys: `queries=q0` (tools/check-api.toml keeps an exception for this).
  const res = await app.inject({
    method: 'POST',
    url: '/reconcile',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'queries=q0',
  })
  t.equal(res.statusCode, 400)
  t.match(res.json()['invalid-params'], [{ name: 'queries', in: 'body', reason: /^not valid JSON/ }])
})

t.test('CORS: a page on another origin may POST a batch (OpenRefine in a browser)', async (t) => {
  const res = await app.inject({
    method: 'OPTIONS',
    url: '/reconcile',
    headers: { origin: 'http://127.0.0.1:3333', 'access-control-request-method': 'POST' },
  })
  t.equal(res.statusCode, 204)
  t.match(String(res.headers['access-control-allow-methods']), /POST/)
})
