// Quick timing of the draft extractor (not a benchmark): the article drafted 20 times (p50 after one
// warm-up), and 100 KB of text made of the article repeated, drafted 3 times. In process, one thread.
import { readFile } from 'node:fs/promises'
import { RuleExtractor } from '../src/draft/rule-extractor.js'

const article = await readFile(new URL('../seed/tekedia-putin-kim-pyongyang.txt', import.meta.url), 'utf8')
const extractor = new RuleExtractor()
const time = async (text: string) => {
  const t0 = performance.now()
  await extractor.draft({ text, publishedAt: '2024-06' })
  return performance.now() - t0
}
const first = await time(article)
const runs: number[] = []
for (let i = 0; i < 20; i++) runs.push(await time(article))
runs.sort((a, b) => a - b)
let big = article
while (big.length < 100_000) big += `\n\n${article}`
big = big.slice(0, 100_000)
const bigRuns = [await time(big), await time(big), await time(big)]
console.log(
  `article (${article.length} chars): first ${first.toFixed(0)} ms (model load), p50 ${runs[10]?.toFixed(0)} ms, max ${runs[19]?.toFixed(0)} ms`,
)
console.log(`100 KB: ${bigRuns.map((x) => x.toFixed(0)).join(', ')} ms`)
