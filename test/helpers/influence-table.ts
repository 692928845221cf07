// The before/after tables of docs/influence.md, produced against a real Neo4j (not by hand):
//   NEO4J_URI=bolt://127.0.0.1:<port> node --import tsx test/helpers/influence-table.ts collect <seed dir> > x.json
//     wipes that database, seeds the directory, and for every ordered pair of actors asks /influence
//     (k = 20, every chain): score 1.2 is the answer; score 1.1 is recomputed from the chains listed,
//     1 - product of (1 - chain strength), the 1.1 rule; with the rankings (1.2 stored, 1.1 as the mean
//     of the 1.1 pair scores over the other actors).
//   node --import tsx test/helpers/influence-table.ts table before.json after.json
//     prints the Markdown tables: each pair's 1.1 score on the first seed, 1.2 on it, 1.2 on the second.
// A development aid run by hand: no test imports it.
import { readFileSync } from 'node:fs'
import { buildApp } from '../../src/app.js'
import { seedFiles, seedFilesIn } from '../../src/write/seed-files.js'
import { testConfig } from './config.js'
import { wipe } from './graph.js'

interface Collected {
  pairs: Array<{ from: string; to: string; v11: number; v12: number; chains: number; channels: number }>
  ranking11: Array<{ id: string; score: number }>
  ranking12: Array<{ id: string; score: number }>
  names: Record<string, string>
}

async function collect(dir: string): Promise<Collected> {
  const app = await buildApp(testConfig())
  try {
    await wipe(app)
    await seedFiles(app.graph, await seedFilesIn(dir))
    // a loaded machine may time a query out (503): asked again, up to five times
    const get = async (url: string, tries = 5): Promise<any> => {
      const res = await app.inject(url)
      if (res.statusCode === 503 && tries > 1) return get(url, tries - 1)
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
      return res.json()
    }
    const actors: Array<{ id: string; name: string }> = (await get('/actors?limit=200')).items
    const pairs: Collected['pairs'] = []
    for (const f of actors) {
      for (const t of actors) {
        if (f.id === t.id) continue
        const b = await get(`/influence?from=${f.id}&to=${t.id}&k=20`)
        if (b.chainCount > 20) throw new Error(`${f.id} over ${t.id}: ${b.chainCount} chains, more than k`)
        const v11 = 1 - b.paths.reduce((miss: number, p: { score: number }) => miss * (1 - p.score), 1)
        pairs.push({ from: f.id, to: t.id, v11, v12: b.score, chains: b.chainCount, channels: b.channelCount })
      }
    }
    const ranking12 = (await get('/influence/ranking?limit=200')).items.map((i: any) => ({ id: i.actor.id, score: i.score }))
    const ranking11 = actors
      .map((a) => ({
        id: a.id,
        score: pairs.filter((p) => p.from === a.id).reduce((s, p) => s + p.v11, 0) / (actors.length - 1),
      }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    return { pairs, ranking11, ranking12, names: Object.fromEntries(actors.map((a) => [a.id, a.name])) }
  } finally {
    await app.close()
  }
}

const f6 = (x: number | undefined) => (x === undefined ? '–' : String(Number(x.toFixed(6))))

function table(before: Collected, after: Collected): string {
  const key = (p: { from: string; to: string }) => `${p.from}>${p.to}`
  const afterBy = new Map(after.pairs.map((p) => [key(p), p]))
  const rows = before.pairs
    .filter((p) => p.v11 > 0 || p.v12 > 0 || (afterBy.get(key(p))?.v12 ?? 0) > 0)
    .concat(after.pairs.filter((p) => p.v12 > 0 && !before.pairs.some((b) => key(b) === key(p))))
    .sort((a, b) => b.v11 - a.v11 || (key(a) < key(b) ? -1 : 1))
  const name = (id: string) => after.names[id] ?? before.names[id] ?? id
  const out = [
    '| provider (from) | dependent (to) | 1.1, seed before | 1.2, seed before | 1.2, seed after | chains / channels after |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ]
  for (const p of rows) {
    const a = afterBy.get(key(p))
    out.push(
      `| ${name(p.from)} | ${name(p.to)} | ${f6(p.v11)} | ${f6(p.v12)} | ${f6(a?.v12)} | ${a ? `${a.chains} / ${a.channels}` : '–'} |`,
    )
  }
  out.push('', '| rank | 1.1, seed before | 1.2, seed before | 1.2, seed after |', '| ---: | --- | --- | --- |')
  const shown = (r: Array<{ id: string; score: number }>, i: number) => (r[i] ? `${name(r[i].id)} ${f6(r[i].score)}` : '–')
  const top = Math.max(...[before.ranking11, before.ranking12, after.ranking12].map((r) => r.filter((x) => x.score > 0).length))
  for (let i = 0; i < top; i++) {
    out.push(`| ${i + 1} | ${shown(before.ranking11, i)} | ${shown(before.ranking12, i)} | ${shown(after.ranking12, i)} |`)
  }
  return out.join('\n')
}

const [command, ...args] = process.argv.slice(2)
if (command === 'collect') console.log(JSON.stringify(await collect(args[0]), null, 1))
else if (command === 'table') {
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Collected
  console.log(table(read(args[0]), read(args[1])))
} else {
  console.error('usage: influence-table.ts collect <seed dir> | table <before.json> <after.json>')
  process.exit(2)
}
