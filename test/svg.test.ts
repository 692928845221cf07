// SVG pictures of /paths and /graph, parsed back with a real XML parser: one node per actor of the
// answer with its name as the label, one edge per pair of actors carrying every relation between them
// (labelled with their types, its tooltip listing them all), labels that do not overlap, a drawing
// that fills the canvas, the query in the title,
// the same bytes and ETag for the same query, 406 for an Accept that names none of the formats, and
// well-formed, inert text for hostile names (a graph seeded here whose actors are called <script> …).
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import t, { type Test } from 'tap'
import { pathsPicture, graphPicture } from '../src/export/pictures.js'
import { toSvg } from '../src/export/svg.js'
import { layout } from '../src/export/layout.js'
import { arrange } from '../src/export/arrange.js'
import { bundle } from '../src/export/bundle.js'
import { ROOT } from '../src/local-neo4j.js'
import { seedFiles } from '../src/write/seed-files.js'
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
  edges: Array<{ id: string; type: string; dashed: boolean; faded: boolean; relations: string[]; paths: number; tooltip: string }>
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
      relations: String(g['data-relations']).split(' '),
      paths: [g.path].flat().length,
      tooltip: String(g.title),
    })),
  }
}

const pairOf = (r: { from: string; to: string }) => [r.from, r.to].sort().join(' ')

/**
 * The relations of an answer as the picture must draw them: every relation in exactly one edge, one
 * edge (one <path>) per pair of actors, its label naming the types of its relations or their count,
 * its style (dashed, faded) that of its strongest relation (weight, then confidence), its tooltip
 * listing each relation's type.
 */
function checkEdges(t: Test, drawn: Drawn, relations: any[]) {
  const byId = new Map(relations.map((r) => [r.id, r]))
  t.same(drawn.edges.flatMap((e) => e.relations).sort(), [...byId.keys()].sort(), 'every relation in exactly one edge')
  const pairs = drawn.edges.map((e) => new Set(e.relations.map((id) => pairOf(byId.get(id)))))
  t.ok(
    pairs.every((p) => p.size === 1),
    'an edge joins one pair',
  )
  t.equal(new Set(pairs.map((p) => [...p][0])).size, drawn.edges.length, 'one edge per pair')
  t.ok(
    drawn.edges.every((e) => e.paths === 1),
    'each edge is one <path>',
  )
  for (const e of drawn.edges) {
    const rs = e.relations.map((id) => byId.get(id))
    const types = new Set(rs.map((r) => r.type))
    if (rs.length > 1) {
      const named = new Set(e.type.split(', ').map((x) => x.replace(/ ×\d+$/, '')))
      t.ok(e.type === `${rs.length} relations` || t.same([...named].sort(), [...types].sort()), `${e.type}: the types, or the count`)
    }
    const strongest = [...rs].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || b.confidence - a.confidence || (a.id < b.id ? -1 : 1))[0]
    t.equal(e.id, strongest.id, `${e.type}: styled by its strongest relation`)
    t.equal(e.dashed, strongest.confidence < 0.9, `${e.type}: dashed exactly when its strongest is hedged`)
    t.equal(e.faded, strongest.confidence < 0.5)
    for (const r of rs) t.match(e.tooltip, r.type, `the tooltip names ${r.id}`)
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
  checkEdges(t, drawn, [...relations.values()])
  for (const e of drawn.edges.filter((x) => x.relations.length === 1)) {
    const r = relations.get(e.id)
    t.equal(e.type, r.basis === 'stated' ? r.type : `${r.type} (${r.basis})`, `${e.id}: its type, and its basis when not stated`)
    t.equal(
      e.dashed,
      r.claims.every((c: any) => c.hedge !== 'asserted'),
      `${e.id}: dashed exactly when no claim is asserted`,
    )
  }
  t.match(res.body, /North Korea invades|invades/)
  // UPDATE_DOCS=1 refreshes the pictures docs/ shows (README, docs/explorer.md).
  if (process.env.UPDATE_DOCS) {
    writeFileSync(path.join(ROOT, 'docs/paths-prk-ukr.svg'), res.body)
    writeFileSync(path.join(ROOT, 'docs/ego-prk-after.svg'), (await app.inject('/graph?center=prk&depth=1&format=svg')).body)
  }
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
    checkEdges(t, drawn, json.edges)
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

/**
 * Every label of a picture as a box, computed here from the SVG alone: a text of n characters at font
 * size s, anchored at its middle, is n × 0.6 s wide (an estimate of a sans-serif's advance, the same
 * one the writer reserves room with) and spans 0.8 s above its baseline and 0.2 s below it.
 */
function labelBoxes(svg: string) {
  const doc = parser.parse(svg).svg
  const groups = doc.g as any[]
  const layer = (cls: string) => (groups.find((g) => g.class === cls)?.g ?? []) as any[]
  const boxes: Array<{ text: string; x: number; y: number; w: number; h: number }> = []
  for (const g of [...layer('nodes'), ...layer('edges')]) {
    for (const tx of g.text) {
      const s = Number(tx['font-size'])
      const text = String(tx['#text'])
      const w = text.length * 0.6 * s
      t.equal(tx['text-anchor'], 'middle')
      boxes.push({ text, x: Number(tx.x) - w / 2, y: Number(tx.y) - 0.8 * s, w, h: s })
    }
  }
  const circles = layer('nodes').map((g) => ({ x: Number(g.circle.cx), y: Number(g.circle.cy), r: Number(g.circle.r) }))
  return { boxes, circles, width: Number(doc.width), height: Number(doc.height) }
}

t.test('the ego networks of the five most connected actors: no two labels overlap, the drawing fills the canvas', async (t) => {
  const whole = (await app.inject('/graph')).json()
  const degree = new Map<string, number>()
  for (const e of whole.edges) for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1)
  const top = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5)
  t.comment(`most connected: ${top.map(([id, d]) => `${id} ${d}`).join(', ')}`)
  for (const [id] of top) {
    const json = (await app.inject(`/graph?center=${id}&depth=1`)).json()
    const svg = (await app.inject(`/graph?center=${id}&depth=1&format=svg`)).body
    const drawn = read(svg)
    checkEdges(t, drawn, json.edges)
    const { boxes, circles, width, height } = labelBoxes(svg)
    t.equal(
      boxes.length,
      drawn.nodes.length + drawn.edges.length + json.nodes.filter((n: any) => n.omitted > 0).length,
      `${id}: every label`,
    )
    const clashes: string[] = []
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]]
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) clashes.push(`${a.text} / ${b.text}`)
      }
    t.same(clashes, [], `${id}: ${boxes.length} labels, no two overlapping`)
    const xs = [...boxes.flatMap((b) => [b.x, b.x + b.w]), ...circles.flatMap((c) => [c.x - c.r, c.x + c.r])]
    const ys = [...boxes.flatMap((b) => [b.y, b.y + b.h]), ...circles.flatMap((c) => [c.y - c.r, c.y + c.r])]
    const share = ((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys))) / (width * height)
    t.ok(
      share >= 0.6,
      `${id}: the drawing fills ${Math.round(share * 100)}% of the ${width} × ${height} canvas (title and legend included)`,
    )
  }
})

