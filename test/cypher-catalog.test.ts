// The house rules of the .cypher files, checked on every one; the typed lists kept in step with the
// folders; and the catalog's fail-at-start behaviour.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { CATALOG, Catalog, CYPHER_DIR, hopVariant, knownVariant } from '../src/db/cypher.js'
import { ROOT } from '../src/local-neo4j.js'
import { MAX_HOPS } from '../src/model/hops.js'
import { STATEMENT_LISTS, statementList } from '../tools/write-statements.js'

const SYNTHETIC_DIR = path.join(ROOT, 'tools/synthetic/cypher')
const cypherFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cypher'))

t.test('every statement: kebab-case file, a "// Returns:" first line, $camelCase parameters, one statement', async (t) => {
  const files = [
    ...cypherFiles(CYPHER_DIR).map((f) => path.join(CYPHER_DIR, f)),
    ...cypherFiles(SYNTHETIC_DIR).map((f) => path.join(SYNTHETIC_DIR, f)),
  ]
  t.ok(files.length >= 50)
  for (const file of files) {
    const name = path.relative(ROOT, file)
    const text = readFileSync(file, 'utf8')
    t.match(path.basename(file), /^[a-z0-9]+(-[a-z0-9]+)*\.cypher$/, name)
    t.match(text.split('\n')[0], /^\/\/ Returns: /, `${name} says what it returns`)
    for (const [, param] of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) t.match(param, /^[a-z][A-Za-z0-9]*$/, `${name}: $${param}`)
    const code = text.replace(/\/\/.*$/gm, '')
    t.notMatch(code.replace(/'[^']*'/g, ''), /;\s*\S/, `${name} holds one statement`)
  }
})

t.test('the typed statement lists are what `npm run cypher` generates from the folders', async (t) => {
  for (const { module, dir } of STATEMENT_LISTS) {
    t.equal(readFileSync(path.join(ROOT, module), 'utf8'), statementList(dir), `${module} lists ${dir}/ (run \`npm run cypher\`)`)
  }
})

t.test('the service catalog holds cypher/ and nothing of the synthetic loader', async (t) => {
  const names = cypherFiles(CYPHER_DIR).map((f) => f.slice(0, -'.cypher'.length))
  for (const name of names) {
    const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    if (text.includes('MAX_HOPS')) t.equal(CATALOG.names(`${name}@`).length, MAX_HOPS, `${name}: ${MAX_HOPS} hop variants`)
    else t.equal(CATALOG.names(name)[0], name, `${name} is in the catalog`)
  }
  t.same(CATALOG.names('synthetic-'), [], 'no synthetic-* statement loads into the server')
  t.notOk(names.includes('claims-by-ids'), 'the unused claims-by-ids statement is gone')
  t.same(CATALOG.names('schema-'), names.filter((n) => n.startsWith('schema-')).sort())
  // @ts-expect-error -- a statement name that does not exist is a compile error (tsc checks tests)
  t.throws(() => CATALOG.text('actor-by-idd'), { message: 'no statement actor-by-idd (hop variants go from 1 to 6)' })
})

t.test('hop statements exist as fixed variants 1..MAX_HOPS with literal bounds', async (t) => {
  t.match(CATALOG.text('paths-find@4'), /\{1,4\}/)
  t.notMatch(CATALOG.text('paths-find@4'), /MAX_HOPS/)
  t.match(CATALOG.text(`paths-find@${MAX_HOPS}`), new RegExp(`\\{1,${MAX_HOPS}\\}`))
  t.throws(() => CATALOG.text(`paths-find@${MAX_HOPS + 1}`), { message: /no statement paths-find@7/ })
  // the parts marked `// hops >= K` are only in the variants of K hops or more
  t.notMatch(CATALOG.text('paths-find@3'), /SHORTEST 1 \(|\{3\}|^\s*\/\/ (hops >= \d|end hops)$/m)
  t.match(CATALOG.text('paths-find@4'), /SHORTEST 1/)
  t.match(CATALOG.text('paths-find@6'), /\{3\}/)
})

t.test('a hop variant leaves out the parts marked for more hops than it has', async (t) => {
  const text = 'A\n  // hops >= 2\nB MAX_HOPS\n  // end hops\nC\n// hops >= 3\nD\n// end hops\nE MAX_HOPS\n'
  t.equal(hopVariant(text, 1), 'A\nC\nE 1\n')
  t.equal(hopVariant(text, 2), 'A\nB 2\nC\nE 2\n')
  t.equal(hopVariant(text, 3), 'A\nB 3\nC\nD\nE 3\n')
})

t.test('the catalog reads every listed file when it loads: a missing one fails start-up, naming the file', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-cypher-'))
  writeFileSync(path.join(dir, 'present.cypher'), '// Returns: 1\nRETURN 1')
  writeFileSync(path.join(dir, 'walks.cypher'), '// Returns: paths\nMATCH p = ()-[]->{1,MAX_HOPS}() RETURN p')
  const loaded = Catalog.load(dir, ['present'], ['walks'])
  t.equal(loaded.text('present'), '// Returns: 1\nRETURN 1')
  t.match(loaded.text('walks@2'), /\{1,2\}/)
  t.throws(() => Catalog.load(dir, ['present', 'absent'], []), { message: /absent\.cypher is missing \(run `npm run cypher`\)/ })
  t.throws(() => Catalog.load(dir, ['walks'], []), { message: /walks\.cypher writes MAX_HOPS but is not listed as a hop statement/ })
})

t.test('a known-at variant uncomments its //+known parts and reads the history layer instead of the graph', async (t) => {
  const text = [
    '// Returns: r',
    'MATCH (a:Actor)-[r:RELATION]->(b:Actor), (c:Claim), (k:ActorKey)',
    "WHERE r.type = 'x' //+known AND RECORDED(r)",
    '//+known AND KNOWN_ACTOR(a)',
    'RETURN r',
  ].join('\n')
  t.equal(
    knownVariant(text),
    [
      '// Returns: r',
      'MATCH (a:KnownActor)-[r:KNOWN_RELATION]->(b:KnownActor), (c:KnownClaim), (k:ActorKey)',
      "WHERE r.type = 'x' AND (r.recordedFrom <= $knownAt AND (r.recordedUntil IS NULL OR r.recordedUntil > $knownAt))",
      'AND (EXISTS { (knownVersion:SourceVersion)-[:VERSION_MENTIONS]->(a) WHERE knownVersion.knownFrom <= $knownAt AND ' +
        '(knownVersion.knownUntil IS NULL OR knownVersion.knownUntil > $knownAt) } OR ' +
        'EXISTS { (a)-[knownRelation:KNOWN_RELATION]-() WHERE (knownRelation.recordedFrom <= $knownAt AND ' +
        '(knownRelation.recordedUntil IS NULL OR knownRelation.recordedUntil > $knownAt)) })',
      'RETURN r',
    ].join('\n'),
  )
  // today's statement keeps its text: the known parts are comments there
  const code = (name: Parameters<typeof CATALOG.text>[0]) => CATALOG.text(name).replace(/\/\/.*$/gm, '')
  t.notMatch(code('paths-find@3'), /KnownActor|KNOWN_RELATION|\$knownAt/)
  t.match(code('known:paths-find@3'), /\$knownAt/)
  t.match(CATALOG.text('known:paths-find@3'), /KNOWN_RELATION/)
  t.notMatch(CATALOG.text('known:paths-find@3'), /:RELATION\b|:Actor\b|:Claim\b|\/\/\+known|RECORDED\(|KNOWN_ACTOR\(/)

  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-cypher-'))
  writeFileSync(path.join(dir, 'plain.cypher'), '// Returns: 1\nRETURN 1')
  writeFileSync(path.join(dir, 'asof.cypher'), '// Returns: r\nMATCH ()-[r:RELATION]->() //+known WHERE RECORDED(r)\nRETURN r')
  writeFileSync(
    path.join(dir, 'walks.cypher'),
    '// Returns: p\nMATCH p = (:Actor)-[:RELATION]->{1,MAX_HOPS}() //+known WHERE true\nRETURN p',
  )
  const loaded = Catalog.load(dir, ['plain', 'asof'], ['walks'], ['asof', 'walks'])
  t.match(loaded.text('known:asof'), /KNOWN_RELATION\]->\(\) WHERE \(r\.recordedFrom/)
  t.match(loaded.text('known:walks@2'), /\(:KnownActor\)-\[:KNOWN_RELATION\]->\{1,2\}\(\) WHERE true/)
  t.throws(() => Catalog.load(dir, ['plain', 'asof'], [], ['plain']), {
    message:
      /plain\.cypher has no \/\/\+known part but is listed as a known-at statement; .*asof\.cypher writes \/\/\+known but is not listed/,
  })
})
