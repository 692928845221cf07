// The source the bench's write scenario puts and deletes (bench/write-source.ts) is one the API takes:
// the seed checker, the very one PUT /sources/{id} answers 422 with, finds nothing wrong in it.
import t from 'tap'
import { generatedSource, WRITE_RELATIONS, WRITE_SOURCE_ID } from '../bench/write-source.js'
import { checkSeedDocument } from '../src/seed/validate-seed.js'

// Actor ids as the synthetic graph names them, a dozen of them, as the bench's picked parameters give.
const ACTORS = Array.from({ length: 12 }, (_, i) => `actor-${i * 37}`)

t.test('50 relations between distinct pairs of known actors, each on a claim quoting its text verbatim', async (t) => {
  const doc = generatedSource([...ACTORS, ...ACTORS.slice(0, 3)])
  const loaded = await checkSeedDocument(doc, 'bench.json', new Set(ACTORS))
  t.equal(loaded.seed.source.id, WRITE_SOURCE_ID)
  t.equal(loaded.seed.relations.length, WRITE_RELATIONS)
  t.equal(WRITE_RELATIONS, 50)
  const pairs = loaded.seed.relations.map((r) => `${r.from}>${r.to}`)
  t.equal(new Set(pairs).size, 50, 'no pair twice')
  t.ok(
    loaded.seed.relations.every((r) => r.from !== r.to && ACTORS.includes(r.from) && ACTORS.includes(r.to)),
    'every relation joins two different actors of the graph',
  )
  for (const c of loaded.seed.claims) t.ok(loaded.text.includes(c.quote), `${c.id}: its quote is in the text`)
  t.same(loaded.seed.relations[0], {
    id: `${WRITE_SOURCE_ID}-rel-1`,
    type: 'supports',
    from: 'actor-0',
    to: 'actor-37',
    claims: [`${WRITE_SOURCE_ID}-claim-1`],
    basis: 'stated',
  })
  t.equal(loaded.seed.claims[0].quote, 'Bench note 1: actor-0 publicly supports actor-37.')
  t.same(generatedSource(ACTORS), doc, 'the same actors, the same document')
})

t.test('too few actors for as many distinct relations: said, not a document the checker would refuse', async (t) => {
  t.throws(() => generatedSource(['a-1', 'a-2', 'a-3']), { message: '50 distinct relations need more actors than 3' })
  t.equal(generatedSource(['a-1', 'a-2', 'a-3'], 6).relations.length, 6, 'three actors make six ordered pairs')
})
