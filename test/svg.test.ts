// SVG pictures of /paths and /graph, parsed back with a real XML parser: one node per actor of the
// answer with its name as the label, one edge per relation with its type, the query in the title,
// the same bytes and ETag for the same query, 406 for an Accept that names none of the formats, and
// well-formed, inert text for hostile names (a graph seeded here whose actors are called <script> …).
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import t from 'tap'
import { pathsPicture, graphPicture } from '../src/export/pictures.js'
import { toSvg } from '../src/export/svg.js'
import { layout } from '../src/export/layout.js'
import { seedFiles } from '../src/seed/load-seed.js'
import { articleGraph, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  isArray: (name) => name === 'g' || name === 'text',
})

interface Drawn {
  title: string
  nodes: Array<{ id: string; label: string; kind: string }>
  edges: Array<{ id: string; type: string; dashed: boolean; faded: boolean }>
}

/** The picture as a reader sees it: title, nodes (id and label) and edges (id, type label, styling). */
function read(svg: string): Drawn {
  t.equal(XMLValidator.validate(svg), true, 'well-formed XML')
  const doc = parser.parse(svg).svg
  const groups = doc.g as any[]
  const layer = (cls: string) => (groups.find((g) => g.class === cls)?.g ?? []) as any[]
  return {
    title: doc.title['#text'],
    nodes: layer('nodes').map((g) => ({ id: g['data-id'], label: String(g.text[0]['#text']), kind: g['data-kind'] })),
    edges: layer('edges').map((g) => ({
      id: g['data-id'],
      type: String(g.text[0]['#text']),
      dashed: g.path['stroke-dasharray'] !== undefined,
      faded: g.opacity !== undefined,
    })),
  }
}

t.test('GET /paths?format=svg draws every actor and relation of the JSON answer', async (t) => {
  const json = (await app.inject('/paths?from=Pyongyang&to=Ukraine')).json()
  const res = await app.inject('/paths?from=Pyongyang&to=Ukraine&format=svg')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'image/svg+xml; charset=utf-8')
  const drawn = read(res.body)
  t.equal(drawn.title, 'Paths from North Korea to Ukraine')
  const actors = new Map<string, string>()
  const relations = new Map<string, any>()
  for (const p of json.paths) {
    for (const a of p.actors) actors.set(a.id, a.name)
    for (const r of p.relations) relations.set(r.id, r)
  }
  t.ok(actors.size >= 3, `${actors.size} actors`)
  t.same(drawn.nodes.map((n) => n.id).sort(), [...actors.keys()].sort(), 'one node per actor of the answer')
  for (const n of drawn.nodes) t.equal(n.label, actors.get(n.id), `${n.id} is labelled ${n.label}`)
  t.same(drawn.edges.map((e) => e.id).sort(), [...relations.keys()].sort(), 'one edge per relation')
  for (const e of drawn.edges) {
    const r = relations.get(e.id)
    t.equal(e.type, r.basis === 'stated' ? r.type : `${r.type} (${r.basis})`, `${e.id}: its type, and its basis when not stated`)
    t.equal(
      e.dashed,
      r.claims.every((c: any) => c.hedge !== 'asserted'),
      `${e.id}: dashed exactly when no claim is asserted`,
    )
  }
  t.match(res.body, /North Korea invades|invades/)
  t.match(res.body, /<g class="legend">/)
})

t.test('Accept negotiation on /paths: svg by Accept, format wins, 406 names the formats', async (t) => {
  const svg = await app.inject({ url: '/paths?from=prk&to=ukr', headers: { accept: 'image/svg+xml' } })
  t.equal(svg.headers['content-type'], 'image/svg+xml; charset=utf-8')
  const img = await app.inject({
    url: '/paths?from=prk&to=ukr',
    headers: { accept: 'image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8' },
  })
  t.equal(img.headers['content-type'], 'image/svg+xml; charset=utf-8', 'what an <img> sends gets the picture')
  const browser = await app.inject({
    url: '/paths?from=prk&to=ukr',
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
  })
  t.equal(browser.headers['content-type'], 'application/json; charset=utf-8', 'a page load gets JSON')
  const wins = await app.inject({ url: '/paths?from=prk&to=ukr&format=json', headers: { accept: 'image/svg+xml' } })
  t.equal(wins.headers['content-type'], 'application/json; charset=utf-8')
  t.equal(wins.json().from, 'prk')
  const refused = await app.inject({ url: '/paths?from=prk&to=ukr', headers: { accept: 'text/csv' } })
  t.equal(refused.statusCode, 406)
  t.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.same(refused.json().supported, ['application/json', 'image/svg+xml'])
  const bad = await app.inject('/paths?from=prk&to=ukr&format=png')
  t.equal(bad.statusCode, 400)
  t.match(bad.json()['invalid-params'], [{ name: 'format' }])
})

