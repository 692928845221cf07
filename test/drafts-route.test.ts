// POST /drafts: a draft seed document back, nothing written to the graph; exact problem+json for bad
// input and load; and the round trip: the draft saved as files loads with the real seed loader into
// the real Neo4j, and /paths answers about it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { seedFiles } from '../src/write/seed-files.js'
import { checkSeedDocument } from '../src/seed/validate-seed.js'
import { testConfig } from './helpers/config.js'
import { counts, seedArticle, testApp, wipe } from './helpers/graph.js'
import { buildApp } from '../src/app.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)

const TEXT =
  'Kenya received two patrol boats from India on Monday. Reports suggest that Iran supplies drones to Sudan. Norway did not sell weapons to Sudan.'
const post = (payload: unknown, headers: Record<string, string> = {}, on = app) =>
  on.inject({ method: 'POST', url: '/drafts', payload: payload as string, headers })
const UUID = /^urn:uuid:[0-9a-f-]{36}$/

t.test('a draft: the seed document, quotes at their offsets, nothing written', async (t) => {
  const before = await counts(app)
  const res = await post({ text: TEXT, title: 'Boats', publisher: 'Wire', publishedAt: '2025-06-12', language: 'en-GB' })
  t.equal(res.statusCode, 200)
  const seed = res.json()
  t.match(seed, { format: 'entente-seed/1', source: { title: 'Boats', publisher: 'Wire', publishedAt: '2025-06-12', text: TEXT } })
  await checkSeedDocument(seed, 'draft')
  for (const c of seed.claims) t.equal(TEXT.slice(c.at.start, c.at.end), c.quote)
  t.same(
    seed.relations.map((r: { from: string; type: string; to: string }) => `${r.from} ${r.type} ${r.to}`),
    ['ind supplies ken', 'irn supplies sdn'],
    'the denied sale is no relation',
  )
  t.match(seed.claims, [
    { quote: 'Kenya received two patrol boats from India on Monday', hedge: 'asserted', when: '2025-06-09' },
    { quote: 'Reports suggest that Iran supplies drones to Sudan', hedge: 'reported', assertedBy: 'reports' },
    { quote: 'Norway did not sell weapons to Sudan', hedge: 'denied' },
  ])
  t.same(await counts(app), before, 'the graph is unchanged')
})

t.test('a text that relates nobody: 200, no claims, and the warning in x-draft-warnings', async (t) => {
  const res = await post({ text: 'The weather was mild.' })
  t.equal(res.statusCode, 200)
  t.same(res.json().claims, [])
  t.equal(res.headers['x-draft-warnings'], 'no sentence relates two actors or states a dependency: the draft has no claims to review')
})

