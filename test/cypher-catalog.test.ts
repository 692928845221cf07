// The house rules of cypher/, checked on every file, and the catalog's fail-fast behaviour.
import { readdirSync, readFileSync } from 'node:fs'
import t from 'tap'
import { cypher, CYPHER_DIR, cypherNames } from '../src/db/cypher.js'

const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher'))

t.test('every statement: kebab-case file, a "// Returns:" first line, $camelCase parameters, one statement', async (t) => {
  t.ok(files.length >= 30)
  for (const file of files) {
    const text = readFileSync(`${CYPHER_DIR}/${file}`, 'utf8')
    t.match(file, /^[a-z0-9]+(-[a-z0-9]+)*\.cypher$/, file)
    t.match(text.split('\n')[0], /^\/\/ Returns: /, `${file} says what it returns`)
    for (const [, param] of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) t.match(param, /^[a-z][A-Za-z0-9]*$/, `${file}: $${param}`)
    const code = text.replace(/\/\/.*$/gm, '')
    t.notMatch(code.replace(/'[^']*'/g, ''), /;\s*\S/, `${file} holds one statement`)
  }
})

t.test('a missing statement fails at once, naming the file', async (t) => {
  t.throws(() => cypher('no-such-statement'), { message: 'cypher/no-such-statement.cypher is missing' })
})

t.test('path statements exist as fixed variants 1..6 with literal bounds', async (t) => {
  t.match(cypher('paths-strongest@3'), /\{1,3\}/)
  t.notMatch(cypher('paths-strongest@3'), /MAX_HOPS/)
  t.throws(() => cypher('paths-strongest@7'))
  t.same(cypherNames('schema-').length, files.filter((f) => f.startsWith('schema-')).length)
})
