// GET /influence/timeline against the article: every point equals the /influence answer asked for
// that year or month on its own (the existing endpoint, one request per point, as an independent
// check), in JSON, CSV and the SVG chart; the content negotiation of /graph; the refusals (end before
// start, too many points, a malformed period, an unknown actor) as problem+json naming the field.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import t from 'tap'
import { MAX_POINTS } from '../src/schemas/timeline.js'
import { seedArticle, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)
await seedArticle(app)

/** The README's example: how much Pyongyang can move Moscow, year by year. */
const README_URL = '/influence/timeline?from=Pyongyang&to=Moscow&start=2015&end=2026&step=year'

async function oneByOne(from: string, to: string, ts: string[], extra = '') {
  const points: Array<{ t: string; score: number; reverseScore: number }> = []
  for (const ti of ts) {
    const res = await app.inject(`/influence?from=${from}&to=${to}&asOf=${ti}${extra}`)
    t.equal(res.statusCode, 200)
    const a = res.json()
    points.push({ t: ti, score: a.score, reverseScore: a.reverseScore })
  }
  return points
}

const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i))

t.test('the README example: every yearly point is /influence?asOf=<year>', async (t) => {
  const res = await app.inject(README_URL)
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
  const body = res.json()
  t.same(body.points, await oneByOne('Pyongyang', 'Moscow', years(2015, 2026)))
  t.match(body, {
    from: 'prk',
    to: 'rus',
    fromName: 'North Korea',
    toName: 'Russia',
    step: 'year',
    model: { name: 'dependency-chains', version: String, parameters: { asOf: null, maxHops: Number, basis: Array } },
    query: { from: 'Pyongyang', to: 'Moscow', start: '2015', end: '2026', step: 'year' },
  })
  t.ok(
    body.points.some((p: any) => p.score !== body.points[0].score || p.reverseScore !== body.points[0].reverseScore),
    'the series moves over these years (a flat one would not tell asOf apart)',
  )
  t.match(res.headers.etag, /^"g\d+-/, 'a read like the others: an ETag tied to the graph version')
})

t.test('months, model parameters and a year start or end', async (t) => {
  const res = (await app.inject('/influence/timeline?from=rus&to=prk&start=2024&end=2024-06&step=month&basis=stated&decay=0.3')).json()
  const ts = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']
  t.same(
    res.points,
    await oneByOne('rus', 'prk', ts, '&basis=stated&decay=0.3'),
    'a year as start begins at its January; each point is /influence?asOf=<month>',
  )
  t.same(res.model.parameters.basis, ['stated'])
  t.equal(res.model.parameters.decay, 0.3)
  const span = (await app.inject('/influence/timeline?from=rus&to=prk&start=2023-11&end=2024&step=month')).json()
  t.equal(span.points.length, 14, 'a year as end ends at its December')
  t.same(
    (await app.inject('/influence/timeline?from=rus&to=prk&start=2018-05&end=2019-02')).json().points.map((p: any) => p.t),
    ['2018', '2019'],
    'by year, months name their years',
  )
})

t.test('CSV and the SVG chart hold the same series; Accept chooses like /graph', async (t) => {
  const json = (await app.inject(README_URL)).json()
  const csv = await app.inject({ url: README_URL, headers: { accept: 'text/csv' } })
  t.equal(csv.headers['content-type'], 'text/csv; charset=utf-8; header=present')
  const rows = csv.body.split('\r\n')
  t.equal(rows[0], 't,score,reverseScore')
  t.equal(rows.at(-1), '', 'CRLF after every row')
  t.same(
    rows.slice(1, -1).map((r) => {
      const [ti, s, rs] = r.split(',')
      return { t: ti, score: Number(s), reverseScore: Number(rs) }
    }),
    json.points,
  )
  const svg = await app.inject(`${README_URL}&format=svg`)
  t.equal(svg.headers['content-type'], 'image/svg+xml; charset=utf-8')
  t.equal(XMLValidator.validate(svg.body), true, 'well-formed XML')
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg.body).svg
  t.equal(doc.title['#text'], 'Influence of North Korea over Russia, 2015–2026')
  const series = Object.fromEntries((doc.g as any[]).map((g) => [g['data-series'], g.circle]))
  for (const key of ['score', 'reverseScore'])
    t.same(
      series[key].map((c: any) => ({ t: String(c['data-t']), v: Number(c['data-value']) })),
      json.points.map((p: any) => ({ t: p.t, v: p[key] })),
      `the chart's ${key} points`,
    )
  const img = await app.inject({ url: README_URL, headers: { accept: 'image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8' } })
  t.equal(img.headers['content-type'], 'image/svg+xml; charset=utf-8', 'an <img> gets the chart')
  const wins = await app.inject({ url: `${README_URL}&format=json`, headers: { accept: 'text/csv' } })
  t.equal(wins.headers['content-type'], 'application/json; charset=utf-8', 'format wins over Accept')
  const refused = await app.inject({ url: README_URL, headers: { accept: 'application/xml' } })
  t.equal(refused.statusCode, 406)
  t.same(refused.json().supported, ['application/json', 'text/csv', 'image/svg+xml'])
  const one = await app.inject('/influence/timeline?from=prk&to=rus&start=2024&end=2024&format=svg')
  t.match(one.body, /Influence of North Korea over Russia, 2024</)
})

