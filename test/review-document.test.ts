// The review room's document and checks (explorer/src/review/document.ts, checks.ts, model.ts) in Node,
// against the seed checker itself (src/seed/validate-seed.ts): what a review sends passes the checker
// when the page finds nothing, and for each broken review the page flags exactly the items the checker
// names. The draft below is written by hand, with its offsets counted from TEXT.
import t from 'tap'
import { findings } from '../explorer/src/review/checks.js'
import { buildDocument } from '../explorer/src/review/document.js'
import { actorName, freshId, looseClaims, newState, type Relation, type ReviewState, type Seed } from '../explorer/src/review/model.js'
import { checkSeedDocument, SeedError } from '../src/seed/validate-seed.js'

const TEXT =
  'Wire\n\nWladimir Putin met Kim Jong Un. Iran supplies drones to Russia. Norway did not sell arms to Iran. Russia and Iran signed a swap.\n'
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length })
const claim = (id: string, quote: string, about: string[]) => ({
  id,
  statement: quote,
  quote,
  assertedBy: 'author',
  hedge: 'asserted' as const,
  about,
  contrastsWith: [],
  at: span(quote),
})

function draft(): Seed {
  return {
    format: 'entente-seed/1',
    source: { id: 'wire', title: 'Wire', publisher: 'Example', reportsOn: { event: 'Wire' }, language: 'en', text: TEXT },
    weights: {},
    actors: [
      { id: 'wladimir-putin', name: 'Wladimir Putin', kind: 'person', aliases: [], roles: [{ title: 'President', of: 'rus' }] },
      { id: 'kim-jong-un', name: 'Kim Jong Un', kind: 'person', aliases: [], roles: [] },
      { id: 'irn', name: 'Iran', kind: 'state', aliases: [], roles: [] },
      { id: 'rus', name: 'Russia', kind: 'state', aliases: [], roles: [] },
      { id: 'nor', name: 'Norway', kind: 'state', aliases: [], roles: [] },
    ],
    claims: [
      claim('c-met', 'Wladimir Putin met Kim Jong Un', ['wladimir-putin', 'kim-jong-un']),
      claim('c-drones', 'Iran supplies drones to Russia', ['irn', 'rus']),
      claim('c-denied', 'Norway did not sell arms to Iran', ['nor', 'irn']),
      claim('c-swap', 'Russia and Iran signed a swap', ['rus', 'irn']),
    ],
    relations: [
      { id: 'r-met', type: 'met', from: 'wladimir-putin', to: 'kim-jong-un', claims: ['c-met'], basis: 'stated' },
      { id: 'r-drones', type: 'supplies', from: 'irn', to: 'rus', claims: ['c-drones'], basis: 'stated', deal: 'd-swap' },
      { id: 'r-swap', type: 'supplies', from: 'rus', to: 'irn', claims: ['c-swap'], basis: 'stated', deal: 'd-swap' },
    ],
    deals: [{ id: 'd-swap', label: 'drones for something', claims: ['c-swap'] }],
  }
}

/** The item ids the seed checker names for the document a review sends (none when it passes). */
async function checkerItems(s: ReviewState, known: string[] = []): Promise<string[]> {
  const built = buildDocument(s)
  try {
    await checkSeedDocument(JSON.parse(JSON.stringify(built.doc)), 'wire', new Set(known))
    return []
  } catch (err) {
    if (!(err instanceof SeedError)) throw err
    return [...new Set(err.issues.map((i) => built.itemOf(i.path) ?? i.path))].sort()
  }
}
const pageItems = (s: ReviewState) => [...findings(s, buildDocument(s)).keys()].sort()

t.test('a review with no decision sends the draft as it is, and both checkers pass it', async (t) => {
  const s = newState(draft())
  t.same(buildDocument(s).doc, draft())
  t.same(pageItems(s), [])
  t.same(await checkerItems(s), [])
  t.same(
    looseClaims(s).map((c) => c.id),
    ['c-denied'],
    'the denial is a claim no relation cites',
  )
})

