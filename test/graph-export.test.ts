// GET /graph on the article's graph: the ego network, limitPerNode, the filters, every format parsed
// back with a real parser (XML) or a strict RFC 4180 reader (CSV), Accept negotiation and the errors.
// Expected node and edge sets are computed here from GET /relations and GET /actors/{id}/relations,
// not from the export's own queries.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import t from 'tap'
import { csvField, toCsv } from '../src/export/csv.js'
import { toGexf } from '../src/export/gexf.js'
import { toGraphml } from '../src/export/graphml.js'
import type { GraphExport } from '../src/schemas/graph-export.js'
import { exportGraph } from '../src/queries/graph-export.js'
import { articleGraph, testApp } from './helpers/graph.js'
const ALL_BASES: Array<'stated' | 'inferred' | 'background'> = ['stated', 'inferred', 'background']

const app = await testApp()
// Until src/app.ts registers the route itself.
t.teardown(() => app.close())
await articleGraph(app)

interface Rel {
  id: string
  type: string
  from: string
  to: string
  weight: number | null
  confidence: number
  claims: string[]
  validFrom: string | null
  knownFrom: string | null
  validTo: string | null
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await app.inject({ url, headers })
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res
}
const json = async (url: string) => (await get(url)).json()

async function pages(url: string): Promise<any[]> {
  const items: any[] = []
  let cursor: string | null = null
  do {
    const page: any = await json(`${url}${url.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${cursor}` : ''}`)
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return items
}

const relations: Rel[] = await pages('/relations')
const actorIds: string[] = (await pages('/actors')).map((a) => a.id)
const sorted = (xs: Iterable<string>) => [...xs].sort()
const ids = (xs: Array<{ id: string }>) => sorted(xs.map((x) => x.id))

/** The actors within depth hops of center, either direction, through the given relations. */
function egoNodes(center: string, depth: number, rels: Rel[]): Set<string> {
  const seen = new Set([center])
  let frontier = [center]
  for (let d = 0; d < depth; d++) {
    const next: string[] = []
    for (const r of rels) {
      for (const [a, b] of [
        [r.from, r.to],
        [r.to, r.from],
      ]) {
        if (frontier.includes(a) && !seen.has(b)) {
          seen.add(b)
          next.push(b)
        }
      }
    }
    frontier = next
  }
  return seen
}
const among = (nodes: Set<string>, rels: Rel[]) => rels.filter((r) => nodes.has(r.from) && nodes.has(r.to))

/** Valid at some day of the year: the dates are years, months or days, so comparing years is exact. */
// knownFrom: validFrom, or for an undated relation the time its claims (else its source) refer to.
const validIn = (year: number) => (r: Rel) =>
  (r.knownFrom === null || Number(r.knownFrom.slice(0, 4)) <= year) && (r.validTo === null || Number(r.validTo.slice(0, 4)) >= year)

t.test('the ego network of Pyongyang, depth 1: its neighbours and every relation among them', async (t) => {
  const res = await get('/graph?center=Pyongyang')
  t.match(res.headers['content-type'], /^application\/json/)
  const g = res.json()
  t.same(g.meta, {
    center: 'prk',
    depth: 1,
    nodeCount: g.nodes.length,
    edgeCount: g.edges.length,
    omittedEdges: 0,
    truncated: false,
    limitPerNode: 25,
    nodeLimit: 5000,
  })
  const expected = egoNodes('prk', 1, relations)
  t.ok(expected.has('chn') && expected.has('rus'))
  t.same(ids(g.nodes), sorted(expected))
  t.same(ids(g.edges), ids(among(expected, relations)))
  t.ok(
    g.nodes.every((n: any) => n.omitted === 0),
    'nothing left out at the default limit',
  )
  t.same(
    g.nodes.find((n: any) => n.id === 'prk'),
    { id: 'prk', name: 'North Korea', kind: 'state', aliases: ['Pyongyang', 'DPRK', "Democratic People's Republic of Korea"], omitted: 0 },
  )
  const trade = g.edges.find((e: any) => e.id === 'prk-depends-on-chn-trade')
  t.same(trade, {
    id: 'prk-depends-on-chn-trade',
    type: 'depends-on',
    plover: null,
    from: 'prk',
    to: 'chn',
    weight: 0.8,
    confidence: 0.9,
    claims: ['prk-trade-80-percent-china', 'china-crucial-trade-influence'],
    symmetric: false,
    basis: 'stated',
    note: null,
    validFrom: null,
    validTo: null,
    dateBasis: null,
    knownFrom: '2024-06',
    dependency: { kind: 'trade', share: 0.8, bound: 'lower' },
  })
})

t.test('depth 2 reaches further: Ukraine through Russia', async (t) => {
  const one = await json('/graph?center=prk&depth=1')
  const two = await json('/graph?center=prk&depth=2')
  t.notOk(one.nodes.some((n: any) => n.id === 'ukr'))
  t.ok(two.nodes.some((n: any) => n.id === 'ukr'))
  t.equal(two.meta.depth, 2)
  const expected = egoNodes('prk', 2, relations)
  t.same(ids(two.nodes), sorted(expected))
  t.same(ids(two.edges), ids(among(expected, relations)))
  const three = await json('/graph?center=Kyiv&depth=3')
  t.same(ids(three.nodes), sorted(egoNodes('ukr', 3, relations)))
})

t.test('limitPerNode=2 keeps the two strongest relations of both ends and counts the rest', async (t) => {
  const g = await json('/graph?center=prk&limitPerNode=2')
  const nodes = new Set<string>(g.nodes.map((n: any) => n.id))
  t.same(sorted(nodes), sorted(egoNodes('prk', 1, relations)), 'the limit does not change the actors')
  // Each actor's relations inside the export, ranked as documented, from its own relations list.
  const strongest = new Map<string, string[]>()
  const inside = new Map<string, Rel[]>()
  for (const id of nodes) {
    const own: Rel[] = (await pages(`/actors/${id}/relations?direction=both`)).filter((r: Rel) => nodes.has(r.from) && nodes.has(r.to))
    own.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || b.confidence - a.confidence || (a.id < b.id ? -1 : 1))
    inside.set(id, own)
    strongest.set(
      id,
      own.slice(0, 2).map((r) => r.id),
    )
  }
  const expectedEdges = among(nodes, relations).filter((r) => strongest.get(r.from)?.includes(r.id) && strongest.get(r.to)?.includes(r.id))
  t.same(ids(g.edges), ids(expectedEdges))
  t.ok(g.edges.length > 0)
  for (const n of g.nodes) {
    const kept = g.edges.filter((e: any) => e.from === n.id || e.to === n.id).length
    t.ok(kept <= 2, `${n.id} keeps at most 2`)
    t.equal(n.omitted, (inside.get(n.id) ?? []).length - kept, `${n.id} omits ${n.omitted}`)
  }
  t.ok(g.nodes.find((n: any) => n.id === 'prk').omitted > 0, 'North Korea has relations left out')
  t.equal(g.meta.omittedEdges, among(nodes, relations).length - g.edges.length)
  t.ok(g.meta.omittedEdges > 0)
  t.equal(g.meta.edgeCount, g.edges.length)
  t.equal(g.meta.limitPerNode, 2)
})

t.test('types: only relations of those types, and the ego network follows only them', async (t) => {
  const wanted = ['depends-on', 'supplies']
  const rels = relations.filter((r) => wanted.includes(r.type))
  const g = await json('/graph?center=prk&types=depends-on,supplies')
  const expected = egoNodes('prk', 1, rels)
  t.same(ids(g.nodes), sorted(expected))
  t.same(ids(g.edges), ids(among(expected, rels)))
  t.ok(g.edges.every((e: any) => wanted.includes(e.type)))
  t.notOk(
    g.nodes.some((n: any) => n.id === 'kim-jong-un'),
    'no leads relation followed',
  )
  t.same(await json('/graph?center=prk&types=depends-on&types=supplies'), g, 'repeated types mean the same')
  const whole = await json('/graph?types=depends-on&limitPerNode=100')
  t.same(ids(whole.edges), ids(relations.filter((r) => r.type === 'depends-on')))
  const empty = await app.inject('/graph?center=prk&types=')
  t.equal(empty.statusCode, 400, 'an empty types list names no type: a 400 naming types')
  t.match(empty.json()['invalid-params'], [{ name: 'types' }])
})

t.test('asOf: a relation counts when it was valid at some time of asOf', async (t) => {
  const then = await json('/graph?center=prk&asOf=2018')
  const at2018 = relations.filter(validIn(2018))
  const expected = egoNodes('prk', 1, at2018)
  t.same(ids(then.nodes), sorted(expected))
  t.same(ids(then.edges), ids(among(expected, at2018)))
  t.notOk(
    then.edges.some((e: any) => e.knownFrom >= '2024'),
    'nothing known only from 2024',
  )
  t.ok(
    then.edges.some((e: any) => e.id === 'rus-sanctions-prk'),
    '2018: Russia sanctioned Pyongyang',
  )
  t.notOk(then.edges.some((e: any) => e.id === 'rus-partners-with-prk'))
  const now = await json('/graph?center=prk&asOf=2026')
  t.ok(now.edges.some((e: any) => e.id === 'rus-partners-with-prk'))
  t.notOk(now.edges.some((e: any) => e.id === 'rus-sanctions-prk'))
  const month = await json('/graph?center=prk&asOf=2024-06')
  t.ok(
    month.edges.some((e: any) => e.id === 'rus-partners-with-prk'),
    'a month works too',
  )
})

t.test('minConfidence drops weaker relations', async (t) => {
  const g = await json('/graph?minConfidence=0.8&limitPerNode=100')
  t.same(ids(g.edges), ids(relations.filter((r) => r.confidence >= 0.8)))
  t.ok(g.edges.length < relations.length)
})

t.test('without center: the whole graph, every actor', async (t) => {
  const g = await json('/graph?limitPerNode=100')
  t.same(ids(g.nodes), sorted(actorIds))
  t.same(ids(g.edges), ids(relations))
  t.match(g.meta, { center: null, depth: null, omittedEdges: 0, truncated: false, nodeCount: actorIds.length, edgeCount: relations.length })
  const capped = await json('/graph')
  t.equal(capped.meta.limitPerNode, 25)
  // depth counts hops from a center; without one it bounds nothing: the same whole graph, depth null.
  const withDepth = await json('/graph?limitPerNode=100&depth=1')
  t.same(ids(withDepth.nodes), sorted(actorIds))
  t.same(ids(withDepth.edges), ids(relations))
  t.equal(withDepth.meta.depth, null)
})

t.test('past nodeLimit actors the export is truncated, and says so', async (t) => {
  const degree = (id: string) => relations.filter((r) => r.from === id || r.to === id).length
  const most = [...actorIds].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1)).slice(0, 3)
  const whole = await exportGraph(app.graph, { limitPerNode: 100, minConfidence: 0, basis: ALL_BASES }, 3)
  t.same(ids(whole.nodes), sorted(most), 'the most connected actors')
  t.same(ids(whole.edges), ids(among(new Set(most), relations)))
  t.match(whole.meta, { truncated: true, nodeLimit: 3, nodeCount: 3 })
  const ego = await exportGraph(app.graph, { center: 'prk', depth: 2, limitPerNode: 100, minConfidence: 0, basis: ALL_BASES }, 2)
  t.same(ego.nodes.length, 2)
  t.ok(
    ego.nodes.some((n) => n.id === 'prk'),
    'the center is always kept',
  )
  t.ok(ego.meta.truncated)
  const enough = await exportGraph(
    app.graph,
    { center: 'prk', limitPerNode: 100, minConfidence: 0, basis: ALL_BASES },
    egoNodes('prk', 1, relations).size,
  )
  t.notOk(enough.meta.truncated, 'exactly nodeLimit actors is not truncated')
})

// ---------------------------------------------------------------------------------------------- formats

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true, // numeric character references (&#10;) too
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
})

function parseXml(body: string) {
  const valid = XMLValidator.validate(body)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`)
  return xml.parse(body)
}

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; a bare CR or LF outside quotes is an error. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else if (c === '\r' || c === '\n' || c === '"') throw new Error(`bad CSV at ${i}`)
    else field += c
  }
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF')
  return rows
}

