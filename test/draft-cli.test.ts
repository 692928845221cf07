// npm run draft: writes seed/<id>.txt + seed/<id>.json into a folder, refuses to overwrite, and the
// pair passes the seed checker as files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { draftCommand } from '../src/draft/cli.js'
import { readSeedFile } from '../src/seed/validate-seed.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-draft-cli-'))
const article = path.join(dir, 'My Article.txt')
writeFileSync(article, 'Chile sells copper to Japan. Peru did not buy oil from Chile.\n')

t.test('writes the pair, which the seed checker accepts; refuses to overwrite', async (t) => {
  const out = t.capture(console, 'log')
  t.equal(
    await draftCommand(
      [article, '--publisher', 'Wire', '--published-at', '2025-01-02', '--title', 'Copper', '--url', 'https://example.org/c'],
      dir,
    ),
    0,
  )
  t.match(out()[0]?.args[0], /my-article\.json: 2 actors|my-article\.json: \d+ actors, 2 claims, 1 relations/)
  const { seed, text } = await readSeedFile(path.join(dir, 'my-article.json'))
  t.equal(text, readFileSync(article, 'utf8'))
  t.match(seed.source, { id: 'my-article', textFile: 'my-article.txt', title: 'Copper', publisher: 'Wire', url: 'https://example.org/c' })
  t.notOk('text' in seed.source)
  const err = t.capture(console, 'error')
  t.equal(await draftCommand([article], dir), 1)
  t.match(err()[0]?.args[0], /my-article\.txt exists; refusing to overwrite/)
  t.equal(await draftCommand([article, '--id', 'other'], dir), 0, 'another id is a new pair')
})

t.test('usage errors', async (t) => {
  const err = t.capture(console, 'error')
  t.equal(await draftCommand([], dir), 2)
  t.equal(await draftCommand(['--nope'], dir), 2)
  t.equal(await draftCommand([article, '--id', 'Not Kebab'], dir), 2)
  t.equal(await draftCommand([path.join(dir, 'missing.txt')], dir), 2)
  t.match(
    err().map((c) => String(c.args[0])),
    [/usage/, /nope/, /kebab-case/, /not a readable/],
  )
})
