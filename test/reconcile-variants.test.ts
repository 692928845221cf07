// Reconciliation against name variants written before the service was tuned (test/fixtures/
// reconcile-variants.json, issue 23): the share whose best candidate is the right actor with match:
// true, and no match: true on a wrong actor, for a name the graph does not hold either.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import t from 'tap'
import { FIXTURES, seedArticle, testApp, wipe } from './helpers/graph.js'

const app = await testApp()
t.teardown(() => app.close())
await wipe(app)
await seedArticle(app)

const { variants } = JSON.parse(await readFile(path.join(FIXTURES, 'reconcile-variants.json'), 'utf8')) as {
  variants: Array<{ query: string; expected: string | null }>
}

t.test('at least 95% of the variants matched to the right actor, and no match: true on a wrong one', async (t) => {
  const queries = Object.fromEntries(variants.map((v, i) => [`q${i}`, { query: v.query }]))
  const answers: Record<string, { result: Array<{ id: string; match: boolean; score: number }> }> = {}
  // At most 50 queries a batch.
  const keys = Object.keys(queries)
  for (let i = 0; i < keys.length; i += 50) {
    const part = Object.fromEntries(keys.slice(i, i + 50).map((k) => [k, queries[k]]))
    const res = await app.inject({ method: 'POST', url: '/reconcile', payload: { queries: part } })
    t.equal(res.statusCode, 200)
    Object.assign(answers, res.json())
  }
  let right = 0
  const wrong: string[] = []
  const missed: string[] = []
  variants.forEach((v, i) => {
    const result = answers[`q${i}`]?.result ?? []
    const matched = result.filter((c) => c.match)
    for (const c of matched) if (c.id !== v.expected) wrong.push(`${v.query} → ${c.id}`)
    if (v.expected === null) return
    if (result[0]?.id === v.expected && result[0].match) right++
    else missed.push(`${v.query} (${result[0]?.id ?? 'none'} ${result[0]?.score ?? ''})`)
  })
  const positives = variants.filter((v) => v.expected !== null).length
  t.comment(`matched right: ${right}/${positives} = ${(right / positives).toFixed(3)}; wrong matches: ${wrong.length}`)
  t.comment(`missed: ${missed.join('; ')}`)
  t.ok(positives >= 100, `${positives} variants of known actors`)
  t.same(wrong, [], 'no match: true on a wrong actor')
  t.ok(right / positives >= 0.95, `${right}/${positives} matched to the right actor`)
})