t.test('the same query gives the same bytes and the ETag rules of every read', async (t) => {
  const a = await app.inject('/paths?from=Pyongyang&to=Ukraine&format=svg')
  const b = await app.inject('/paths?from=Pyongyang&to=Ukraine&format=svg')
  t.equal(a.body, b.body, 'deterministic')
  t.match(a.headers.etag, /^"g\d+-/)
  t.equal(a.headers['cache-control'], 'public, max-age=0, must-revalidate')
  const json = await app.inject('/paths?from=Pyongyang&to=Ukraine')
  t.not(json.headers.etag, a.headers.etag, 'another representation, another ETag')
  const again = await app.inject({
    url: '/paths?from=Pyongyang&to=Ukraine&format=svg',
    headers: { 'if-none-match': a.headers.etag as string },
  })
  t.equal(again.statusCode, 304)
  const g1 = await app.inject('/graph?center=prk&format=svg')
  const g2 = await app.inject('/graph?center=prk&format=svg')
  t.equal(g1.body, g2.body)
})

t.test('GET /graph as SVG: the whole graph and an ego network, one node per exported actor', async (t) => {
  for (const q of ['', 'center=Moscow&depth=2', 'center=prk&asOf=2018&minConfidence=0.5']) {
    const json = (await app.inject(`/graph?${q}`)).json()
    const res = await app.inject({ url: `/graph?${q}`, headers: { accept: 'image/svg+xml' } })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'image/svg+xml; charset=utf-8')
    const drawn = read(res.body)
    t.same(drawn.nodes.map((n) => n.id).sort(), json.nodes.map((n: any) => n.id).sort(), `${q || 'whole graph'}: nodes`)
    t.same(drawn.edges.map((e) => e.id).sort(), json.edges.map((e: any) => e.id).sort(), `${q || 'whole graph'}: edges`)
    const names = new Map(json.nodes.map((n: any) => [n.id, n.name]))
    for (const n of drawn.nodes) t.equal(n.label, names.get(n.id))
  }
  t.equal(read((await app.inject('/graph?format=svg')).body).title, 'The whole graph')
  t.equal(read((await app.inject('/graph?center=Moscow&depth=2&format=svg')).body).title, 'Ego network of Russia, depth 2')
  t.match(
    (await app.inject('/graph?center=prk&asOf=2018&minConfidence=0.5&format=svg')).body,
    /minConfidence 0.5 · as of 2018 · \d+ actors/,
  )
  const refused = await app.inject({ url: '/graph', headers: { accept: 'image/png' } })
  t.equal(refused.statusCode, 406)
  t.ok(refused.json().supported.includes('image/svg+xml'))
})

t.test('no path still draws a titled picture that says so', async (t) => {
  const none = await app.inject('/paths?from=ukr&to=prk&types=leads&format=svg')
  t.equal(none.statusCode, 200)
  t.equal(read(none.body).nodes.length, 0)
  t.match(none.body, /No path between these actors/)
  t.match(none.body, /types leads/)
})

