// `node --import tsx bench/profile.ts <statement> '<params as JSON>'`: PROFILE of one named statement
// (cypher/<statement>.cypher) against NEO4J_URI, printed as operator rows (db hits, rows) with the
// statement's time: the evidence bench/README.md quotes for every Cypher change. Integers in the
// parameters are sent as Neo4j integers, as the API sends them.
import neo4j, { type ProfiledPlan } from 'neo4j-driver'
import { CATALOG, type Statement } from '../src/db/cypher.js'

const [name, json = '{}'] = process.argv.slice(2)
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687'
const params = Object.fromEntries(
  Object.entries(JSON.parse(json) as Record<string, unknown>).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
)
const driver = neo4j.driver(uri)
const session = driver.session({ defaultAccessMode: neo4j.session.READ })
try {
  const text = CATALOG.text(name as Statement)
  const result = await session.run(`PROFILE ${text}`, params)
  const lines: string[] = []
  let hits = 0
  const walk = (p: ProfiledPlan, depth: number) => {
    hits += p.dbHits
    const details = String(p.arguments.Details ?? '').slice(0, 90)
    lines.push(`${'  '.repeat(depth)}${p.operatorType.replace(/@.*/, '')}  rows ${p.rows}  db hits ${p.dbHits}  ${details}`)
    for (const c of p.children) walk(c, depth + 1)
  }
  walk(result.summary.profile as ProfiledPlan, 0)
  console.log(lines.join('\n'))
  console.log(`total db hits ${hits}; ${result.records.length} rows; ${result.summary.resultAvailableAfter} ms`)
  // The statement alone, warm: median of 12 runs.
  const times: number[] = []
  for (let i = 0; i < 12; i++) {
    const t = performance.now()
    await session.run(text, params)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(`median of 12 warm runs: ${times[6].toFixed(1)} ms`)
} finally {
  await session.close()
  await driver.close()
}
