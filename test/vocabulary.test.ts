// GET /vocabulary serves the relation types with their PLOVER event type and CAMEO root code, and every
// relation the API answers with carries the PLOVER type of its type. Expected values are written out
// by hand from the PLOVER manual's CAMEO translation table, not read back from the code's table.
import t from 'tap'
import { RELATION_TYPES } from '../src/model/vocabulary.js'
import { seedArticle, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)
await seedArticle(app)

t.test('GET /vocabulary lists every relation type with its PLOVER type and CAMEO root', async (t) => {
  const res = await app.inject({ url: '/vocabulary' })
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.same(
    body.relationTypes.map((r: { type: string }) => r.type),
    [...RELATION_TYPES],
  )
  const of = (type: string) => body.relationTypes.find((r: { type: string }) => r.type === type)
  t.same(of('sanctions'), { type: 'sanctions', symmetric: false, plover: 'SANCTION', cameo: '16' })
  t.same(of('restricts-exports-to'), { type: 'restricts-exports-to', symmetric: false, plover: 'SANCTION', cameo: '16' })
  t.same(of('agrees-with'), { type: 'agrees-with', symmetric: true, plover: 'AGREE', cameo: '03' })
  t.same(of('demands'), { type: 'demands', symmetric: false, plover: 'REQUEST', cameo: '10' })
  t.same(of('accuses'), { type: 'accuses', symmetric: false, plover: 'ACCUSE', cameo: '11' })
  t.same(of('attacks'), { type: 'attacks', symmetric: false, plover: 'ASSAULT', cameo: '18' })
  t.same(of('invades'), { type: 'invades', symmetric: false, plover: 'ASSAULT', cameo: '19' })
  // PLOVER's four types that CAMEO's 08, 14 and 15 became (CAMEO 08 YIELD split into CONCEDE and RETREAT).
  t.same(of('protests'), { type: 'protests', symmetric: false, plover: 'PROTEST', cameo: '14' })
  t.same(of('mobilizes-against'), { type: 'mobilizes-against', symmetric: false, plover: 'MOBILIZE', cameo: '15' })
  t.same(of('concedes-to'), { type: 'concedes-to', symmetric: false, plover: 'CONCEDE', cameo: '08' })
  t.same(of('retreats-from'), { type: 'retreats-from', symmetric: false, plover: 'RETREAT', cameo: '08' })
  // Every PLOVER type now has at least one relation type.
  t.same(
    [...new Set(body.relationTypes.map((r: { plover: string | null }) => r.plover).filter(Boolean))].sort(),
    [...body.ploverTypes].sort(),
  )
  t.same(of('depends-on'), { type: 'depends-on', symmetric: false, plover: null, cameo: null })
  t.same(of('leads'), { type: 'leads', symmetric: false, plover: null, cameo: null })
  t.equal(body.ploverTypes.length, 16)
  t.same(body.ploverRenamed, { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' })
  t.same(body.hedges[0], { hedge: 'asserted', confidence: 0.9 })
})

t.test("every relation in an answer carries its type's PLOVER type", async (t) => {
  const vocab = (await app.inject({ url: '/vocabulary' })).json()
  const expected = new Map(vocab.relationTypes.map((r: { type: string; plover: string | null }) => [r.type, r.plover]))
  const res = await app.inject({ url: '/relations?limit=200' })
  t.equal(res.statusCode, 200)
  const items = res.json().items as Array<{ type: string; plover: string | null; from: string; to: string }>
  t.ok(items.length > 20)
  for (const r of items) t.equal(r.plover, expected.get(r.type), `${r.from} ${r.type} ${r.to}`)
  // Concrete relations of the article: China supports Kim (SUPPORT); North Korea depends on China (no event).
  t.equal(items.find((r) => r.type === 'supports' && r.from === 'chn')?.plover, 'SUPPORT')
  t.equal(items.find((r) => r.type === 'depends-on' && r.from === 'prk' && r.to === 'chn')?.plover, null)
  const graph = (await app.inject({ url: '/graph' })).json()
  for (const e of graph.edges as Array<{ type: string; plover: string | null }>) t.equal(e.plover, expected.get(e.type))
})
