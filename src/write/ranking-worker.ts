// The ranking's worker process: the API forks it (ranking-refresher.ts) so the refresh after a write,
// which holds every depends-on edge of the graph in memory while it walks them, never grows the API's
// own memory, and the write that asked for it answers without waiting for it. It opens its own small
// driver with the options the API sends over IPC (never argv or the environment), then answers each
// "refresh" with what refreshRanking did. It exits when the API disconnects (closes, or dies).
import { type Neo4jOptions, openGraph } from '../db/connect.js'
import type { Graph } from '../db/graph.js'
import { refreshRanking, rankingObservers } from './ranking.js'

/** From the API. */
export type WorkerRequest = { type: 'open'; options: Neo4jOptions } | { type: 'refresh' }
/** To the API: the refresh's outcome; seconds is the recompute's time, null when the ranking was fresh. */
export type WorkerReply = { type: 'refreshed'; recomputed: boolean; seconds: number | null } | { type: 'failed'; message: string }

/** Serves one API's requests over send; returns the handler of its messages and the cleanup. */
export function rankingWorker(send: (reply: WorkerReply) => void) {
  let graph: Promise<Graph> | null = null
  let seconds: number | null = null
  rankingObservers.add((s) => {
    seconds = s
  })
  return {
    async handle(message: WorkerRequest): Promise<void> {
      if (message.type === 'open') {
        graph = openGraph(message.options, { driver: { maxConnectionPoolSize: 2, userAgent: 'entente-ranking' } })
        // Failing to connect is reported by the refresh that needs the graph.
        graph.catch(() => undefined)
        return
      }
      try {
        if (graph === null) throw new Error('no database: the API sends "open" first')
        seconds = null
        const recomputed = await refreshRanking(await graph)
        send({ type: 'refreshed', recomputed, seconds })
      } catch (err) {
        send({ type: 'failed', message: (err as Error).message })
      }
    },
    async close(): Promise<void> {
      await (await graph?.catch(() => null))?.close()
    },
  }
}

// Run as the API's fork (process.send exists only then).
if (process.send !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const worker = rankingWorker((reply) => process.send?.(reply))
  process.on('message', (message: WorkerRequest) => void worker.handle(message))
  process.on('disconnect', () => void worker.close().finally(() => process.exit(0)))
}