const base = await json('/graph?center=prk')
const tradeId = 'prk-depends-on-chn-trade'

t.test('cytoscape: Cytoscape.js elements with the meta as graph data', async (t) => {
  const res = await get('/graph?center=prk&format=cytoscape')
  t.match(res.headers['content-type'], /^application\/vnd\.cytoscape\+json/)
  const cy = res.json()
  t.same(cy.data, base.meta)
  t.equal(cy.elements.nodes.length, base.nodes.length)
  t.same(cy.elements.nodes.find((n: any) => n.data.id === 'chn').data, { ...base.nodes.find((n: any) => n.id === 'chn'), label: 'China' })
  t.equal(cy.elements.edges.length, base.edges.length)
  const trade = cy.elements.edges.find((e: any) => e.data.id === tradeId).data
  t.match(trade, {
    source: 'prk',
    target: 'chn',
    type: 'depends-on',
    weight: 0.8,
    claims: ['prk-trade-80-percent-china', 'china-crucial-trade-influence'],
  })
  t.notOk('from' in trade)
})

t.test('graphml: typed keys, directed edges, every edge with type, weight and claims', async (t) => {
  const res = await get('/graph?center=prk&format=graphml')
  t.match(res.headers['content-type'], /^application\/graphml\+xml/)
  const doc = parseXml(res.body).graphml
  t.equal(doc.xmlns, 'http://graphml.graphdrawing.org/xmlns')
  const keys = new Map<string, any>(doc.key.map((k: any) => [`${k.for}:${k['attr.name']}`, k]))
  t.equal(keys.get('edge:type')['attr.type'], 'string')
  t.equal(keys.get('edge:weight')['attr.type'], 'double')
  t.equal(keys.get('edge:confidence')['attr.type'], 'double')
  t.equal(keys.get('edge:claims')['attr.type'], 'string')
  t.equal(keys.get('edge:symmetric')['attr.type'], 'boolean')
  t.equal(keys.get('node:name')['attr.type'], 'string')
  t.equal(keys.get('node:omitted')['attr.type'], 'int')
  t.equal(keys.get('graph:truncated')['attr.type'], 'boolean')
  const declared = new Set(doc.key.map((k: any) => k.id))
  const graph = doc.graph
  t.equal(graph.edgedefault, 'directed')
  t.equal(graph.node.length, base.nodes.length)
  t.equal(graph.edge.length, base.edges.length)
  const dataOf = (el: any, what: string) => {
    const out: Record<string, string> = {}
    for (const d of el.data) {
      t.ok(declared.has(d.key), `${d.key} is declared`)
      out[keys.get(`${what}:${d.key.slice(2)}`)['attr.name']] = d['#text'] ?? ''
    }
    return out
  }
  t.same(dataOf(graph, 'graph').nodeCount, String(base.nodes.length))
  for (const e of graph.edge) {
    const json = base.edges.find((x: any) => x.id === e.id)
    const d = dataOf(e, 'edge')
    t.same([e.source, e.target, d.type, d.claims], [json.from, json.to, json.type, json.claims.join(' ')], `${e.id}`)
    t.equal(d.weight, json.weight === null ? undefined : String(json.weight))
  }
  const trade = dataOf(
    graph.edge.find((e: any) => e.id === tradeId),
    'edge',
  )
  t.match(trade, { type: 'depends-on', weight: '0.8', dependencyKind: 'trade', dependencyShare: '0.8', dependencyBound: 'lower' })
  t.ok(trade.claims.split(' ').includes('prk-trade-80-percent-china'))
  const prk = dataOf(
    graph.node.find((n: any) => n.id === 'prk'),
    'node',
  )
  t.same(prk, { name: 'North Korea', kind: 'state', aliases: "Pyongyang | DPRK | Democratic People's Republic of Korea", omitted: '0' })
})

