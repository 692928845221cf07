// Each piece of evidence counts once (dependency-chains 1.2), through the API against the real Neo4j:
// the article seeded again with relations that repeat evidence already counted for their pair leaves
// every pair's influence and the ranking as they were; a second source's claim of its own still adds.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import t from 'tap'
import { SEED_DIR, seedFiles, seedFilesIn } from '../src/write/seed-files.js'
import { seedArticle, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
const dir = mkdtempSync(path.join(tmpdir(), 'entente-evidence-'))
t.teardown(async () => {
  rmSync(dir, { recursive: true, force: true })
  await app.close()
})
await wipe(app)
await seedArticle(app)

const get = async (url: string) => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}
// A pair has influence only through depends-on relations, so every other pair is 0 before and after:
// the pairs asked are those of the actors on some depends-on relation (the added ones included).
const actors = ['chn', 'prk', 'rus']
const onDependencies = new Set((await get('/relations?type=depends-on&limit=200')).items.flatMap((r: any) => [r.from, r.to] as string[]))

/** Every ordered pair's score and chain count, and the default ranking (of every actor). */
async function everything() {
  const pairs: Record<string, { score: number; chainCount: number; channelCount: number }> = {}
  for (const from of actors)
    for (const to of actors) {
      if (from === to) continue
      const b = await get(`/influence?from=${from}&to=${to}`)
      pairs[`${from} over ${to}`] = { score: b.score, chainCount: b.chainCount, channelCount: b.channelCount }
    }
  const ranking = (await get('/influence/ranking?limit=200')).items.map((i: any) => [i.actor.id, i.score, i.reach])
  return { pairs, ranking }
}

const before = await everything()
t.same([...onDependencies].sort(), actors, 'the article’s dependencies are among China, North Korea and Russia')

t.test('relations citing only claims already counted for their pair change no score', async (t) => {
  const file = 'tekedia-putin-kim-pyongyang.json'
  const seed = JSON.parse(readFileSync(path.join(SEED_DIR, file), 'utf8'))
  seed.relations.push(
    // "a crucial buyer of Russian oil and gas" again, as a second kind: the energy exports' own claim
    {
      id: 'rus-depends-on-chn-oil-gas-buyer',
      type: 'depends-on',
      from: 'rus',
      to: 'chn',
      claims: ['china-crucial-buyer-russian-oil-gas'],
      basis: 'stated',
      dependency: { kind: 'oil', level: 'high' },
    },
    // North Korea's dependency on China's "influence", split off as a kind of its own, on "crucial for
    // both nations … trade and influence" and "indispensable": claims its trade and lifeline dependencies
    // cite, no stronger than either
    {
      id: 'prk-depends-on-chn-trade-influence',
      type: 'depends-on',
      from: 'prk',
      to: 'chn',
      claims: ['china-crucial-trade-influence', 'beijing-clout-indispensable'],
      basis: 'stated',
      dependency: { kind: 'political-support', level: 'moderate' },
    },
  )
  writeFileSync(path.join(dir, file), JSON.stringify(seed))
  copyFileSync(path.join(SEED_DIR, seed.source.textFile), path.join(dir, seed.source.textFile))
  await seedFiles(app.graph, await seedFilesIn(dir))
  const after = await everything()
  const changed = Object.keys(before.pairs).filter((k) => after.pairs[k].score !== before.pairs[k].score)
  t.same(changed, [], 'every pair’s score as before')
  t.same(after.ranking, before.ranking, 'the ranking as before')
  // the relations are there and walked: China over Russia gains the direct chain and the one through
  // North Korea's new dependency; China over North Korea the direct one and two through Russia's (from
  // its cash and its oil dependencies). More chains, the same channels.
  t.match(after.pairs['chn over rus'], {
    chainCount: before.pairs['chn over rus'].chainCount + 2,
    channelCount: before.pairs['chn over rus'].channelCount,
  })
  t.match(after.pairs['chn over prk'], {
    chainCount: before.pairs['chn over prk'].chainCount + 3,
    channelCount: before.pairs['chn over prk'].channelCount,
  })
})

t.test('a second source’s own claim raises the score', async (t) => {
  // A second source with a dependency of its own kind (the same kind would merge into the article's
  // relation, docs/model.md "More than one source"): "North Korea buys most of its crude oil from China,
  // analysts believe": moderate .5 x likely .7 = .35, a claim no other relation cites, a channel of its
  // own. China over North Korea: 1 - (1 - .85275)(1 - .35) = 1 - .14725 x .65 = .9042875
  const second = path.join(dir, 'second')
  mkdirSync(second)
  const quote = 'Analysts believe North Korea buys most of its crude oil from China.'
  writeFileSync(path.join(second, 'crude-note.txt'), `Crude Note\n\n${quote}\n`)
  const seed = {
    format: 'entente-seed/1',
    source: {
      id: 'crude-note',
      title: 'Crude Note',
      publisher: 'entente tests',
      publishedAt: '2024-08',
      reportsOn: { event: 'North Korea’s oil imports', date: '2024-08' },
      textFile: 'crude-note.txt',
    },
    actors: [
      { id: 'chn', name: 'China', kind: 'state' },
      { id: 'prk', name: 'North Korea', kind: 'state' },
    ],
    claims: [
      {
        id: 'crude-prk-oil-from-china',
        statement: 'North Korea buys most of its crude oil from China, analysts believe.',
        quote,
        assertedBy: 'author',
        hedge: 'likely',
        about: ['prk', 'chn'],
      },
    ],
    relations: [
      {
        id: 'crude-prk-depends-on-chn-oil',
        type: 'depends-on',
        from: 'prk',
        to: 'chn',
        claims: ['crude-prk-oil-from-china'],
        basis: 'stated',
        dependency: { kind: 'oil', level: 'moderate' },
      },
    ],
  }
  writeFileSync(path.join(second, 'crude-note.json'), JSON.stringify(seed))
  await seedFiles(app.graph, await seedFilesIn(second))
  const b = await get('/influence?from=chn&to=prk')
  t.ok(Math.abs(b.score - 0.9042875) < 1e-6, `China over North Korea rises to ${b.score}`)
  t.equal(b.channelCount, before.pairs['chn over prk'].channelCount + 1, 'one channel more')
  t.ok(b.score > before.pairs['chn over prk'].score)
})
