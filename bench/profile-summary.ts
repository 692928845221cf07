// `node bench/profile-summary.ts <file.cpuprofile>`: a CPU profile's self time, busy time only (idle and
// GC apart), by function (top 25) and by package (node_modules/<pkg>, src/, node: internals).
import { readFileSync } from 'node:fs'

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] }
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map<number, number>()
for (const [i, id] of profile.samples.entries()) {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
}
const where = (url: string) => {
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (m) return m[1]
  if (url.includes('/src/')) return `src/${url.split('/src/')[1].split('/')[0]}`
  if (url.startsWith('node:')) return 'node:internals'
  return url === '' ? '(native)' : url
}
const fn = new Map<string, number>()
const pkg = new Map<string, number>()
let busy = 0
let idle = 0
for (const [id, us] of self) {
  const n = byId.get(id) as Node
  const name = n.callFrame.functionName
  if (name === '(idle)' || name === '(program)') {
    idle += us
    continue
  }
  busy += us
  const key = `${name || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
  fn.set(key, (fn.get(key) ?? 0) + us)
  const p = name === '(garbage collector)' ? '(gc)' : where(n.callFrame.url)
  pkg.set(p, (pkg.get(p) ?? 0) + us)
}
const pct = (us: number) => `${((100 * us) / busy).toFixed(1)}%`.padStart(6)
console.log(`busy ${(busy / 1e6).toFixed(2)} s, idle ${(idle / 1e6).toFixed(2)} s`)
console.log('\nby package (self time, share of busy):')
for (const [k, v] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(v)}  ${k}`)
console.log('\nby function (self time, share of busy):')
for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(v)}  ${k}`)