t.test('the chart of fourteen months labels every other month and the last; a confidence floor is in its description', async (t) => {
  const res = await app.inject('/influence/timeline?from=rus&to=prk&start=2023-11&end=2024&step=month&minConfidence=0.5&format=svg')
  t.equal(res.statusCode, 200)
  t.equal(XMLValidator.validate(res.body), true, 'well-formed XML')
  // Time labels sit 18 pixels under the plot (y 328); fourteen points are labelled every second one, and the last.
  const labels = [...res.body.matchAll(/<text x="[\d.]+" y="328"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
  t.same(labels, ['2023-11', '2024-01', '2024-03', '2024-05', '2024-07', '2024-09', '2024-11', '2024-12'])
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(res.body).svg
  t.match(doc.desc['#text'], / · minConfidence 0\.5 · /)
  const plain = (await app.inject('/influence/timeline?from=rus&to=prk&start=2024&end=2024&format=svg')).body
  t.notMatch(plain, /minConfidence/, 'no floor, no mention')
})

t.test('refusals name the field', async (t) => {
  const cases: Array<[string, number, string]> = [
    ['start=2026&end=2015', 400, 'end'],
    ['start=2024-06&end=2024-05&step=month', 400, 'end'],
    [`start=1900&end=${1900 + MAX_POINTS}`, 400, 'end'],
    ['start=2015-01&end=2025-01&step=month', 400, 'end'],
    ['start=2015-13&end=2016', 400, 'start'],
    ['start=2015', 400, 'end'],
    ['start=2015&end=2016&step=week', 400, 'step'],
    ['start=2015&end=2016&format=gexf', 400, 'format'],
  ]
  for (const [q, status, field] of cases) {
    const res = await app.inject(`/influence/timeline?from=prk&to=rus&${q}`)
    t.equal(res.statusCode, status, q)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.match(res.json()['invalid-params'], [{ name: field }], `${q}: names ${field}`)
  }
  t.equal(
    (await app.inject(`/influence/timeline?from=prk&to=rus&start=1900&end=${1900 + MAX_POINTS - 1}`)).statusCode,
    200,
    `${MAX_POINTS} points pass`,
  )
  const unknown = await app.inject('/influence/timeline?from=prk&to=Atlantis&start=2015&end=2016')
  const asInfluence = await app.inject('/influence?from=prk&to=Atlantis')
  t.equal(unknown.statusCode, 404)
  t.same({ ...unknown.json(), instance: null }, { ...asInfluence.json(), instance: null }, 'the 404 of /influence, word for word')
})
