// The list and detail endpoints: filters, ordering, cursor pagination walked to the end, and every
// error shape.
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from './helpers/config.js'
import { articleGraph, testApp } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

const get = async (url: string) => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}

/** Walks every page of a list and returns all items. */
async function walk(url: string, limit: number) {
  const items: any[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const sep = url.includes('?') ? '&' : '?'
    const page: any = await get(`${url}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    t.ok(page.items.length <= limit)
    items.push(...page.items)
    cursor = page.nextCursor
    pages++
  } while (cursor)
  return { items, pages }
}

t.test('pagination: pages of 7 give every actor exactly once, ordered by id', async (t) => {
  const { items, pages } = await walk('/actors', 7)
  const all = (await get('/actors?limit=200')).items
  t.equal(items.length, all.length)
  t.equal(pages, Math.ceil(all.length / 7))
  const ids = items.map((a) => a.id)
  t.same(ids, [...ids].sort())
  t.equal(new Set(ids).size, ids.length)
  t.equal((await get('/actors?limit=200')).nextCursor, null, 'the last page has no cursor')
})

t.test('actors: kind filter and q over names', async (t) => {
  const people = (await get('/actors?kind=person&limit=200')).items.map((a: any) => a.id)
  t.ok(people.includes('xi-jinping') && people.includes('andrei-lankov'))
  t.notOk(people.includes('chn'))
  t.same(
    (await get('/actors?q=lankov')).items.map((a: any) => a.id),
    ['andrei-lankov'],
  )
  t.same((await get('/actors?q=%20%20')).items.length, (await get('/actors?limit=50')).items.length, 'a blank q filters nothing')
})

t.test("an actor's relations by direction and type", async (t) => {
  const out = (await get('/actors/prk/relations?direction=out&limit=200')).items
  const inn = (await get('/actors/prk/relations?direction=in&limit=200')).items
  const both = (await get('/actors/prk/relations?limit=200')).items
  t.ok(out.length > 0 && inn.length > 0)
  t.ok(out.every((r: any) => r.from === 'prk'))
  t.ok(inn.every((r: any) => r.to === 'prk'))
  t.equal(both.length, out.length + inn.length)
  const deps = (await get('/actors/prk/relations?direction=out&type=depends-on&limit=200')).items
  t.ok(deps.length >= 3 && deps.every((r: any) => r.type === 'depends-on' && r.dependency !== null))
  const { items } = await walk('/actors/prk/relations', 4)
  t.same(
    items.map((r) => r.id),
    both.map((r: any) => r.id),
  )
})

t.test('claims: filters by actor, hedge, confidence and text, and paging', async (t) => {
  const reported = (await get('/claims?hedge=reported&limit=200')).items
  t.ok(reported.length >= 1 && reported.every((c: any) => c.hedge === 'reported' && c.confidence === 0.6))
  const strong = (await get('/claims?minConfidence=0.8&limit=200')).items
  t.ok(strong.every((c: any) => c.confidence >= 0.8))
  const all = (await get('/claims?limit=200')).items
  t.equal(strong.length, all.filter((c: any) => c.confidence >= 0.8).length)
  const oil = (await get('/claims?q=OIL&limit=200')).items
  t.ok(oil.length >= 2)
  t.ok(oil.every((c: any) => `${c.statement} ${c.quote}`.toLowerCase().includes('oil')))
  const aboutXi = (await get('/claims?actor=xi-jinping&limit=200')).items
  // The article's claims about Xi Jinping, read from the article: each names him among what it is about.
  const XI_CLAIMS = [
    'kim-met-putin-once-2018',
    'putin-aware-of-limits',
    'putin-may-meeting-xi',
    'us-europe-pressure-xi',
    'us-warships-east-asian-nato',
    'xi-balances-moscow',
    'xi-cautious-stance-interests',
    'xi-disapproves-alliance',
    'xi-first-leader-kim-met',
    'xi-no-substantial-military-aid',
    'xi-not-condemned-invasion',
    'xi-not-fan-of-emboldened-kim',
    'xi-perceptions-global-role',
  ]
  const xiIds = aboutXi.map((c: any) => c.id)
  t.same(
    XI_CLAIMS.filter((id) => !xiIds.includes(id)),
    [],
    `all ${XI_CLAIMS.length} claims about Xi are found`,
  )
  t.same(
    xiIds,
    all.filter((c: any) => c.actors.includes('xi-jinping')).map((c: any) => c.id),
    'and only the claims that name him, in id order',
  )
  t.match(
    aboutXi.find((c: any) => c.id === 'xi-first-leader-kim-met'),
    {
      quote: 'Xi Jinping, who was the first international leader he ever met',
      actors: ['xi-jinping', 'kim-jong-un'],
    },
  )
  t.match(
    aboutXi.find((c: any) => c.id === 'xi-balances-moscow'),
    {
      quote: 'he continues to navigate his relationship with Moscow, maintaining a balance',
      actors: ['xi-jinping', 'rus'],
    },
  )
  const { items } = await walk('/claims', 9)
  t.same(
    items.map((c) => c.id),
    all.map((c: any) => c.id),
  )
})

t.test('relations: by type; sources: list without text, detail with it', async (t) => {
  const invades = (await get('/relations?type=invades')).items
  t.same(
    invades.map((r: any) => [r.from, r.to]),
    [['rus', 'ukr']],
  )
  const list = (await get('/sources')).items
  t.equal(list.length, 1)
  t.notOk('text' in list[0])
  t.equal(list[0].claimCount, (await get('/claims?limit=200')).items.length)
})

t.test('404 problems name what was not found', async (t) => {
  for (const [url, detail] of [
    ['/actors/atlantis', 'No actor with id "atlantis".'],
    ['/actors/atlantis/relations', 'No actor with id "atlantis".'],
    ['/claims/made-up', 'No claim with id "made-up".'],
    ['/relations/made-up', 'No relation with id "made-up".'],
    ['/sources/made-up', 'No source with id "made-up".'],
  ]) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 404, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { type: 'https://entente.dev/problems/not-found', title: 'Not Found', status: 404, detail })
  }
})

t.test('400 problems name the field: path ids, limits, cursors, enums', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['/actors/PRK!', 'id', 'path'],
    ['/actors?limit=500', 'limit', 'query'],
    ['/actors?limit=abc', 'limit', 'query'],
    ['/actors?cursor=not*ours', 'cursor', 'query'],
    ['/actors?cursor=bm9wZQ', 'cursor', 'query'],
    ['/actors?kind=planet', 'kind', 'query'],
    ['/claims?hedge=rumoured', 'hedge', 'query'],
    ['/claims?minConfidence=-1', 'minConfidence', 'query'],
    ['/actors/prk/relations?direction=sideways', 'direction', 'query'],
    ['/relations?type=befriends', 'type', 'query'],
    ['/relations?from=', 'from', 'query'],
  ]
  for (const [url, name, where] of cases) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    const body = res.json()
    t.match(body, { type: /problems\/(validation-error|bad-request)$/, status: 400, detail: new RegExp(name) })
    t.ok(
      body['invalid-params'].some((p: any) => p.name === name && p.in === where),
      `${url}: ${name} in ${where}`,
    )
  }
})

t.test('an unexpected error is a 500 problem with no internals; the details go to the log', async (t) => {
  const lines: string[] = []
  const probe = await buildApp(testConfig({ LOG_LEVEL: 'error' }), {
    logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } } as any,
  })
  t.teardown(() => probe.close())
  probe.get('/boom', async () => {
    throw new Error('secret internals: bolt://user:pw@db')
  })
  const res = await probe.inject('/boom')
  t.equal(res.statusCode, 500)
  const body = res.json()
  t.equal(body.detail, `Something went wrong on our side; it is logged under request ${res.headers['x-request-id']}.`)
  t.notMatch(res.body, /secret|stack|bolt/)
  t.match(lines.join(''), /secret internals/)
})

t.test('Fastify’s own client errors become problems too (bad JSON body, wrong method)', async (t) => {
  const res = await app.inject({ method: 'POST', url: '/actors' })
  t.equal(res.statusCode, 405, 'the URL exists, the method does not')
  t.equal(res.headers.allow, 'GET, HEAD, OPTIONS')
  t.match(res.json(), { status: 405, detail: '/actors does not answer POST; it answers GET, HEAD, OPTIONS.' })
})