t.test('gexf 1.3: declared attributes, labels, weights, type and claims', async (t) => {
  const res = await get('/graph?center=prk&format=gexf')
  t.match(res.headers['content-type'], /^application\/gexf\+xml/)
  const doc = parseXml(res.body).gexf
  t.equal(doc.version, '1.3')
  t.equal(doc.xmlns, 'http://gexf.net/1.3')
  t.match(doc.meta.description, /ego network of prk, depth 1/)
  const graph = doc.graph
  t.equal(graph.defaultedgetype, 'directed')
  const declared = (cls: string) =>
    new Map<string, string>(graph.attributes.find((a: any) => a.class === cls).attribute.map((a: any) => [a.id, a.type]))
  t.same(Object.fromEntries(declared('node')), { kind: 'string', aliases: 'string', omitted: 'integer' })
  const edgeAttrs = declared('edge')
  t.equal(edgeAttrs.get('type'), 'string')
  t.equal(edgeAttrs.get('claims'), 'string')
  t.equal(edgeAttrs.get('confidence'), 'double')
  t.equal(graph.nodes.node.length, base.nodes.length)
  t.equal(graph.edges.edge.length, base.edges.length)
  const values = (el: any) => Object.fromEntries(el.attvalues.attvalue.map((v: any) => [v.for, v.value]))
  for (const e of graph.edges.edge) {
    const json = base.edges.find((x: any) => x.id === e.id)
    const v = values(e)
    for (const k of Object.keys(v)) t.ok(edgeAttrs.has(k), `${k} is declared`)
    t.same(
      [e.source, e.target, e.label, e.kind, v.type, v.claims],
      [json.from, json.to, json.type, json.type, json.type, json.claims.join(' ')],
    )
    t.equal(e.weight, json.weight === null ? undefined : String(json.weight), `${e.id} weight`)
  }
  const trade = graph.edges.edge.find((e: any) => e.id === tradeId)
  t.equal(trade.weight, '0.8')
  t.ok(values(trade).claims.split(' ').includes('prk-trade-80-percent-china'))
  const chn = graph.nodes.node.find((n: any) => n.id === 'chn')
  t.equal(chn.label, 'China')
  t.same(values(chn), { kind: 'state', aliases: "Beijing | People's Republic of China", omitted: '0' })
  const whole = parseXml((await get('/graph?format=gexf')).body).gexf
  t.match(whole.meta.description, /the whole graph/)
})

