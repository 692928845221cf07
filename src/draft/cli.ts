// `npm run draft -- article.txt [--id ID] [--title T] [--publisher P] [--published-at D] [--url U]`:
// drafts a seed from a text file and writes the pair seed/<id>.txt + seed/<id>.json (textFile), ready
// for review and `npm run seed`. Refuses to overwrite either file.
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SEED_DIR } from '../seed/seed-dir.js'
import { checkSeedDocument, type SeedError } from '../seed/validate-seed.js'
import type { Extractor } from './extractor.js'
import { slug } from './ids.js'
import { RuleExtractor } from './rule-extractor.js'

const parseOptions = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      'published-at': { type: 'string' },
      url: { type: 'string' },
    },
  })

export async function draftCommand(argv: string[], dir = SEED_DIR, extractor: Extractor = new RuleExtractor()): Promise<number> {
  let args: ReturnType<typeof parseOptions>
  try {
    args = parseOptions(argv)
  } catch (err) {
    console.error((err as Error).message)
    return 2
  }
  const [file] = args.positionals
  if (!file || args.positionals.length > 1) {
    console.error('usage: npm run draft -- article.txt [--id ID] [--title T] [--publisher P] [--published-at YYYY-MM-DD] [--url U]')
    return 2
  }
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined || text.trim() === '') {
    console.error(`${file}: not a readable, non-empty text file`)
    return 2
  }
  const id = args.values.id ?? slug(path.basename(file).replace(/\.[^.]*$/, ''))
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    console.error(`--id must be kebab-case (lower-case letters and digits joined by single hyphens): "${id}"`)
    return 2
  }
  const txt = path.join(dir, `${id}.txt`)
  const json = path.join(dir, `${id}.json`)
  for (const f of [txt, json]) {
    if (existsSync(f)) {
      console.error(`${f} exists; refusing to overwrite it (choose another --id, or remove it)`)
      return 1
    }
  }
  const v = args.values
  const { seed, warnings } = await extractor.draft({
    text,
    id,
    ...(v.title ? { title: v.title } : {}),
    ...(v.publisher ? { publisher: v.publisher } : {}),
    ...(v['published-at'] ? { publishedAt: v['published-at'] } : {}),
    ...(v.url ? { url: v.url } : {}),
  })
  const { text: _inline, ...source } = seed.source
  const pair = { ...seed, source: { ...source, textFile: `${id}.txt` } }
  try {
    await checkSeedDocument(pair, `${id}.json`, new Set(), async () => text)
  } catch (err) {
    // The rule extractor's drafts always pass (test/draft.test.ts); another extractor's may not.
    console.error(`the draft fails the seed checker, nothing written: ${(err as SeedError).message}`)
    return 1
  }
  await writeFile(txt, text, { flag: 'wx' })
  await writeFile(json, `${JSON.stringify(pair, null, 2)}\n`, { flag: 'wx' })
  for (const w of warnings) console.warn(`warning: ${w}`)
  console.log(
    `${json}: ${seed.actors.length} actors, ${seed.claims.length} claims, ${seed.relations.length} relations — review it, then npm run seed`,
  )
  return 0
}

/* c8 ignore next 3 -- the entry point when run as a script; tests call draftCommand() */
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await draftCommand(process.argv.slice(2))
}
