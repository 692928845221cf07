// Concrete facts of the article, read back through the API.
import t from 'tap'
import { normaliseText } from '../src/seed/normalise-text.js'
import { articleGraph, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

const get = async (url: string) => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}
const source = await get('/sources/tekedia-putin-kim-pyongyang')
const text = normaliseText(source.text)

t.test('the source: the article body with its metadata, no navigation or ads', async (t) => {
  t.equal(source.title, "Putin and Kim Jong Un's Show of Unity in Pyongyang: What It Means for Global Politics and China's Influence")
  t.equal(source.publisher, 'Tekedia Forum')
  // the visit's date is general knowledge: the article has no dateline (docs/evidence-review.md)
  t.same(source.reportsOn, { event: "Putin's visit to Pyongyang", date: '2024-06-19' })
  t.notMatch(source.text, /Mini-MBA|Forum Navigation|Register to create posts|Uploaded files/)
  t.match(source.text, /^Putin and Kim Jong Un's Show of Unity/)
  t.match(source.text, /ideological solidarity\.\n$/)
})

t.test('the North Korea–China trade dependency: at least 80%, a lower bound, with its quote', async (t) => {
  const rels = (await get('/relations?from=prk&to=chn&type=depends-on&limit=50')).items
  const trade = rels.filter((r: any) => r.dependency.kind === 'trade')
  t.equal(trade.length, 1)
  t.match(trade[0], { weight: 0.8, dependency: { kind: 'trade', share: 0.8, bound: 'lower' } })
  t.ok(trade[0].claims.includes('prk-trade-80-percent-china'))
  const claim = await get('/claims/prk-trade-80-percent-china')
  t.match(claim.quote, /at least 80% of its trade is with China/)
  t.equal(claim.hedge, 'asserted')
  t.equal(claim.confidence, 0.9)
})

t.test("Kim's full support for Russia's invasion of Ukraine", async (t) => {
  const claim = await get('/claims/kim-full-support-invasion')
  t.match(claim.quote, /“full support” for Russia’s invasion of Ukraine/)
  t.ok(claim.actors.includes('kim-jong-un'))
  t.ok(claim.actors.includes('ukr'))
  const rels = await Promise.all(claim.relations.map((id: string) => get(`/relations/${id}`)))
  // "Kim … expressed his full support": Kim supports Russia; "Russia’s invasion of Ukraine": Russia invades Ukraine.
  t.same(rels.map((r: any) => `${r.from} ${r.type} ${r.to}`).sort(), ['kim-jong-un supports rus', 'rus invades ukr'])
  t.ok(rels.every((r: any) => r.basis === 'stated'))
})

t.test('the Comprehensive Strategic Partnership, dated to the visit of 19 June 2024 as general knowledge', async (t) => {
  const claim = await get('/claims/comprehensive-strategic-partnership')
  t.match(claim.quote, /Comprehensive Strategic Partnership/)
  const rels = (await get('/relations?type=partners-with&limit=50')).items.filter((r: any) =>
    r.claims.includes('comprehensive-strategic-partnership'),
  )
  t.equal(rels.length, 1)
  t.same([rels[0].from, rels[0].to].sort(), ['prk', 'rus'])
  t.equal(rels[0].validFrom, '2024-06')
  t.equal(rels[0].dateBasis, 'background', '"their recent upgrade": recent to an article with no dateline')
  t.match(rels[0].periodNote, /19 June 2024/)
  t.equal(rels[0].symmetric, true)
})

t.test('China blocking US-led sanctions at the UN', async (t) => {
  const claim = await get('/claims/china-blocks-un-sanctions')
  t.match(claim.quote, /blocking US-led sanctions at the United Nations/)
  const rels = (await get('/relations?from=chn&to=prk&type=blocks-sanctions-against')).items
  t.equal(rels.length, 1)
  t.ok(rels[0].claims.includes('china-blocks-un-sanctions'))
  t.equal(rels[0].basis, 'stated')
  t.same((await get('/relations?from=usa&to=prk&type=sanctions')).items, [], 'blocked sanctions are not sanctions')
})

t.test('aliases: the metonyms the article uses resolve to their states', async (t) => {
  const expected: Record<string, string> = {
    Pyongyang: 'prk',
    Beijing: 'chn',
    Moscow: 'rus',
    Seoul: 'kor',
    Tokyo: 'jpn',
    Washington: 'usa',
    Brussels: 'eu',
  }
  for (const [alias, id] of Object.entries(expected)) {
    const items = (await get(`/actors?q=${alias}`)).items
    t.same(
      items.map((a: any) => a.id),
      [id],
      alias,
    )
    t.ok(items[0].aliases.includes(alias))
  }
})

t.test('roles: who leads which state, who works for which outlet', async (t) => {
  t.match((await get('/actors/vladimir-putin')).roles, [{ of: 'rus' }])
  t.match((await get('/actors/kim-jong-un')).roles, [{ of: 'prk' }])
  t.match((await get('/actors/xi-jinping')).roles, [{ of: 'chn' }])
  t.match((await get('/actors/andrei-lankov')).roles, [{ title: 'Director', of: 'nk-news' }])
})

t.test('disputed claims stay side by side: Lankov doubts a transfer of military technology', async (t) => {
  const doubt = await get('/claims/lankov-doubts-military-tech')
  t.equal(doubt.hedge, 'doubted')
  t.equal(doubt.confidence, 0.25)
  t.equal(doubt.assertedBy, 'andrei-lankov')
  t.ok(doubt.contrastsWith.length >= 1)
  const lankov = (await get('/claims?actor=andrei-lankov&limit=200')).items.map((c: any) => c.id)
  t.ok(lankov.includes('lankov-doubts-military-tech'))
})

t.test('"firm friendship" and "transactional" contrast, both kept', async (t) => {
  const friendship = await get('/claims/putin-firm-friendship')
  const transactional = await get('/claims/partnership-transactional')
  t.match(friendship.quote, /firm friendship/)
  t.match(transactional.quote, /transactional/)
  t.ok(friendship.contrastsWith.includes('partnership-transactional'))
  t.ok(transactional.contrastsWith.includes('putin-firm-friendship'))
})

t.test('ammunition for cash: two opposite dependencies linked as one deal', async (t) => {
  const ammo = (await get('/relations?from=rus&to=prk&type=depends-on')).items.filter((r: any) => r.dependency.kind === 'ammunition')
  const cash = (await get('/relations?from=prk&to=rus&type=depends-on')).items.filter((r: any) => r.dependency.kind === 'cash')
  t.equal(ammo.length, 1)
  t.equal(cash.length, 1)
  t.equal(ammo[0].deal, 'ammunition-for-cash')
  t.equal(cash[0].deal, 'ammunition-for-cash')
  t.equal(ammo[0].dependency.level, 'critical', '"desperately needs"')
  t.equal(cash[0].dependency.level, 'moderate', '"needs financial support": no word of degree')
  t.same(
    (await get('/relations?from=rus&to=prk&type=supplies')).items.map((r: any) => r.commodity),
    ['oil'],
    'no cash supply is stated',
  )
})

t.test('every claim quotes the source verbatim and every relation has evidence', async (t) => {
  let cursor: string | null = null
  let claims = 0
  do {
    const page: any = await get(`/claims?limit=20${cursor ? `&cursor=${cursor}` : ''}`)
    for (const c of page.items) {
      claims++
      t.ok(text.includes(normaliseText(c.quote)), c.id)
    }
    cursor = page.nextCursor
  } while (cursor)
  t.ok(claims >= 40, `${claims} claims`)
  const rels = (await get('/relations?limit=200')).items
  t.ok(rels.length >= 30)
  t.ok(rels.every((r: any) => r.claims.length >= 1))
})
