// The merge rules of src/seed/merge-relations.ts on hand-written contributions (no database): which
// contribution names a relation, gives the weight, the basis and the start; the load order of files
// that name each other's actors; the reconciliation score of a name found only across two names.
import t from 'tap'
import { scoreOf } from '../src/reconcile/service.js'
import { definersFirst } from '../src/write/seed-files.js'
import { type Contribution, mergeContributions, relationKey } from '../src/seed/merge-relations.js'
import type { LoadedSeed } from '../src/seed/validate-seed.js'

const base: Contribution = {
  sourceId: 'a',
  publishedAt: '2024-06',
  id: 'a-rel',
  type: 'depends-on',
  from: 'x',
  to: 'y',
  claimIds: ['a1'],
  confidence: 0.9,
  weight: 0.5,
  dependencyKind: 'trade',
  share: null,
  bound: null,
  level: 'moderate',
  commodity: null,
  validFrom: null,
  validTo: null,
  knownFrom: '2024-06',
  periodNote: null,
  deal: null,
  basis: 'inferred',
  note: 'a reading',
  dateBasis: null,
}

t.test('the key: symmetric ends in either order are one key; kind and start tell relations apart', async (t) => {
  t.equal(relationKey({ ...base, type: 'met', from: 'y', to: 'x' }), relationKey({ ...base, type: 'met' }))
  t.not(relationKey({ ...base, from: 'y', to: 'x' }), relationKey(base), 'directed: other way round is another relation')
  t.not(relationKey({ ...base, validFrom: '2018' }), relationKey(base))
  t.not(relationKey({ ...base, dependencyKind: 'oil' }), relationKey(base))
})

t.test('precedence, weight, basis and start', async (t) => {
  const undated: Contribution = {
    ...base,
    sourceId: 'c',
    publishedAt: null,
    id: 'c-rel',
    confidence: 0.9,
    weight: 0.9,
    share: 0.9,
    bound: 'exact',
    level: null,
    basis: 'stated',
    note: null,
    knownFrom: '2023',
  }
  const later: Contribution = {
    ...base,
    sourceId: 'b',
    publishedAt: '2024-09',
    id: 'b-rel',
    confidence: 0.6,
    weight: 0.7,
    level: 'high',
    basis: 'background',
    knownFrom: '2024-09',
  }
  const m = mergeContributions([undated, later, base]).props
  t.same(m.sources, ['a', 'b', 'c'], 'by publication, undated last')
  t.equal(m.id, 'a-rel')
  t.same([m.weight, m.weightSourceId, m.share, m.level], [0.9, 'c', 0.9, null], 'a stated share beats levels')
  t.same([m.basis, m.note], ['stated', null], 'the strongest basis')
  t.equal(m.knownFrom, '2023', 'the earliest any source knows it from')
  const tie = mergeContributions([later, base]).props
  t.same([tie.weight, tie.weightSourceId], [0.5, 'a'], 'two levels: the more confident')
  const open = mergeContributions([{ ...base, knownFrom: null }, later]).props
  t.equal(open.knownFrom, null, 'open when the first source leaves the start open')
  const none = mergeContributions([{ ...base, weight: null, basis: null, level: null, dependencyKind: null, type: 'supports' }]).props
  t.same([none.weight, none.weightSourceId, none.basis], [null, null, null])
})

t.test('precedence among equals: the same date, or none, then the source id, in whatever order they come', async (t) => {
  const sameDay: Contribution = { ...base, sourceId: 'b', id: 'b-rel' }
  t.same(mergeContributions([sameDay, base]).props.sources, ['a', 'b'], 'one date: a before b')
  t.same(mergeContributions([base, sameDay]).props.sources, ['a', 'b'], 'given the other way round too')
  const undatedB: Contribution = { ...base, sourceId: 'b', id: 'b-rel', publishedAt: null }
  const undatedC: Contribution = { ...base, sourceId: 'c', id: 'c-rel', publishedAt: null }
  const two = mergeContributions([undatedC, undatedB]).props
  t.same([two.sources, two.id], [['b', 'c'], 'b-rel'], 'two undated: the lower source id names the relation')
  t.same(mergeContributions([base, undatedC, undatedB]).props.sources, ['a', 'b', 'c'], 'the dated one before both')
})

t.test('load order: definers first; files that need each other keep the given order', async (t) => {
  const file = (name: string, defines: string[], names: string[]) =>
    ({
      file: name,
      text: '',
      seed: {
        actors: defines.map((id) => ({ id, roles: [] })),
        claims: [{ about: names, assertedBy: 'author', contrastsWith: [] }],
        relations: [],
      },
    }) as unknown as LoadedSeed
  const a = file('a', ['x'], ['y'])
  const b = file('b', ['y'], ['y'])
  t.same(
    definersFirst([a, b]).map((f) => f.file),
    ['b', 'a'],
  )
  const c = file('c', ['z'], ['x'])
  const d = file('d', ['x'], ['z'])
  t.same(
    definersFirst([c, d]).map((f) => f.file),
    ['c', 'd'],
    'a cycle',
  )
})

t.test('reconciliation: a query found only across two names scores 1', async (t) => {
  t.equal(scoreOf('a|b', ['a', 'b'], false), 1)
  t.equal(scoreOf('korea', ['North Korea'], false), 40.9)
  t.equal(scoreOf('dprk', ['DPRK'], true), 100)
})
