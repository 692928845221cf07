// Load shedding with @fastify/under-pressure: when the event loop lags (or is busy, or the heap is
// full) past a threshold, new requests get 503 problem+json with Retry-After at once instead of
// queueing behind the work that saturates the process. It exposes no status route: /health and
// /ready already say what a probe needs, and a route with `config: { loadSheddingExempt: true }` (/health)
// stays answered so a busy process is not killed.
import underPressure from '@fastify/under-pressure'
import fp from 'fastify-plugin'
import { unavailable } from '../lib/http-errors.js'
import type {} from '../lib/route-policy.js'

export interface LoadSheddingOptions {
  /** Mean event-loop delay over a sample, in ms; 0: not checked. */
  maxEventLoopDelayMs: number
  /** Event-loop utilisation over a sample, 0-1; 0: not checked. */
  maxEventLoopUtilization: number
  /** Heap in use, in MB; 0: not checked. */
  maxHeapUsedMb: number
  sampleIntervalMs: number
}

/** Seconds an overloaded instance asks clients to wait. */
const RETRY_AFTER_SECONDS = 2

export default fp(
  async (app, opts: LoadSheddingOptions) => {
    await app.register(underPressure, {
      maxEventLoopDelay: opts.maxEventLoopDelayMs,
      maxEventLoopUtilization: opts.maxEventLoopUtilization,
      // 'interval' measures each sample on its own; the default, cumulative since start, would barely
      // move in a process that has been up for days.
      eventLoopUtilizationMode: 'interval',
      maxHeapUsedBytes: opts.maxHeapUsedMb * 1024 * 1024,
      sampleInterval: opts.sampleIntervalMs,
      exposeStatusRoute: false,
      // A rejected promise goes to the app's error handler (problem+json, Retry-After, a warning in the
      // log naming the measure); a resolved one lets the request through.
      pressureHandler: async (request, _reply, type, value) => {
        if (request.routeOptions.config.loadSheddingExempt === true) return
        const err = unavailable('The server is overloaded; retry shortly.', RETRY_AFTER_SECONDS)
        err.cause = { pressure: type, value }
        throw err
      },
    })
  },
  { name: 'load-shedding' },
)
