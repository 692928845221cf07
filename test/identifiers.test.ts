// Standard identifiers: ISO 3166-1 codes on every state of the article (from the country table, even
// where a seed file leaves them out), the Wikidata QIDs the seed states, /actors/{ISO or QID}, and
// the country table's names resolving in from/to. Expected values are facts of the world, typed here.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { SEED_DIR, seedFiles } from '../src/write/seed-files.js'
import type { SeedError } from '../src/seed/validate-seed.js'
import { articleGraph, counts, FIXTURES, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)

const ARTICLE = path.join(SEED_DIR, 'tekedia-putin-kim-pyongyang.json')

function articleCopy(edit: (seed: any) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-ids-'))
  cpSync(path.join(SEED_DIR, 'tekedia-putin-kim-pyongyang.txt'), path.join(dir, 'tekedia-putin-kim-pyongyang.txt'))
  const seed = JSON.parse(readFileSync(ARTICLE, 'utf8'))
  edit(seed)
  const file = path.join(dir, 'tekedia-putin-kim-pyongyang.json')
  writeFileSync(file, JSON.stringify(seed))
  return file
}

t.test('every state of the article carries its ISO 3166-1 alpha-3 code; QIDs where the seed states them', async (t) => {
  const states = (await app.inject('/actors?kind=state&limit=200')).json().items
  const codes = Object.fromEntries(states.map((a: any) => [a.id, a.identifiers.iso3]))
  t.same(codes, { chn: 'CHN', jpn: 'JPN', kor: 'KOR', prk: 'PRK', rus: 'RUS', ukr: 'UKR', usa: 'USA' })
  t.same((await app.inject('/actors/prk')).json().identifiers, { iso3: 'PRK', wikidata: 'Q423' })
  t.same((await app.inject('/actors/vladimir-putin')).json().identifiers, { iso3: null, wikidata: 'Q7747' })
  t.same((await app.inject('/actors/andrei-lankov')).json().identifiers, { iso3: null, wikidata: null }, 'no QID where none is certain')
})

t.test('/actors/{id} answers to an ISO code in any case and to a QID: 200 with Content-Location', async (t) => {
  for (const ref of ['PRK', 'prk', 'Prk', 'Q423', 'q423']) {
    const res = await app.inject(`/actors/${ref}`)
    t.equal(res.statusCode, 200, ref)
    t.equal(res.json().id, 'prk', ref)
    t.equal(res.headers['content-location'], ref === 'prk' ? undefined : '/actors/prk', `${ref}: Content-Location`)
  }
  t.equal((await app.inject('/actors/Q15031')).json().name, 'Xi Jinping')
  t.equal((await app.inject('/actors/UKR/relations?direction=in')).json().items[0].to, 'ukr', 'relations by ISO code')
})

t.test('/actors/{id}: a malformed QID is a 400 naming id; an unknown code or QID a 404', async (t) => {
  const bad = await app.inject('/actors/Q0423')
  t.equal(bad.statusCode, 400)
  t.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(bad.json(), {
    type: 'https://entente.dev/problems/validation-error',
    title: 'Bad Request',
    status: 400,
    detail: 'Invalid request: id',
    'invalid-params': [
      {
        name: 'id',
        in: 'path',
        reason: 'must be an actor id (kebab-case), an ISO 3166-1 alpha-3 code (PRK) or a Wikidata QID (Q423)',
      },
    ],
  })
  for (const ref of ['XYZ', 'FRA', 'Q99999999']) {
    const res = await app.inject(`/actors/${ref}`)
    t.equal(res.statusCode, 404, ref)
    t.equal(res.json().detail, `No actor with id, ISO 3166-1 code or Wikidata QID "${ref}".`)
  }
})

