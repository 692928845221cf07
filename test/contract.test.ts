// Every endpoint's success and error responses, validated against the committed openapi.yaml: the
// contract is what the API really sends, not only what the code declares.
import t from 'tap'
import { contractErrors, spec, templateOf } from './helpers/contract.js'
import { articleGraph, testApp } from './helpers/graph.js'
import { bearer, createTestKey } from './helpers/keys.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)
// The audit trail answers an admin key, and refuses the others by contract; writes need a write key.
const keys = {
  admin: (await createTestKey(app.graph, 'admin')).key,
  write: (await createTestKey(app.graph, 'write')).key,
  read: (await createTestKey(app.graph, 'read')).key,
}
const headersFor = (url: string) => (url.startsWith('/audit') ? bearer(keys.admin) : {})

const cases: Array<[string, number]> = [
  ['/health', 200],
  ['/vocabulary', 200],
  ['/ready', 200],
  ['/actors?q=Pyongyang', 200],
  ['/actors?limit=0', 400],
  ['/actors/prk', 200],
  ['/actors/atlantis', 404],
  ['/actors/BAD!', 400],
  ['/actors/chn/relations?direction=out', 200],
  ['/actors/atlantis/relations', 404],
  ['/actors/chn/relations?type=nope', 400],
  ['/claims?hedge=doubted', 200],
  ['/claims?minConfidence=9', 400],
  ['/claims/prk-trade-80-percent-china', 200],
  ['/claims/made-up', 404],
  ['/claims/BAD!', 400],
  ['/relations?from=Pyongyang&to=Beijing', 200],
  ['/relations?from=Atlantis', 404],
  ['/relations?type=befriends', 400],
  ['/relations/made-up', 404],
  ['/relations/BAD!', 400],
  ['/sources', 200],
  ['/changes?limit=5', 200],
  ['/changes?since=-1', 400],
  ['/changes/stream?since=abc', 400],
  ['/audit?limit=5', 200],
  ['/audit?since=yesterday', 400],
  ['/sources?limit=-1', 400],
  ['/sources/tekedia-putin-kim-pyongyang', 200],
  ['/sources/tekedia-putin-kim-pyongyang/versions', 200],
  ['/sources/nope/versions', 404],
  ['/sources/made-up', 404],
  ['/sources/BAD!', 400],
  ['/paths?from=Pyongyang&to=Ukraine', 200],
  ['/paths?from=prk&to=ukr&rank=strongest&types=supplies,invades', 200],
  ['/paths?from=Atlantis&to=ukr', 404],
  ['/paths?from=prk&to=ukr&maxHops=9', 400],
  ['/influence?from=Beijing&to=Moscow', 200],
  ['/influence?from=Beijing&to=Atlantis', 404],
  ['/influence?from=chn&to=rus&decay=2', 400],
  ['/influence/ranking?kind=state&limit=3', 200],
  ['/influence/ranking?limit=0', 400],
  ['/influence/timeline?from=Pyongyang&to=Moscow&start=2015&end=2026', 200],
  ['/influence/timeline?from=prk&to=rus&start=2026&end=2015', 400],
  ['/influence/timeline?from=Atlantis&to=rus&start=2015&end=2016', 404],
  ['/graph?center=Pyongyang&depth=1', 200],
  ['/graph?center=Pyongyang&format=cytoscape', 200],
  ['/graph?center=Pyongyang&format=graphml', 200],
  ['/graph?center=Atlantis', 404],
  ['/graph?depth=9', 400],
  ['/actors/PRK', 200],
  ['/contradictions?actor=prk', 200],
  ['/contradictions?actor=Atlantis', 404],
  ['/contradictions?limit=0', 400],
  ['/reconcile', 200],
  ['/reconcile?queries=%7B%22q0%22%3A%7B%22query%22%3A%22DPRK%22%7D%7D', 200],
  ['/reconcile?queries=%7B', 400],
]

/** POST operations: [url, content type, body, expected status]. */
const postCases: Array<[string, string, string, number]> = [
  [
    '/drafts',
    'application/json',
    JSON.stringify({ text: 'Pyongyang relies on Beijing for most of its trade.', publishedAt: '2024-06-19' }),
    200,
  ],
  ['/drafts', 'application/json', JSON.stringify({ text: '' }), 400],
  ['/drafts', 'text/plain', 'Pyongyang relies on Beijing.', 415],
  ['/drafts', 'application/json', JSON.stringify({ text: 'Pjongjang polega na Pekinie.', language: 'pl' }), 400],
  ['/reconcile', 'application/x-www-form-urlencoded', `queries=${encodeURIComponent('{"q0":{"query":"DPRK","type":"state"}}')}`, 200],
  ['/reconcile', 'application/x-www-form-urlencoded', 'queries=%7B', 400],
]

