// When an undated relation starts to count under asOf (docs/model.md, "Time"): hand-made cases.
import t from 'tap'
import { knownFrom } from '../src/model/known-from.js'

const when: Record<string, string | undefined> = { a: '2024-06', b: '2018', c: undefined, d: '2018-03-02', e: '2019' }
const whenOf = (id: string) => when[id]

t.test('a dated relation is known from its validFrom; one with only a validTo has an open start', async (t) => {
  t.equal(knownFrom({ validFrom: '2000', claims: ['a'] }, whenOf, '2024-06'), '2000')
  t.equal(knownFrom({ validFrom: '2022-02', validTo: '2023', claims: ['a'] }, whenOf, '2024-06'), '2022-02')
  t.equal(knownFrom({ validTo: '2017', claims: ['a'] }, whenOf, '2024-06'), null)
})

t.test('an undated one from the earliest time its claims refer to, whatever their order and precision', async (t) => {
  t.equal(knownFrom({ claims: ['a', 'b'] }, whenOf, '2024-06'), '2018')
  t.equal(knownFrom({ claims: ['b', 'a'] }, whenOf, '2024-06'), '2018')
  t.equal(knownFrom({ claims: ['c', 'e', 'd'] }, whenOf, '2024-06'), '2018-03-02', 'a day of 2018 before all of 2019')
  t.equal(knownFrom({ claims: ['b', 'd'] }, whenOf, '2024-06'), '2018', '2018 starts on 1 January, before 2 March')
})

t.test('else from its source’s publication date, else open', async (t) => {
  t.equal(knownFrom({ claims: ['c'] }, whenOf, '2024-06'), '2024-06')
  t.equal(knownFrom({ claims: ['c'] }, whenOf, undefined), null)
})
