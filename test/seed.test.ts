// Seeding: idempotent, refuses broken files with file/path/reason leaving the graph intact, and a
// second source proves the format generalises (shared actors merge, claims stay with their source).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { collectIssues, SEED_DIR, seedFiles } from '../src/write/seed-files.js'
import { SeedError } from '../src/seed/validate-seed.js'
import { seedCommand } from '../src/write/seed-cli.js'
import { jobPort, testConfig } from './helpers/config.js'
import { counts, FIXTURES, seedArticle, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)

const ARTICLE = path.join(SEED_DIR, 'tekedia-putin-kim-pyongyang.json')
const SECOND = path.join(FIXTURES, 'second-source/border-trade-note.json')

/** A copy of the article's seed in a temp folder, changed by edit: for broken-file tests. */
function brokenCopy(edit: (seed: any) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-seed-'))
  cpSync(path.join(SEED_DIR, 'tekedia-putin-kim-pyongyang.txt'), path.join(dir, 'tekedia-putin-kim-pyongyang.txt'))
  const seed = JSON.parse(readFileSync(ARTICLE, 'utf8'))
  edit(seed)
  const file = path.join(dir, 'tekedia-putin-kim-pyongyang.json')
  writeFileSync(file, JSON.stringify(seed))
  return file
}

t.test('the first seed loads the article; a re-seed changes nothing', async (t) => {
  const [first] = await seedArticle(app)
  t.equal(first.status, 'loaded')
  t.ok(first.claims >= 40 && first.claims <= 60, `40-60 claims (${first.claims})`)
  t.ok(first.actors >= 15, `15+ actors (${first.actors})`)
  t.ok(first.relations >= 30, `30+ relations (${first.relations})`)
  const before = await counts(app)
  const version = (await app.inject('/ready')).json().graphVersion
  const [again] = await seedArticle(app)
  t.equal(again.status, 'unchanged')
  t.same(await counts(app), before, 'same node and relationship counts')
  t.equal((await app.inject('/ready')).json().graphVersion, version, 'graph version unchanged')
})

t.test('a changed file replaces what its source contributed, in one transaction', async (t) => {
  const before = await counts(app)
  const file = brokenCopy((seed) => {
    seed.claims[0].statement += ' (edited)'
  })
  const [report] = await seedFiles(app.graph, [file])
  t.equal(report.status, 'loaded')
  t.same(await counts(app), before, 'replaced, not duplicated')
  const claim = (await app.inject(`/claims/${JSON.parse(readFileSync(file, 'utf8')).claims[0].id}`)).json()
  t.match(claim.statement, /\(edited\)$/)
  await seedFiles(app.graph, [ARTICLE])
})

t.test('a made-up quote is refused, naming the file, the path and the reason; the graph is untouched', async (t) => {
  const before = await counts(app)
  const file = brokenCopy((seed) => {
    seed.claims[3].quote = 'Kim Jong Un promised to send troops to Brussels.'
  })
  const err = await seedFiles(app.graph, [file]).catch((e) => e)
  t.type(err, SeedError)
  t.same(err.issues, [
    { file: 'tekedia-putin-kim-pyongyang.json', path: 'claims[3].quote', message: 'quote does not occur verbatim in the source text' },
  ])
  t.same(await counts(app), before)
})

t.test('both validation passes collect only SeedErrors; any other error passes through unchanged', async (t) => {
  // No file can make readSeedFile throw anything but a SeedError (it wraps every failure of reading,
  // parsing and checking), so a bug in the checker is what this guards: a TypeError of its own must
  // surface as itself, not as "undefined is not iterable" from reading `.issues` off it.
  const issues: Array<{ file: string; path: string; message: string }> = []
  const bug = new TypeError("Cannot read properties of undefined (reading 'roles')")
  t.throws(() => collectIssues(bug, issues), bug)
  let thrown: unknown
  try {
    collectIssues(bug, issues)
  } catch (err) {
    thrown = err
  }
  t.equal(thrown, bug, 'the very same error object')
  t.same(issues, [], 'nothing collected from it')
  const issue = { file: 'a.json', path: 'claims[0].quote', message: 'quote does not occur verbatim in the source text' }
  collectIssues(new SeedError([issue]), issues)
  t.same(issues, [issue], "a SeedError's issues are collected")
})

t.test('schema and reference errors are all reported, with paths', async (t) => {
  const before = await counts(app)
  const bad = brokenCopy((seed) => {
    seed.relations[0].type = 'befriends'
    seed.claims[1].about = ['atlantis']
  })
  const err = await seedFiles(app.graph, [bad]).catch((e) => e)
  t.type(err, SeedError)
  t.match(err.issues, [{ path: 'relations[0].type', message: /Invalid option/ }])
  const refs = brokenCopy((seed) => {
    seed.claims[1].about = ['atlantis']
    seed.relations[2].claims = ['no-such-claim']
  })
  const err2 = await seedFiles(app.graph, [refs]).catch((e) => e)
  t.same(
    err2.issues.map((i: any) => `${i.path}: ${i.message}`),
    // A file's own references are checked first; actors are checked across all files once each file
    // is consistent in itself, so the unknown actor is reported on the next try.
    ['relations[2].claims[0]: unknown claim "no-such-claim"'],
  )
  t.same(await counts(app), before)
})

