// npm run draft: writes seed/<id>.txt + seed/<id>.json into a folder, refuses to overwrite, and the
// pair passes the seed checker as files.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import t from 'tap'
import { draftCommand } from '../src/draft/cli.js'
import type { Extractor } from '../src/draft/extractor.js'
import { RuleExtractor } from '../src/draft/rule-extractor.js'
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

t.test('a text that relates nobody: the pair is written, with a warning', async (t) => {
  const weather = path.join(mkdtempSync(path.join(os.tmpdir(), 'entente-draft-in-')), 'weather.txt')
  writeFileSync(weather, 'The weather was mild.\n')
  const warn = t.capture(console, 'warn')
  t.capture(console, 'log')
  t.equal(await draftCommand([weather], dir), 0)
  t.same(
    warn().map((c) => c.args[0]),
    ['warning: no sentence relates two actors or states a dependency: the draft has no claims to review'],
  )
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

t.test('a draft that fails the seed checker (another extractor’s) writes nothing', async (t) => {
  // An extractor whose quote is not the text at its offsets: the checker refuses it.
  const rules = new RuleExtractor()
  const broken: Extractor = {
    name: 'broken',
    async draft(input) {
      const d = await rules.draft(input)
      const [claim] = d.seed.claims
      if (claim) claim.quote = 'Chile buys copper from Japan'
      return d
    },
  }
  const err = t.capture(console, 'error')
  t.equal(await draftCommand([article, '--id', 'broken'], dir, broken), 1)
  t.match(err()[0]?.args[0], /^the draft fails the seed checker, nothing written: broken\.json: claims\[0\]/)
  t.notOk(existsSync(path.join(dir, 'broken.json')) || existsSync(path.join(dir, 'broken.txt')))
})
