// The bench's write scenario: a PUT and then a DELETE of the generated 50-relation source
// (write-source.ts), back to back in a closed loop of one client, for as long as a read scenario runs
// beside it. Each write is one transaction under the graph lock and asks for the stored ranking's
// refresh, which the API's ranking worker runs after the write has answered, so the loop measures what a team writing while others read would see: the write's latency, and the
// reads' p99 with the writes beside them (bench/run.ts sets it against the same scenario alone).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { ROOT } from '../src/local-neo4j.js'
import { WRITE_SOURCE_ID } from './write-source.js'
import { type LoadResult, percentile } from './stats.js'

const exec = promisify(execFile)

/* c8 ignore start -- the write scenario: puts and deletes a source beside the read scenarios at the benchmark's sizes (npm run bench), run alone on a quiet machine; the source it writes is tested (test/bench-write-source.test.ts) */
/**
 * The write key the bench sends as `Authorization: Bearer <key>`: the one place to wire it.
 * BENCH_WRITE_KEY when set (a key already made on the Neo4j being measured); otherwise one made for
 * this run by the keys CLI against the bench's fresh Neo4j, `npm run keys -- create --name bench
 * --scope write`, which shows the key once: its last line of output is taken as the key.
 */
export async function benchWriteKey(uri: string): Promise<string> {
  if (process.env.BENCH_WRITE_KEY) return process.env.BENCH_WRITE_KEY
  const { stdout } = await exec('npm', ['run', '-s', 'keys', '--', 'create', '--name', 'bench', '--scope', 'write'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
  }).catch((err: { stderr?: string }) => {
    throw new Error(`the write scenario needs a write key (BENCH_WRITE_KEY, or \`npm run keys -- create\`): ${err.stderr ?? err}`)
  })
  return stdout.trim().split('\n').pop() as string
}

/** PUT the source, then DELETE it: the two latencies in ms, or an error naming the status and body. */
async function putAndDelete(base: string, key: string, body: string): Promise<[number, number]> {
  const url = `${base}/sources/${WRITE_SOURCE_ID}`
  const headers = { authorization: `Bearer ${key}` }
  const timed = async (init: RequestInit, ok: number[]) => {
    const t0 = performance.now()
    const res = await fetch(url, { ...init, headers: { ...headers, ...init.headers } })
    const text = await res.text()
    if (!ok.includes(res.status)) throw new Error(`${init.method} ${url}: ${res.status} ${text.slice(0, 300)}`)
    return performance.now() - t0
  }
  const put = await timed({ method: 'PUT', body, headers: { 'content-type': 'application/json' } }, [200, 201])
  const del = await timed({ method: 'DELETE' }, [200, 204])
  return [put, del]
}

export interface WriteLoad {
  put: LoadResult
  delete: LoadResult
}

/** One put and one delete, before any measurement: a write scenario that cannot write stops the bench here. */
export async function checkWrites(base: string, key: string, doc: object): Promise<void> {
  await putAndDelete(base, key, JSON.stringify(doc))
}

/**
 * Puts and deletes the source, one pair after the other, for warmup + seconds; only the pairs that
 * start after the warm-up are measured. The loop goes on until at least one measured pair has ended
 * (a pair could outlast the read scenario beside it on a large graph), and rps counts over the time the
 * measured pairs took. A failed write
 * counts as an error and the loop goes on.
 */
export async function writeLoop(base: string, key: string, doc: object, warmup: number, seconds: number): Promise<WriteLoad> {
  const body = JSON.stringify(doc)
  const puts: number[] = []
  const deletes: number[] = []
  let errors = 0
  const start = performance.now() + warmup * 1000
  const deadline = start + seconds * 1000
  let measuredFrom: number | null = null
  let measuredUntil = 0
  while (performance.now() < deadline || puts.length + errors === 0) {
    const began = performance.now()
    const measured = began >= start
    if (measured) measuredFrom ??= began
    try {
      const [put, del] = await putAndDelete(base, key, body)
      if (measured) {
        puts.push(put)
        deletes.push(del)
      }
    } catch {
      if (measured) errors++
    }
    if (measured) measuredUntil = performance.now()
  }
  const elapsed = (measuredUntil - (measuredFrom as number)) / 1000
  const result = (times: number[]): LoadResult => {
    const sorted = [...times].sort((a, b) => a - b)
    return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), rps: times.length / elapsed, count: times.length, errors }
  }
  return { put: result(puts), delete: result(deletes) }
}