t.test('a second source: shared actors are one actor, claims stay separate and cite their own source', async (t) => {
  const [report] = await seedFiles(app.graph, [SECOND])
  t.equal(report.status, 'loaded')
  const china = (await app.inject('/actors?q=beijing')).json()
  t.equal(china.items.length, 1, 'one China')
  t.equal(china.items[0].id, 'chn')
  t.ok(china.items[0].aliases.includes('PRC'), 'aliases of both sources merged')
  const sources = (await app.inject('/sources')).json().items.map((s: any) => s.id)
  t.same(sources, ['border-trade-note', 'tekedia-putin-kim-pyongyang'])
  const claim = (await app.inject('/claims/prk-fertiliser-from-china')).json()
  t.equal(claim.sourceId, 'border-trade-note')
  t.equal(claim.assertedBy, 'yalu-institute')
  const fromArticle = (await app.inject('/claims?actor=chn&source=tekedia-putin-kim-pyongyang&limit=200')).json().items
  t.ok(fromArticle.length > 5)
  t.ok(fromArticle.every((c: any) => c.sourceId === 'tekedia-putin-kim-pyongyang'))
})

t.test(
  'duplicate ids, reversed validity, an unknown deal, a one-sided deal: each named by path; anonymous asserters need no actor',
  async (t) => {
    const before = await counts(app)
    const bad = brokenCopy((seed) => {
      seed.actors[1].id = seed.actors[0].id
      // Its ISO code would now disagree with its id: another issue, tested in identifiers.test.ts.
      delete seed.actors[1].identifiers
      seed.claims[0].assertedBy = 'author'
      const dated = seed.relations.findIndex((r: any) => r.deal === undefined)
      Object.assign(seed.relations[dated], { validFrom: '2024-06', validTo: '2023', dateBasis: 'stated' })
      // Half a window, and a window in order, are fine.
      const [openEnded, ordered] = seed.relations.filter((r: any, i: number) => i !== dated && !r.validFrom && !r.validTo)
      Object.assign(openEnded, { validFrom: '2023', dateBasis: 'stated' })
      Object.assign(ordered, { validFrom: '2020', validTo: '2021-03', dateBasis: 'background' })
      const sides = seed.relations.filter((r: any) => r.deal === seed.deals[0].id)
      for (const r of sides.slice(1)) r.deal = 'no-such-deal'
    })
    const article = JSON.parse(readFileSync(ARTICLE, 'utf8'))
    const dated = article.relations.findIndex((r: any) => r.deal === undefined)
    const otherSides = article.relations.flatMap((r: any, i: number) => (r.deal === article.deals[0].id ? [i] : [])).slice(1)
    const relationIssues = [
      ...otherSides.map((i: number) => [i, `relations[${i}].deal: unknown deal "no-such-deal"`]),
      [dated, `relations[${dated}].validTo: validTo is before validFrom`],
    ].sort((a, b) => a[0] - b[0])
    const err = await seedFiles(app.graph, [bad]).catch((e) => e)
    t.type(err, SeedError)
    t.ok(otherSides.length > 0)
    t.same(
      err.issues.map((i: any) => `${i.path}: ${i.message}`),
      [
        `actors[0].id: duplicate id "${article.actors[0].id}"`,
        `actors[1].id: duplicate id "${article.actors[0].id}"`,
        ...relationIssues.map(([, issue]) => issue),
        'deals[0]: a deal links at least two relations (its sides)',
      ],
    )
    t.same(await counts(app), before)
  },
)

t.test('npm run seed without files loads seed/; without NEO4J_URI it goes to the embedded port', async (t) => {
  const log = t.capture(console, 'log')
  const error = t.capture(console, 'error')
  t.equal(await seedCommand([], { NEO4J_URI: testConfig().NEO4J_URI, NEO4J_PASSWORD: 'ignored-when-auth-is-off' }), 0)
  t.match(
    log.args().map((a) => a.join(' ')),
    [/^tekedia-putin-kim-pyongyang\.json: (loaded|unchanged) \(16 actors, 60 claims, 62 relations\)$/, /^seeded 1 source\(s\)/],
  )
  t.equal(await seedCommand([], { NEO4J_LOCAL_PORT: String(jobPort(9)), NEO4J_CONNECT_TIMEOUT_MS: '300' }), 1)
  t.match(error.args().at(-1)?.[0], /^seed failed: /)
})

t.test('npm run seed: one line per source, exit 0; a broken file exits 1 and says the graph is unchanged', async (t) => {
  const lines: string[] = []
  const log = t.capture(console, 'log')
  const error = t.capture(console, 'error')
  const env = { NEO4J_URI: testConfig().NEO4J_URI }
  t.equal(await seedCommand([ARTICLE], env), 0)
  t.match(
    log.args().map((a) => a.join(' ')),
    [/tekedia-putin-kim-pyongyang\.json: unchanged/, /seeded 1 source\(s\) in \d+ ms/],
  )
  const bad = brokenCopy((seed) => {
    seed.claims[0].hedge = 'rumoured'
  })
  t.equal(await seedCommand([bad], env), 1)
  t.match(
    error.args()[0][0],
    /^seed refused; the graph is unchanged:\ntekedia-putin-kim-pyongyang\.json: claims\[0\]\.hedge: Invalid option/,
  )
  t.equal(await seedCommand([], { PORT: 'x' }), 2, 'bad configuration')
  lines.push(...error.args().map((a) => a.join(' ')))
  t.match(lines.at(-1), /Invalid PORT/)
})

t.test('a name that fits two actors is a 400 listing the candidates', async (t) => {
  const res = await app.inject('/paths?from=customs&to=prk')
  t.equal(res.statusCode, 400)
  t.match(res.json(), {
    status: 400,
    detail: 'from="customs" is ambiguous: it names 2 actors; use an id.',
    'invalid-params': [{ name: 'from', in: 'query', reason: 'ambiguous: matches several actors' }],
    candidates: [
      { id: 'dandong-customs', name: 'Dandong Customs' },
      { id: 'sinuiju-customs', name: 'Sinuiju Customs' },
    ],
  })
})