t.test('csv: edges (default) or nodes, RFC 4180', async (t) => {
  const res = await get('/graph?center=prk&format=csv')
  t.match(res.headers['content-type'], /^text\/csv; charset=utf-8; header=present/)
  const [header, ...rows] = parseCsv(res.body)
  t.same(header, [
    'id',
    'from',
    'to',
    'type',
    'weight',
    'confidence',
    'claims',
    'symmetric',
    'basis',
    'note',
    'validFrom',
    'validTo',
    'dateBasis',
    'knownFrom',
    'dependencyKind',
    'dependencyShare',
    'dependencyBound',
    'dependencyLevel',
  ])
  t.equal(rows.length, base.edges.length)
  t.ok(rows.every((r) => r.length === header.length))
  const record = (r: string[]) => Object.fromEntries(header.map((h, i) => [h, r[i]]))
  t.same(record(rows.find((r) => r[0] === tradeId) ?? []), {
    id: tradeId,
    from: 'prk',
    to: 'chn',
    type: 'depends-on',
    weight: '0.8',
    confidence: '0.9',
    claims: 'prk-trade-80-percent-china china-crucial-trade-influence',
    symmetric: 'false',
    basis: 'stated',
    note: '',
    validFrom: '',
    validTo: '',
    dateBasis: '',
    knownFrom: '2024-06',
    dependencyKind: 'trade',
    dependencyShare: '0.8',
    dependencyBound: 'lower',
    dependencyLevel: '',
  })
  const nodes = parseCsv((await get('/graph?center=prk&format=csv&table=nodes')).body)
  t.same(nodes[0], ['id', 'name', 'kind', 'aliases', 'omitted'])
  t.equal(nodes.length - 1, base.nodes.length)
  t.same(
    nodes.find((r) => r[0] === 'prk'),
    ['prk', 'North Korea', 'state', "Pyongyang | DPRK | Democratic People's Republic of Korea", '0'],
  )
})

