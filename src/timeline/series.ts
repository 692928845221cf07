// Influence over time: the steps between start and end, and for each the /influence answer as of
// that step (src/queries/influence.ts, unchanged), so a point of the series is exactly what
// /influence?asOf=<t> says. Points are computed a few at a time: each is two statements.
import type { Graph } from '../db/graph.js'
import { badRequest } from '../lib/http-errors.js'
import { influence } from '../queries/influence.js'
import { MAX_POINTS, type Timeline, type TimelineParams } from '../schemas/timeline.js'

/** Points computed at once: enough to overlap round trips, few enough to leave Neo4j to other requests. */
const CONCURRENCY = 4

/** A year or month as a count of months (a year: its first month at the start, its last at the end). */
const months = (period: string, edge: 'start' | 'end') => {
  const [y, m] = period.split('-').map(Number)
  return y * 12 + (m === undefined ? (edge === 'start' ? 0 : 11) : m - 1)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The steps from start to end: YYYY for years, YYYY-MM for months. 400 naming `end` when it is before start or too far. */
export function steps(start: string, end: string, step: 'year' | 'month'): string[] {
  const unit = step === 'year' ? 12 : 1
  const first = Math.floor(months(start, 'start') / unit)
  const last = Math.floor(months(end, 'end') / unit)
  if (last < first) {
    throw badRequest(`end (${end}) is before start (${start}).`, [{ name: 'end', in: 'query', reason: 'before start' }])
  }
  const count = last - first + 1
  if (count > MAX_POINTS) {
    throw badRequest(`From ${start} to ${end} by ${step} is ${count} points; at most ${MAX_POINTS}.`, [
      { name: 'end', in: 'query', reason: `${count} points past start by ${step}; at most ${MAX_POINTS}` },
    ])
  }
  return Array.from({ length: count }, (_, i) =>
    step === 'year' ? String(first + i) : `${Math.floor((first + i) / 12)}-${pad(((first + i) % 12) + 1)}`,
  )
}

export async function timeline(graph: Graph, q: TimelineParams): Promise<Timeline> {
  const ts = steps(q.start, q.end, q.step)
  const { start, end, step, format: _format, ...model } = q
  const ask = (asOf: string) => influence(graph, { ...model, asOf, k: 1 })
  // The first point alone: it resolves both actors (404 for an unknown one) before the rest start.
  const first = await ask(ts[0])
  const names = graph
    .read('actor-by-id', { id: first.from })
    .then(([a]) => a)
    .then(async (a) => [
      (a.actor as { name: string }).name,
      ((await graph.read('actor-by-id', { id: first.to }))[0].actor as { name: string }).name,
    ])
  const answers = [first]
  for (let i = 1; i < ts.length; i += CONCURRENCY) answers.push(...(await Promise.all(ts.slice(i, i + CONCURRENCY).map(ask))))
  const [fromName, toName] = await names
  return {
    from: first.from,
    to: first.to,
    fromName,
    toName,
    step,
    model: { ...first.model, parameters: { ...first.model.parameters, asOf: null } },
    query: { from: q.from, to: q.to, start, end, step },
    points: answers.map((a, i) => ({ t: ts[i], score: a.score, reverseScore: a.reverseScore })),
  }
}