/** A source's writes, in order: [method, url, body, headers, expected status]. */
const FUEL = {
  format: 'entente-seed/1',
  source: {
    id: 'contract-fuel',
    title: 'Fuel',
    publisher: 'Wire',
    reportsOn: { event: 'oil' },
    text: 'Mongolia relies on Russia for oil.',
  },
  actors: [{ id: 'mng', name: 'Mongolia', kind: 'state' }],
  claims: [
    {
      id: 'contract-mng-oil',
      statement: 'Mongolia relies on Russia for oil.',
      quote: 'Mongolia relies on Russia for oil',
      assertedBy: 'author',
      hedge: 'asserted',
      about: ['mng', 'rus'],
    },
  ],
  relations: [
    {
      id: 'contract-mng-rus',
      type: 'depends-on',
      from: 'mng',
      to: 'rus',
      claims: ['contract-mng-oil'],
      dependency: { kind: 'oil', level: 'high' },
      basis: 'stated',
    },
  ],
}
const writeCases: Array<['put' | 'delete', string, string | undefined, Record<string, string>, number]> = [
  ['put', '/sources/contract-fuel', JSON.stringify(FUEL), { 'content-type': 'application/json' }, 201],
  ['put', '/sources/contract-fuel', JSON.stringify(FUEL), { 'content-type': 'application/json' }, 200],
  ['put', '/sources/contract-fuel', JSON.stringify(FUEL), { 'content-type': 'application/json', 'if-match': '"v9"' }, 412],
  ['put', '/sources/contract-fuel', JSON.stringify({ ...FUEL, claims: [] }), { 'content-type': 'application/json' }, 422],
  ['put', '/sources/contract-fuel', 'text', { 'content-type': 'text/plain' }, 415],
  ['put', '/sources/Not_An_Id', JSON.stringify(FUEL), { 'content-type': 'application/json' }, 400],
  ['delete', '/sources/contract-fuel', undefined, {}, 200],
  ['delete', '/sources/contract-fuel', undefined, {}, 404],
]

t.test('every documented operation is exercised here', async (t) => {
  const documented = Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.keys(ops as object)
      .filter((m) => ['get', 'post', 'put', 'delete'].includes(m))
      .map((m) => `${m} ${path}`),
  )
  const exercised = new Set([
    ...cases.map(([url]) => `get ${templateOf(url.split('?')[0])}`),
    ...postCases.map(([url]) => `post ${templateOf(url)}`),
    ...writeCases.map(([method, url]) => `${method} ${templateOf(url)}`),
  ])
  t.same([...exercised].sort(), documented.sort())
})

for (const [url, status] of cases) {
  t.test(`${url} → ${status} matches the contract`, async (t) => {
    const res = await app.inject({ url, headers: headersFor(url) })
    t.equal(res.statusCode, status)
    t.same(contractErrors(url, res.statusCode, String(res.headers['content-type']), res.body), [])
  })
}

/** Refusals of a key, as the contract documents them: no key 401, a key without the scope 403. */
for (const [what, headers, status] of [
  ['no key', {}, 401],
  ['a read key', () => bearer(keys.read), 403],
] as const) {
  t.test(`/audit with ${what} → ${status} matches the contract`, async (t) => {
    const res = await app.inject({ url: '/audit', headers: typeof headers === 'function' ? headers() : headers })
    t.equal(res.statusCode, status)
    t.same(contractErrors('/audit', res.statusCode, String(res.headers['content-type']), res.body), [])
  })
}

for (const [url, contentType, payload, status] of postCases) {
  t.test(`POST ${url} (${contentType}) → ${status} matches the contract`, async (t) => {
    const res = await app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload })
    t.equal(res.statusCode, status, res.body)
    t.same(contractErrors(url, res.statusCode, String(res.headers['content-type']), res.body, 'post'), [])
  })
}

t.test('PUT and DELETE /sources/{id}: every answer matches the contract', async (t) => {
  for (const [method, url, payload, headers, status] of writeCases) {
    const res = await app.inject({
      method: method.toUpperCase() as 'PUT' | 'DELETE',
      url,
      headers: { ...bearer(keys.write), ...headers },
      payload,
    })
    t.equal(res.statusCode, status, `${method} ${url}: ${res.body}`)
    t.same(contractErrors(url, res.statusCode, String(res.headers['content-type']), res.body, method), [])
  }
  // Refused keys, as documented: none 401, a read key 403 (the body is valid: only the key is wrong).
  for (const [method, key, status] of [
    ['put', null, 401],
    ['put', keys.read, 403],
    ['delete', null, 401],
    ['delete', keys.read, 403],
  ] as const) {
    const headers = { 'content-type': 'application/json', ...(key ? bearer(key) : {}) }
    const payload = method === 'put' ? JSON.stringify(FUEL) : undefined
    const res = await app.inject({ method: method.toUpperCase() as 'PUT' | 'DELETE', url: '/sources/contract-fuel', headers, payload })
    t.equal(res.statusCode, status, `${method} with ${key ? 'a read key' : 'no key'}`)
    t.same(contractErrors('/sources/contract-fuel', res.statusCode, String(res.headers['content-type']), res.body, method), [])
  }
})

t.test('the checker itself rejects what the contract does not allow', async (t) => {
  t.match(contractErrors('/actors/prk', 200, 'application/json', '{"id": 1}'), [/must have required property|must be string/])
  t.match(contractErrors('/actors/prk', 418, 'application/json', '{}'), [/status 418 is not documented/])
  t.match(contractErrors('/nowhere', 200, 'application/json', '{}'), [/no operation/])
  t.match(contractErrors('/actors', 200, 'application/json', '{}', 'post'), [/no operation for POST \/actors/])
  t.match(contractErrors('/actors/prk', 200, 'text/html', ''), [/content type text\/html is not documented/])
})