t.test('the writers escape what they must: XML stays well-formed, CSV fields round-trip', async (t) => {
  const nasty = 'a, "quoted" <b> & \'c\'\r\nnext\tline\u0001'
  const g: GraphExport = {
    nodes: [
      { id: 'x&y', name: nasty, kind: 'group', aliases: [nasty], omitted: 1 },
      { id: 'z', name: 'Z', kind: 'state', aliases: [], omitted: 0 },
    ],
    edges: [
      {
        id: 'e"1',
        type: 'supports',
        plover: 'SUPPORT',
        from: 'x&y',
        to: 'z',
        weight: null,
        confidence: 0.5,
        claims: ['c1', 'c2'],
        symmetric: false,
        basis: 'inferred',
        note: nasty,
        validFrom: '2018',
        validTo: null,
        dateBasis: 'stated',
        knownFrom: '2018',
        dependency: null,
      },
    ],
    meta: { center: null, depth: null, nodeCount: 2, edgeCount: 1, omittedEdges: 1, truncated: true, limitPerNode: 1, nodeLimit: 2 },
  }
  const expectedText = nasty.replace('\u0001', '\uFFFD')
  const gml = parseXml(toGraphml(g)).graphml
  const gmlNode = gml.graph.node[0]
  t.equal(gmlNode.id, 'x&y')
  t.equal(gmlNode.data.find((d: any) => d.key === 'n_name')['#text'], expectedText, 'text content round-trips')
  t.equal(gml.graph.edge[0].id, 'e"1')
  t.notOk(
    gml.graph.edge[0].data.some((d: any) => d.key === 'e_weight'),
    'a null weight is left out',
  )
  const gexf = parseXml(toGexf(g)).gexf
  t.equal(gexf.graph.nodes.node[0].label, expectedText, 'attribute values round-trip')
  t.equal(gexf.graph.edges.edge[0].weight, undefined)
  t.match(gexf.meta.description, /truncated at 2 actors/)
  const nodes = parseCsv(toCsv(g, 'nodes'))
  t.same(nodes[1], ['x&y', nasty, 'group', nasty, '1'])
  t.same(nodes[2], ['z', 'Z', 'state', '', '0'])
  t.equal(csvField('plain'), 'plain')
  t.equal(csvField('say "hi"'), '"say ""hi"""')
  t.equal(csvField(null), '')
  const edges = parseCsv(toCsv(g, 'edges'))
  t.same(edges[1].slice(0, 5), ['e"1', 'x&y', 'z', 'supports', ''])
})