t.test('from/to resolve official names and alternative spellings of the country table, and the added aliases', async (t) => {
  const cases: Array<[string, string]> = [
    ['Russian Federation', 'rus'],
    ['DPRK', 'prk'],
    ["Korea, Democratic People's Republic of", 'prk'],
    ['Republic of Korea', 'kor'],
    ['Kyiv', 'ukr'],
    ['Kiev', 'ukr'],
    ['Ukrayina', 'ukr'],
    ['United States of America', 'usa'],
    ["People's Republic of China", 'chn'],
    ['Q159', 'rus'],
    ['CHN', 'chn'],
  ]
  for (const [name, id] of cases) {
    const res = await app.inject(`/relations?from=${encodeURIComponent(name)}&limit=1`)
    t.equal(res.statusCode, 200, name)
    const to = await app.inject(`/paths?from=vladimir-putin&to=${encodeURIComponent(name)}&maxHops=3&k=1`)
    t.equal(to.statusCode, 200, `${name} as to`)
    const actor = (await app.inject(`/actors?q=${encodeURIComponent(name.toLowerCase())}&limit=5`)).json().items
    if (!/^(Q\d+|[A-Z]{3})$/.test(name))
      t.ok(
        actor.some((a: any) => a.id === id),
        `${name} is searchable`,
      )
  }
  const rus = (await app.inject('/relations?from=Russian%20Federation&limit=200')).json().items
  t.ok(rus.length > 5 && rus.every((r: any) => r.from === 'rus' || r.to === 'rus'), 'the relations of Russia')
  t.notOk((await app.inject('/actors/rus')).json().aliases.includes('Rossiya'), 'table names are not shown as aliases')
})

t.test('a seed that states an ISO code must agree with the id and the table; only states have one', async (t) => {
  const before = await counts(app)
  const file = articleCopy((seed) => {
    seed.actors.find((a: any) => a.id === 'prk').identifiers.iso3 = 'KOR'
    seed.actors.find((a: any) => a.id === 'rus').identifiers.iso3 = 'XYZ'
    seed.actors.find((a: any) => a.id === 'eu').identifiers.iso3 = 'EUR'
    seed.actors.find((a: any) => a.id === 'xi-jinping').identifiers.wikidata = 'Q015031'
  })
  const err = (await seedFiles(app.graph, [file]).catch((e) => e)) as SeedError
  const at = (id: string) => JSON.parse(readFileSync(ARTICLE, 'utf8')).actors.findIndex((a: any) => a.id === id)
  t.same(
    err.issues.map((i) => `${i.path}: ${i.message}`),
    [`actors[${at('xi-jinping')}].identifiers.wikidata: must be a Wikidata QID such as Q423`],
    'the format first',
  )
  const file2 = articleCopy((seed) => {
    seed.actors.find((a: any) => a.id === 'prk').identifiers.iso3 = 'KOR'
    seed.actors.find((a: any) => a.id === 'rus').identifiers.iso3 = 'XYZ'
    seed.actors.find((a: any) => a.id === 'eu').identifiers.iso3 = 'EUR'
  })
  const err2 = (await seedFiles(app.graph, [file2]).catch((e) => e)) as SeedError
  t.same(
    err2.issues.map((i) => `${i.path}: ${i.message}`),
    [
      `actors[${at('prk')}].identifiers.iso3: "KOR" disagrees with the state's id "prk" (expected "PRK")`,
      `actors[${at('rus')}].identifiers.iso3: "XYZ" is not an ISO 3166-1 alpha-3 code`,
      `actors[${at('eu')}].identifiers.iso3: only a state has an ISO 3166-1 code; "eu" is a bloc`,
    ],
  )
  t.same(await counts(app), before, 'nothing written')
})

t.test('a state a seed file names without identifiers still gets its code; a state the table lacks gets none', async (t) => {
  await wipe(app)
  await seedFiles(app.graph, [path.join(FIXTURES, 'second-source/border-trade-note.json')])
  t.same((await app.inject('/actors/chn')).json().identifiers, { iso3: 'CHN', wikidata: null })
  t.equal((await app.inject('/actors/PRK')).json().id, 'prk')
  t.equal((await app.inject("/relations?from=People's%20Republic%20of%20China&limit=1")).statusCode, 200)
  await articleGraph(app)
})
