// People the CAMEO actor dictionary knows (src/draft/known-people.ts, tools/build-people.ts): a person the
// text names without an office is read as their state, as an inferred reading that names the dictionary,
// on the text's date and never past the day the dictionary was made. Expected values written by hand from
// the dictionary's own lines (openeventdata/petrarch2, Phoenix.Countries.actors.txt).
import t from 'tap'
import type { Draft } from '../src/draft/extractor.js'
import { FILED_ON, personBySurname, personNamed } from '../src/draft/known-people.js'
import { RuleExtractor } from '../src/draft/rule-extractor.js'
import { dayOf, parsePeople } from '../tools/build-people.js'

const extractor = new RuleExtractor()
const rel = (d: Draft) => d.seed.relations.map((r) => `${r.from} ${r.type} ${r.to}`).sort()

t.test('the dictionary parser: heads, other spellings, dated roles in the government or the military', async (t) => {
  t.equal(dayOf('460101'), '1946-01-01')
  t.equal(dayOf('011222'), '2001-12-22')
  t.equal(dayOf('19290101'), '1929-01-01')
  const text = [
    '# a comment',
    'AFGHANISTAN_  [AFG]',
    '+AFGHAN_',
    'RONALD_REAGAN_  # CountryInfo.txt',
    '+PRESIDENT_REAGAN',
    '\t[USAELI 19290101-810120]',
    '\t[USAGOV 810120-890120]',
    'XI_JINPING',
    '\t[CHNGOV >20121115]',
    'SOMEONE_ELSE_',
    '\t[AFGGOVJUD <061001]',
    '\t[XYZGOV 010101-020101]',
    'NOBODY_IN_OFFICE_',
    '\t[USAELI]',
    'KNESSET_',
    '\t[ISRGOV]',
    "SUDAN_PEOPLE'S_LIBERATION_ARMY_",
    '\t[SDNMIL 830101-050109]',
    '',
  ].join('\n')
  t.same(parsePeople(text), [
    ['RONALD REAGAN', ['PRESIDENT REAGAN'], [['usa', '1981-01-20', '1989-01-20']]],
    ['XI JINPING', [], [['chn', '2012-11-15', null]]],
    // A code of no state of the country table is dropped; a bare country entry and an elite are no role;
    // a body (undated, or named as one) is no person.
    ['SOMEONE ELSE', [], [['afg', null, '2006-10-01']]],
  ])
})

t.test('lookups: by full name or another spelling, by surname, on a date, never past the day it was made', async (t) => {
  t.equal(FILED_ON, '2014-01-30')
  t.match(personNamed('Yasser Arafat'), { filedAs: 'YASIR ARAFAT', state: 'pse', from: '1994-07-05', to: '2004-11-11' })
  t.match(personNamed('Ariel Sharon', '2002-05-01'), { state: 'isr' })
  // Arafat led the PLO before 1994, which the dictionary files as an elite, no government.
  t.equal(personNamed('Yasser Arafat', '1990-01-01'), undefined)
  t.match(personBySurname('Putin', '2005-01-01'), { filedAs: 'VLADIMIR PUTIN', state: 'rus' })
  // An open role is attested to the day the dictionary was made, not to a text of 2024.
  t.equal(personBySurname('Putin', '2024-06-19'), undefined)
  // "Bush": a Bush of the Cayman Islands too; the one member of the United Nations is the state.
  t.match(personBySurname('Bush'), { state: 'usa' })
  t.equal(personBySurname('Brown'), undefined, 'Browns in several states: none')
  t.equal(personNamed('Golan Heights'), undefined, 'a place the file lists under a person is no spelling of them')
  t.equal(personNamed('Nobody Known Here'), undefined)
})

t.test('a person the text names alone is read as their state, the dictionary named in the note', async (t) => {
  const d = await extractor.draft({ text: 'Reagan said Japan violated the 1986 pact.' })
  t.same(rel(d), ['reagan accuses jpn', 'usa accuses jpn'])
  const lifted = d.seed.relations.find((r) => r.from === 'usa') as Draft['seed']['relations'][number]
  t.equal(lifted.basis, 'inferred')
  t.equal(
    lifted.note,
    "the CAMEO actor dictionary files Reagan as RONALD REAGAN, in the government or the military of United States from 1981-01-20 to 1989-01-20: the act is read as the state's",
  )
  t.same(rel(await extractor.draft({ text: 'Mr Arafat condemned Israel.' })), ['arafat disapproves-of isr', 'pse disapproves-of isr'])
  t.same(rel(await extractor.draft({ text: 'Yasser Arafat condemned Israel.' })), [
    'pse disapproves-of isr',
    'yasser-arafat disapproves-of isr',
  ])
  // On the text's date: Putin's role is past the dictionary's day in 2024 (the surname alone then names no
  // one the draft knows, as before), within it in 2005.
  t.same(rel(await extractor.draft({ text: 'Putin condemned Ukraine.', publishedAt: '2024-06-19' })), [])
  t.same(rel(await extractor.draft({ text: 'Putin condemned Ukraine.', publishedAt: '2005-03-01' })), [
    'putin disapproves-of ukr',
    'rus disapproves-of ukr',
  ])
  // A "former" president acts for no state; the text's office comes before the dictionary's.
  t.same(rel(await extractor.draft({ text: 'Former President Reagan condemned Japan.' })), ['reagan disapproves-of jpn'])
  t.same(rel(await extractor.draft({ text: 'Canadian envoy Bush condemned Japan.' })), [
    'bush disapproves-of jpn',
    'can disapproves-of jpn',
  ])
  // A surname that ends the text, with no verb after it, is no one the draft knows.
  t.same(rel(await extractor.draft({ text: 'Japan was condemned by Reagan' })), [])
})

t.test('a surname alone is no person when it names a people, sits in a name, or belongs to a full name of the text', async (t) => {
  const pashtun = await extractor.draft({ text: 'Pashtun tribal leaders condemned Pakistan.' })
  t.notOk(
    pashtun.seed.actors.some((a) => a.id === 'pashtun'),
    'a people',
  )
  // "Putin" before "Vladimir Putin": a short form never names one introduced later, nor a second actor.
  const both = await extractor.draft({ text: 'Putin arrived. Vladimir Putin condemned Ukraine.' })
  t.same(both.seed.actors.map((a) => a.id).sort(), ['rus', 'ukr', 'vladimir-putin'])
})