t.test('rejected items are not sent; what only they named goes with them; a deal with one side left goes', async (t) => {
  const s = newState(draft())
  s.decisions['r-drones'] = 'rejected'
  s.decisions['c-denied'] = 'rejected'
  const { doc, itemOf } = buildDocument(s)
  t.same(
    doc.relations.map((r) => r.id),
    ['r-met', 'r-swap'],
  )
  t.same(doc.relations.find((r) => r.id === 'r-swap')?.deal, undefined, 'the remaining side stands alone')
  t.same(doc.deals, [])
  t.same(
    doc.claims.map((c) => c.id),
    ['c-met', 'c-swap'],
  )
  t.same(
    doc.actors.map((a) => a.id),
    ['wladimir-putin', 'kim-jong-un', 'irn', 'rus'],
    'Norway, named only by the rejected denial, is not sent',
  )
  t.equal(itemOf('relations[1].from'), 'r-swap')
  t.equal(itemOf('claims[0].quote'), 'c-met')
  t.equal(itemOf('source.id'), null)
  t.equal(itemOf('relations[9]'), null)
  t.same(await checkerItems(s), [])
  t.same(pageItems(s), [])
  // A kept deal keeps its sides and its claims.
  const whole = buildDocument(newState(draft())).doc
  t.same(
    whole.deals.map((d) => d.id),
    ['d-swap'],
  )
})

t.test('a drafted actor merged into a graph actor: everything names the graph actor, the drafted one is not sent', async (t) => {
  const s = newState(draft())
  s.merges['wladimir-putin'] = 'vladimir-putin'
  s.graphActors['vladimir-putin'] = 'Vladimir Putin'
  const { doc } = buildDocument(s)
  t.same(doc.relations[0], { id: 'r-met', type: 'met', from: 'vladimir-putin', to: 'kim-jong-un', claims: ['c-met'], basis: 'stated' })
  t.same(doc.claims[0].about, ['vladimir-putin', 'kim-jong-un'])
  t.notOk(
    doc.actors.some((a) => a.id === 'wladimir-putin'),
    'the drafted actor is gone',
  )
  t.same(pageItems(s), [])
  t.same(await checkerItems(s, ['vladimir-putin']), [], 'the checker passes it when the graph holds the actor')
  t.same(await checkerItems(s), ['c-met', 'r-met'], 'and names its items when the graph does not')
  delete s.graphActors['vladimir-putin']
  t.same(pageItems(s), ['c-met', 'r-met'], 'as the page does for an actor it has not found in the graph')
  t.equal(actorName(s, 'vladimir-putin'), 'vladimir-putin')
  t.equal(actorName(s, 'irn'), 'Iran')
  s.graphActors.prk = 'North Korea'
  t.equal(actorName(s, 'prk'), 'North Korea')
})

t.test('an actor named only through a role is kept; roles follow merges', async (t) => {
  const seed = draft()
  seed.relations = seed.relations.filter((r) => r.id === 'r-met')
  seed.claims = seed.claims.filter((c) => c.id === 'c-met')
  seed.deals = []
  const s = newState(seed)
  t.same(
    buildDocument(s).doc.actors.map((a) => a.id),
    ['wladimir-putin', 'kim-jong-un', 'rus'],
    'Russia stays: Putin holds a role in it',
  )
  s.merges.rus = 'rus-graph'
  s.graphActors['rus-graph'] = 'Russia'
  t.same(buildDocument(s).doc.actors[0].roles, [{ title: 'President', of: 'rus-graph' }])
  t.same(await checkerItems(s, ['rus-graph']), [])
})