t.test('bundles: labels, arrows both ways, and a crowd of labels that pushes the canvas out', async (t) => {
  const r = (id: string, type: string, from = 'a', to = 'b', extra = {}) => ({
    id,
    type,
    from,
    to,
    confidence: 0.9,
    weight: null,
    basis: 'stated',
    symmetric: false,
    ...extra,
  })
  const [one] = bundle([
    r('1', 'supplies'),
    r('2', 'depends-on', 'b', 'a', { weight: 0.8 }),
    r('3', 'depends-on', 'b', 'a', { confidence: 0.5 }),
  ])
  t.equal(one.label, 'depends-on ×2, supplies', 'each type once, strongest first, with its count')
  t.same([one.strongest.id, one.from, one.to, one.forward, one.backward], ['2', 'b', 'a', true, true], 'arrows both ways')
  t.equal(bundle(['w', 'x', 'y', 'z'].map((ty, i) => r(String(i), ty)))[0].label, '4 relations', 'past three types, the count')
  t.equal(
    bundle([r('1', 'a-very-long-relation-type'), r('2', 'another-very-long-type')])[0].label,
    '2 relations',
    'past 34 characters, the count',
  )
  t.same(
    bundle([r('1', 'partners-with', 'a', 'b', { symmetric: true })]).map((b) => [b.forward, b.backward]),
    [[false, false]],
    'no arrow for a symmetric relation',
  )
  // Two actors and 120 long labels between them: rings past the canvas, which grows to hold them all.
  const edges = Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, from: 'a', to: 'b', label: `a rather long label number ${i}` }))
  const crowd = arrange({
    nodes: [
      { id: 'a', label: 'A', emphasis: true },
      { id: 'b', label: 'B', emphasis: false, more: '3 more' },
    ],
    edges,
    pinned: 'a',
  })
  const boxes = [...crowd.nodeLabels.values(), ...crowd.edgeLabels.values()]
  let clashes = 0
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [p, q] = [boxes[i], boxes[j]]
      if (p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h) clashes++
    }
  t.equal(clashes, 0, '122 labels, none overlapping')
  t.ok(
    boxes.every((b) => b.x >= 0 && b.y >= 0 && b.x + b.w <= crowd.width + 0.5 && b.y + b.h <= crowd.height + 0.5),
    `all within the grown canvas, ${crowd.width} × ${crowd.height}`,
  )
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
    t.match(drawn.edges, [{ id: 'hostile-partners', type: 'partners-with', dashed: true, faded: true }], 'speculative: dashed and faded')
    t.equal(drawn.edges.length, 1)
    t.equal(
      drawn.edges[0].tooltip,
      `partners-with: ${hostile[0]} — ${hostile[1]}, confidence 0.4`,
      'the tooltip, escaped back to the names',
    )
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
  // An actor whose relations limitPerNode cut says how many under its name; one with none cut says nothing.
  const cut = toSvg(
    graphPicture(
      {
        nodes: [
          { id: 'a', name: 'A', kind: 'state', omitted: 2 },
          { id: 'b', name: 'B', kind: 'state', omitted: 0 },
        ],
        edges: [],
        meta: { ...meta, nodeCount: 2, omittedEdges: 2, truncated: false },
      } as any,
      { minConfidence: 0 },
    ),
  )
  const groups = (parser.parse(cut).svg.g as any[]).find((g) => g.class === 'nodes').g as any[]
  // Each node's texts, a class before the text it marks: "a: A | more: 2 more".
  const texts = groups.map((g) => `${g['data-id']}: ${g.text.map((x: any) => `${x.class ? `${x.class}: ` : ''}${x['#text']}`).join(' | ')}`)
  t.same(texts, ['a: A | more: 2 more', 'b: B'])
})

t.test('relations equally strong are ordered by id', async (t) => {
  const r = (id: string) => ({ id, type: 'supplies', from: 'a', to: 'b', confidence: 0.9, weight: 0.5, basis: 'stated', symmetric: false })
  const [one] = bundle([r('r-c'), r('r-a'), r('r-b')])
  t.same(
    one.relations.map((x) => x.id),
    ['r-a', 'r-b', 'r-c'],
  )
  t.equal(one.strongest.id, 'r-a')
})
