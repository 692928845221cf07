// The country table comes from the world-countries package: these are facts of the world checked
// against it (independent values, typed here), and the property the name lookup relies on.
import t from 'tap'
import { COUNTRIES, countryByIso3, countryByName, namesOf } from '../src/model/countries.js'

t.test('every state of the world, with its ISO 3166-1 codes', async (t) => {
  t.ok(COUNTRIES.length >= 240, `${COUNTRIES.length} entries`)
  t.equal(countryByIso3('PRK')?.name, 'North Korea')
  t.equal(countryByIso3('prk')?.iso2, 'KP', 'any case')
  t.equal(countryByIso3('UKR')?.capitals[0], 'Kyiv')
  t.equal(countryByIso3('XYZ'), undefined)
  for (const c of COUNTRIES) t.match(c.iso3, /^[A-Z]{3}$/, `${c.name}: alpha-3`)
})

t.test('names, official names and alternative spellings resolve; codes and other scripts are not names', async (t) => {
  t.equal(countryByName('Russian Federation')?.iso3, 'RUS')
  t.equal(countryByName('republic of korea')?.iso3, 'KOR')
  t.equal(countryByName(" Democratic People's Republic of Korea ")?.iso3, 'PRK')
  t.equal(countryByName('DPRK')?.iso3, 'PRK')
  t.equal(countryByName('China')?.officialName, "People's Republic of China")
  t.equal(countryByName('KP'), undefined, 'a two-letter code is not a name')
  t.equal(countryByName('Pyongyang'), undefined, 'a capital is not the name of the state')
  t.notOk(countryByIso3('PRK')?.altSpellings.includes('북한'), 'Hangul left out')
  t.same(countryByIso3('CHN')?.demonyms, ['Chinese'])
  t.same(countryByIso3('CHN')?.capitals, ['Beijing'])
})

t.test('no two states share a name, so a name resolves to one state or none', async (t) => {
  const owner = new Map<string, string>()
  for (const c of COUNTRIES) {
    for (const n of namesOf(c)) {
      const key = n.toLowerCase()
      if (owner.has(key) && owner.get(key) !== c.iso3) t.fail(`"${n}" names ${owner.get(key)} and ${c.iso3}`)
      owner.set(key, c.iso3)
    }
  }
  t.pass(`${owner.size} names`)
})