// Each broken review: the page flags exactly the items the seed checker names.
const broken: Array<[string, (s: ReviewState) => void]> = [
  [
    'an inferred relation without a note',
    (s) => {
      s.seed.relations[0].basis = 'inferred'
    },
  ],
  [
    'a relation from an actor to itself',
    (s) => {
      s.seed.relations[0].to = 'wladimir-putin'
    },
  ],
  [
    'an end no one knows',
    (s) => {
      s.seed.relations[0].to = 'nobody'
    },
  ],
  [
    'a claim about an actor no one knows, asserted by another',
    (s) => {
      s.seed.claims[0].about.push('ghost')
      s.seed.claims[1].assertedBy = 'phantom'
    },
  ],
  [
    'a quote not in the text',
    (s) => {
      s.seed.claims[0].quote = 'Putin met nobody'
    },
  ],
  [
    'offsets that are not the quote',
    (s) => {
      s.seed.claims[1].at = { start: 0, end: 4 }
    },
  ],
  [
    'a depends-on without a dependency',
    (s) => {
      s.seed.relations[1].type = 'depends-on'
    },
  ],
  [
    'the same relation twice (a symmetric type, ends swapped)',
    (s) => {
      s.seed.relations[1] = { ...s.seed.relations[1], type: 'met', from: 'kim-jong-un', to: 'wladimir-putin' }
    },
  ],
  [
    'a relation whose only claim is gone',
    (s) => {
      s.seed.relations[0].claims = ['c-denied']
      s.decisions['c-denied'] = 'rejected'
      s.seed.relations[2].claims = []
    },
  ],
  [
    'a statement over 500 characters, a quote over 1,000',
    (s) => {
      s.seed.claims[0].statement = 'x'.repeat(501)
      s.seed.claims[1].quote = 'y'.repeat(1001)
    },
  ],
]
for (const [name, breakIt] of broken) {
  t.test(`the page and the checker agree: ${name}`, async (t) => {
    const s = newState(draft())
    breakIt(s)
    const page = pageItems(s)
    t.ok(page.length > 0, `the page flags it (${page.join(', ')})`)
    t.same(page, await checkerItems(s))
  })
}

t.test('one type between the same ends: a different dependency kind or commodity is another relation, the same is one twice', async (t) => {
  // Iran's two relations to Russia, each on its own claim, outside any deal.
  const pair = (a: Partial<Relation>, b: Partial<Relation>) => {
    const s = newState(draft())
    s.seed.deals = []
    s.seed.relations[1] = { id: 'r-drones', type: 'supplies', from: 'irn', to: 'rus', claims: ['c-drones'], basis: 'stated', ...a }
    s.seed.relations[2] = { id: 'r-swap', type: 'supplies', from: 'irn', to: 'rus', claims: ['c-swap'], basis: 'stated', ...b }
    return s
  }
  const dependsOn = (kind: 'ammunition' | 'oil') => ({ type: 'depends-on' as const, dependency: { kind, level: 'high' as const } })
  const twice = 'states the same relation as r-drones; reject one of them'
  for (const [name, s, want] of [
    ['two kinds of dependency', pair(dependsOn('ammunition'), dependsOn('oil')), []],
    ['one kind twice', pair(dependsOn('ammunition'), dependsOn('ammunition')), ['r-swap']],
    ['two commodities', pair({ commodity: 'drones' }, { commodity: 'shells' }), []],
    ['one commodity twice', pair({ commodity: 'drones' }, { commodity: 'drones' }), ['r-swap']],
  ] as const) {
    t.same(pageItems(s), want, `the page: ${name}`)
    t.same(await checkerItems(s), want, `the checker: ${name}`)
    if (want.length) t.same(findings(s, buildDocument(s)).get('r-swap'), [twice])
  }
})

t.test('an inferred relation with a note passes; a note of blanks says no reading, and the page flags it', async (t) => {
  const s = newState(draft())
  s.seed.relations[0].basis = 'inferred'
  s.seed.relations[0].note = 'a meeting read from the photographs'
  t.same(pageItems(s), [])
  t.same(await checkerItems(s), [])
  s.seed.relations[0].note = '   '
  t.same(findings(s, buildDocument(s)).get('r-met'), ['an inferred relation needs a note saying the reading'])
})

t.test('fresh ids are kebab-case, at most 80 characters, and new', async (t) => {
  t.equal(freshId('Wire: Belarus hosts — troops!', new Set()), 'wire-belarus-hosts-troops')
  t.equal(freshId('a b', new Set(['a-b', 'a-b-2'])), 'a-b-3')
  t.equal(freshId('“”', new Set()), 'item')
  const long = freshId('x'.repeat(200), new Set())
  t.ok(long.length <= 80 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(long))
})
