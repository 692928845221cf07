// bench/stats.ts: the percentiles the benchmark reports and the raw driver side's closed loop.
import t from 'tap'
import { closedLoop, percentile } from '../bench/stats.js'

t.test('percentile takes the value at floor(q * n) of the sorted list, the last for q near 1', async (t) => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
  t.equal(percentile(ten, 0.5), 6)
  t.equal(percentile(ten, 0.99), 10)
  t.equal(percentile(ten, 0), 1)
  t.equal(percentile([42], 0.99), 42)
})

t.test('closedLoop runs the jobs in turn until the time is up and counts failures apart', async (t) => {
  let ran = 0
  const ok = async () => {
    ran++
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  const failing = async () => {
    ran++
    await new Promise((resolve) => setTimeout(resolve, 5))
    throw new Error('refused')
  }
  const result = await closedLoop([ok, failing], 2, 0.3)
  // Jobs alternate, so the failures are half the runs (give or take the one each loop was on at the end).
  t.equal(result.count + result.errors, ran)
  t.ok(result.count > 5, `${result.count} successes`)
  t.ok(Math.abs(result.count - result.errors) <= 2, `${result.count} successes, ${result.errors} failures`)
  t.ok(result.p50 >= 4 && result.p50 <= result.p99, `p50 ${result.p50} ms, p99 ${result.p99} ms`)
  t.ok(result.rps > 0 && result.rps <= result.count / 0.3, `${result.rps} per second`)
})