t.test('bad input: exact problem+json', async (t) => {
  const empty = await post({ text: ' \n ' })
  t.equal(empty.statusCode, 400)
  t.equal(empty.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(empty.json(), {
    type: 'https://entente.dev/problems/validation-error',
    title: 'Bad Request',
    status: 400,
    detail: 'Invalid request: text',
    instance: UUID,
    'invalid-params': [{ name: 'text', in: 'body', reason: 'must not be empty' }],
  })
  // Only English is drafted, and the schema says so: another language is the invalid field it is.
  const french = await post({ text: 'La Chine soutient la Russie.', language: 'fr' })
  t.equal(french.statusCode, 400)
  t.same(
    { ...french.json(), instance: 'x' },
    {
      type: 'https://entente.dev/problems/validation-error',
      title: 'Bad Request',
      status: 400,
      detail: 'Invalid request: language',
      instance: 'x',
      'invalid-params': [{ name: 'language', in: 'body', reason: 'only English (en, en-*) is drafted' }],
    },
  )
  t.equal((await post({ text: TEXT, language: 'EN-us' })).statusCode, 200, 'an English tag in any case')
  // The draft's source keeps the tag, and a seed's language has at most 10 characters: a longer English
  // tag would have come back in a draft its own response schema refuses (what Schemathesis found).
  const tenChars = await post({ text: TEXT, language: 'en-GB-abcd' })
  t.equal(tenChars.statusCode, 200)
  t.equal(tenChars.json().source.language, 'en-GB-abcd')
  const eleven = await post({ text: TEXT, language: 'en-GB-abcde' })
  t.equal(eleven.statusCode, 400)
  t.match(eleven.json()['invalid-params'], [{ name: 'language', in: 'body', reason: /<=10 characters/ }])
  const plain = await post('China supports Russia.', { 'content-type': 'text/plain' })
  t.equal(plain.statusCode, 415)
  t.same(
    { ...plain.json(), instance: 'x' },
    {
      type: 'https://entente.dev/problems/unsupported-media-type',
      title: 'Unsupported Media Type',
      status: 415,
      detail: 'Send the text as JSON: Content-Type: application/json.',
      instance: 'x',
    },
  )
  const bare = await app.inject({ method: 'POST', url: '/drafts' })
  t.equal(bare.statusCode, 415, 'no body and no content type')
  t.match(bare.json(), { status: 415, detail: 'Send the text as JSON: Content-Type: application/json.' })
  const big = await post({ text: 'a'.repeat(300_000) })
  t.equal(big.statusCode, 413)
  t.match(big.json(), { type: 'https://entente.dev/problems/payload-too-large', title: 'Payload Too Large', status: 413 })
  const extra = await post({ text: 'x', colour: 'red' })
  t.equal(extra.statusCode, 400)
  t.match(extra.json(), { detail: 'Invalid request: body', 'invalid-params': [{ in: 'body', reason: /colour/ }] })
})

t.test('past the cap on drafts in progress: 503 with Retry-After; past the budget: 429', async (t) => {
  const capped = await buildApp(testConfig({ DRAFT_MAX_CONCURRENT: 1, RATE_LIMIT_MAX: 1000, DRAFT_RATE_LIMIT_MAX: 3 }))
  t.teardown(() => capped.close())
  const long = Array.from({ length: 400 }, (_, i) => `Country ${i}: Chile sells copper to Japan.`).join(' ')
  // Sent at once: whichever the pool takes first is drafted, the other refused (on a loaded machine the
  // short one can be parsed and admitted first).
  const [a, b] = (await Promise.all([post({ text: long }, {}, capped), post({ text: 'Peru buys oil from Chile.' }, {}, capped)])).sort(
    (x, y) => x.statusCode - y.statusCode,
  )
  t.equal(a.statusCode, 200)
  t.equal(b.statusCode, 503)
  t.equal(b.headers['retry-after'], '2')
  t.match(b.json(), {
    status: 503,
    title: 'Service Unavailable',
    detail: '1 drafts are in progress, the most this server takes at once; retry shortly.',
  })
  const c = await post({ text: 'Peru buys oil from Chile.' }, {}, capped)
  t.equal(c.statusCode, 200, 'the slot is free again')
  const d = await post({ text: 'Peru buys oil from Chile.' }, {}, capped)
  t.equal(d.statusCode, 429, 'three drafts per window: the 503 counted too')
  t.match(d.json(), { status: 429, title: 'Too Many Requests' })
  t.ok(d.headers['retry-after'])
})

t.test('round trip: the draft saved as files loads into Neo4j and /paths answers about it', async (t) => {
  const text = 'Mongolia relies heavily on Russia for fuel. Russia sells oil to Mongolia, officials said.'
  const res = await post({ text, title: 'Fuel', publisher: 'Wire', publishedAt: '2025-01-10' })
  const { text: inline, ...source } = res.json().source
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-draft-'))
  writeFileSync(path.join(dir, `${source.id}.txt`), inline)
  const file = path.join(dir, `${source.id}.json`)
  writeFileSync(file, JSON.stringify({ ...res.json(), source: { ...source, textFile: `${source.id}.txt` } }))
  const [report] = await seedFiles(app.graph, [file])
  t.match(report, { status: 'loaded', relations: 2 })
  const paths = await app.inject('/paths?from=Mongolia&to=Russia')
  t.equal(paths.statusCode, 200)
  t.match(JSON.stringify(paths.json().paths), /Mongolia relies heavily on Russia/, 'the hop carries its quote')
})

t.test('the graph’s actors keep their ids: Brussels is the EU and Kim is Kim Jong Un once the article is seeded', async (t) => {
  const text = 'Pyongyang relies on Beijing for most of its trade. Brussels condemned Kim.'
  const relations = async () =>
    ((await post({ text })).json().relations as Array<{ from: string; type: string; to: string }>)
      .map((r) => `${r.from} ${r.type} ${r.to}`)
      .sort()
  t.same(await relations(), ['prk depends-on chn'], 'before: the country table only (Brussels is Belgium, Kim nobody)')
  await seedArticle(app)
  // The bloc's act towards Kim is read as towards the state the graph has him leading (inferred).
  t.same(
    await relations(),
    ['eu disapproves-of kim-jong-un', 'eu disapproves-of prk', 'prk depends-on chn'],
    'after: the graph’s ids and aliases',
  )
})

t.test('a person the graph has leading a state: the act is read as the state’s, with a note naming the graph', async (t) => {
  // The article holds Putin leading Russia (background) and Xi leading China (stated); a second source
  // gives one person a role in Peru and another roles in two states.
  await seedArticle(app)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-roles-'))
  const text = 'Dina Boluarte, Ana Ruiz and Ollanta Humala spoke in Lima.'
  writeFileSync(path.join(dir, 'roles.txt'), text)
  const roles = {
    format: 'entente-seed/1',
    source: { id: 'roles', title: 'Roles', publisher: 'Wire', reportsOn: { event: 'Roles' }, language: 'en', textFile: 'roles.txt' },
    actors: [
      { id: 'per', name: 'Peru', kind: 'state' },
      { id: 'chl', name: 'Chile', kind: 'state' },
      { id: 'dina-boluarte', name: 'Dina Boluarte', kind: 'person', roles: [{ title: 'President', of: 'per' }] },
      { id: 'ollanta-humala', name: 'Ollanta Humala', kind: 'person' },
      {
        id: 'ana-ruiz',
        name: 'Ana Ruiz',
        kind: 'person',
        roles: [
          { title: 'envoy', of: 'per' },
          { title: 'envoy', of: 'chl' },
        ],
      },
    ],
    claims: [
      { id: 'roles-spoke', statement: text, quote: text, assertedBy: 'author', hedge: 'asserted', about: ['dina-boluarte', 'ana-ruiz'] },
    ],
    // A leadership the graph ends is history: it lifts nothing.
    relations: [
      {
        id: 'humala-leads-per',
        type: 'leads',
        from: 'ollanta-humala',
        to: 'per',
        claims: ['roles-spoke'],
        basis: 'background',
        note: 'President 2011-2016',
        validFrom: '2011',
        validTo: '2016',
        dateBasis: 'background',
      },
    ],
  }
  writeFileSync(path.join(dir, 'roles.json'), JSON.stringify(roles))
  t.match(await seedFiles(app.graph, [path.join(dir, 'roles.json')]), [{ status: 'loaded' }])
  type Rel = { from: string; type: string; to: string; basis: string; note?: string }
  const draftOf = async (text: string) => {
    const seed = (await post({ text })).json()
    await checkSeedDocument(seed, text)
    return (seed.relations as Rel[]).map((r) => [`${r.from} ${r.type} ${r.to}`, r.basis, r.note ?? '']).sort()
  }
  t.same(await draftOf('Putin condemned Japan.'), [
    ['rus disapproves-of jpn', 'inferred', "the graph holds Vladimir Putin as leading Russia: the act is read as the state's"],
    ['vladimir-putin disapproves-of jpn', 'stated', ''],
  ])
  // Both ends: a leader of the graph (by a relation) and one by a role.
  t.same(await draftOf('Xi praised Dina Boluarte.'), [
    [
      'chn supports per',
      'inferred',
      "the graph holds Xi Jinping as leading China and Dina Boluarte as leading Peru: the act is read as the state's",
    ],
    ['xi-jinping supports dina-boluarte', 'stated', ''],
  ])
  // A person with roles in two states speaks for neither; a former leader for none.
  t.same(await draftOf('Ana Ruiz condemned Japan.'), [['ana-ruiz disapproves-of jpn', 'stated', '']])
  t.same(await draftOf('Former President Putin condemned Japan.'), [['vladimir-putin disapproves-of jpn', 'stated', '']])
  t.same(await draftOf('Ollanta Humala condemned Japan.'), [['ollanta-humala disapproves-of jpn', 'stated', '']])
})