t.test('hostile names are drawn as text in a well-formed document', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-hostile-'))
  const quote = 'The <script> group & "Tom\'s ]]> Bloc" signed a pact.'
  writeFileSync(path.join(dir, 'hostile.txt'), `Hostile names\n\n${quote}\n`)
  const hostile = ['<script>alert(1)</script>', 'Tom\'s "]]> Bloc" & <b>co</b>']
  writeFileSync(
    path.join(dir, 'hostile.json'),
    JSON.stringify({
      format: 'entente-seed/1',
      source: {
        id: 'hostile',
        title: 'Hostile <names>',
        publisher: 'tests',
        publishedAt: '2024-01',
        reportsOn: { event: 'a pact', date: '2024-01' },
        textFile: 'hostile.txt',
      },
      actors: [
        { id: 'script-group', name: hostile[0], kind: 'group', aliases: [] },
        { id: 'toms-bloc', name: hostile[1], kind: 'bloc', aliases: [] },
      ],
      claims: [
        {
          id: 'hostile-pact',
          statement: 'They signed a pact.',
          quote,
          assertedBy: 'author',
          hedge: 'speculative',
          about: ['script-group', 'toms-bloc'],
        },
      ],
      relations: [
        { id: 'hostile-partners', type: 'partners-with', from: 'script-group', to: 'toms-bloc', basis: 'stated', claims: ['hostile-pact'] },
      ],
    }),
  )
  await seedFiles(app.graph, [path.join(dir, 'hostile.json')])
  for (const url of ['/paths?from=script-group&to=toms-bloc&format=svg', '/graph?center=script-group&format=svg']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    t.notMatch(res.body, /<script|<b>/, 'no markup from the data')
    const drawn = read(res.body)
    t.same(drawn.nodes.map((n) => n.label).sort(), [...hostile].sort(), 'the names, exactly, as text')
    t.same(drawn.edges, [{ id: 'hostile-partners', type: 'partners-with', dashed: true, faded: true }], 'speculative: dashed and faded')
  }
  t.equal(
    read((await app.inject('/paths?from=script-group&to=toms-bloc&format=svg')).body).title,
    `Paths from ${hostile[0]} to ${hostile[1]}`,
  )
})

t.test('pictures: basis, filters and what an export left out', async (t) => {
  const rel = { id: 'r1', type: 'supplies', from: 'a', to: 'b', confidence: 0.9, symmetric: false }
  const answer = {
    from: 'a',
    to: 'c',
    paths: [
      {
        hops: 2,
        score: 0.5,
        actors: [
          { id: 'a', name: 'A', kind: 'state' as const },
          { id: 'b', name: 'B', kind: 'person' as const },
          { id: 'c', name: 'C', kind: 'state' as const },
        ],
        relations: [
          { ...rel, basis: 'inferred', claims: [] },
          { ...rel, id: 'r2', from: 'b', to: 'c', basis: 'background', claims: [] },
        ],
      },
    ],
  } as any
  const picture = pathsPicture(answer, { maxHops: 3, k: 1, direction: 'any', rank: 'strongest', minConfidence: 0, types: ['supplies'] })
  t.equal(picture.subtitle, 'strongest paths, up to 3 hops, k 1, any direction · types supplies · 1 path')
  const drawn = read(toSvg(picture))
  t.same(
    drawn.edges.map((e) => e.type),
    ['supplies (inferred)', 'supplies (background)'],
    'inferred and background are marked',
  )
  t.same(
    layout({ ids: ['a', 'b', 'c'], links: [{ from: 'a', to: 'b' }], pinned: 'b' }).get('b'),
    { x: 0, y: 0 },
    'a pinned actor stays at the origin',
  )
  const meta = { center: null, depth: null, nodeCount: 0, edgeCount: 0, omittedEdges: 3, truncated: true, limitPerNode: 2, nodeLimit: 5000 }
  t.match(
    toSvg(graphPicture({ nodes: [], edges: [], meta }, { minConfidence: 0 })),
    /No actor passes these filters/,
    'an empty export says so',
  )
  t.equal(
    graphPicture({ nodes: [], edges: [], meta }, { minConfidence: 0 }).subtitle,
    '0 actors, 0 relations · 3 more left out (limitPerNode 2) · truncated at 5000 actors',
  )
  t.equal(
    graphPicture(
      { nodes: [], edges: [], meta: { ...meta, nodeCount: 1, edgeCount: 1, omittedEdges: 0, truncated: false } },
      { minConfidence: 0 },
    ).subtitle,
    '1 actor, 1 relation',
  )
})