t.test('Accept chooses the format when format is absent', async (t) => {
  const typeFor = async (accept: string | undefined, url = '/graph?center=prk') => {
    const res = await app.inject({ url, headers: accept === undefined ? {} : { accept } })
    t.equal(res.statusCode, 200, `${accept}: 200`)
    return String(res.headers['content-type']).split(';')[0]
  }
  t.equal(await typeFor(undefined), 'application/json')
  t.equal(await typeFor(''), 'application/json')
  t.equal(await typeFor('application/json'), 'application/json')
  t.equal(await typeFor('*/*'), 'application/json')
  t.equal(await typeFor('application/vnd.cytoscape+json'), 'application/vnd.cytoscape+json')
  t.equal(await typeFor('application/graphml+xml'), 'application/graphml+xml')
  t.equal(await typeFor('application/xml'), 'application/graphml+xml')
  t.equal(await typeFor('text/xml'), 'application/graphml+xml')
  t.equal(await typeFor('application/gexf+xml'), 'application/gexf+xml')
  t.equal(await typeFor('text/csv'), 'text/csv')
  t.equal(await typeFor('text/*'), 'text/csv')
  t.equal(await typeFor('text/csv, text/*;q=0.1'), 'text/csv', 'the most specific range counts')
  t.equal(await typeFor('*/*;q=0.1, application/gexf+xml'), 'application/gexf+xml')
  t.equal(await typeFor('application/json;q=0.2, text/csv;q=0.5'), 'text/csv', 'the higher q wins')
  t.equal(
    await typeFor('text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'),
    'application/json',
    "a browser's Accept gets JSON",
  )
  t.equal(await typeFor('text/csv', '/graph?center=prk&format=gexf'), 'application/gexf+xml', 'format wins over Accept')
  const nodes = await app.inject({ url: '/graph?center=prk&table=nodes', headers: { accept: 'text/csv' } })
  t.equal(parseCsv(nodes.body)[0][0], 'id')
  t.equal(parseCsv(nodes.body).length - 1, base.nodes.length)
})

t.test('every error is problem+json naming what is wrong', async (t) => {
  const problem = async (url: string, status: number, headers: Record<string, string> = {}) => {
    const res = await app.inject({ url, headers })
    t.equal(res.statusCode, status, `${url}: ${status}`)
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${url}: problem+json`)
    return res.json()
  }
  const names = (p: any) => p['invalid-params'].map((x: any) => x.name)
  for (const [url, field] of [
    ['/graph?center=prk&depth=4', 'depth'],
    ['/graph?center=prk&depth=0', 'depth'],
    ['/graph?limitPerNode=0', 'limitPerNode'],
    ['/graph?limitPerNode=101', 'limitPerNode'],
    ['/graph?types=loves', 'types[0]'],
    ['/graph?minConfidence=1.5', 'minConfidence'],
    ['/graph?asOf=2018-13', 'asOf'],
    ['/graph?format=pdf', 'format'],
    ['/graph?format=csv&table=claims', 'table'],
    [`/graph?center=${'x'.repeat(121)}`, 'center'],
  ]) {
    t.ok(names(await problem(url, 400)).includes(field), `${url} names ${field}`)
  }
  t.match(await problem('/graph?center=Atlantis', 404), { status: 404, param: 'center', detail: /center="Atlantis"/ })
  const refused = await problem('/graph', 406, { accept: 'image/png' })
  t.match(refused, { status: 406, title: 'Not Acceptable' })
  t.ok(refused.supported.includes('application/gexf+xml'))
  for (const accept of ['image/png, nonsense, text/csv;q=abc', 'text/csv;q=2', 'text/csv;q=-1', 'application/json;q=0']) {
    await problem('/graph', 406, { accept })
  }
})
