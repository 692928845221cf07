// The API's side of the ranking refresh: a write asks for one (request) and answers at once; the
// refresh runs in a worker process (ranking-worker.ts), forked on the first request and kept while
// writes keep coming, ended after idleMs without one. Requests that arrive while a refresh runs are
// folded into one more refresh after it, which reads the graph as it is then. A refresh that fails
// (Neo4j unreachable, the worker killed) is logged and tried again after retryMs, doubling up to
// 5 minutes, until one succeeds or another write asks. Until the new ranking is published, the
// ranking endpoint answers the previous one and says which graph version it is of (docs/model.md).
import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Neo4jOptions } from '../db/connect.js'
import { rankingObservers } from './ranking.js'
import type { WorkerReply, WorkerRequest } from './ranking-worker.js'

/** The worker's file beside this one, with this file's extension (.ts under tsx, .js when built). */
const here = fileURLToPath(import.meta.url)
const WORKER = path.join(path.dirname(here), `ranking-worker${path.extname(here)}`)

const MAX_RETRY_MS = 5 * 60_000

export interface RefresherOptions {
  /** How the worker reaches Neo4j: the API's own settings. */
  neo4j: Neo4jOptions
  /** Told about failures (with the reason) and retries. */
  warn: (message: string) => void
  /** How long an idle worker is kept for the next write before it exits. */
  idleMs?: number
  /** The first wait before a failed refresh is tried again. */
  retryMs?: number
}

export class RankingRefresher {
  private child: ChildProcess | null = null
  private wanted = false
  private running: Promise<void> | null = null
  private idle: NodeJS.Timeout | undefined
  private retry: NodeJS.Timeout | undefined
  private readonly firstRetryMs: number
  private retryMs: number
  private closed = false
  private answered = 0

  constructor(private readonly opts: RefresherOptions) {
    this.firstRetryMs = opts.retryMs ?? 5000
    this.retryMs = this.firstRetryMs
  }

  /** A write changed the graph: the ranking is refreshed soon, and this returns at once. */
  request(): void {
    if (this.closed) return
    this.wanted = true
    clearTimeout(this.retry)
    this.running ??= this.drain().finally(() => {
      this.running = null
    })
  }

  /** Resolves once no refresh is running or asked for (a retry waiting on its timer does not count). */
  async settled(): Promise<void> {
    while (this.running !== null) await this.running
  }

  /** Lets the running refresh finish, then ends the worker; later requests are ignored. */
  async close(): Promise<void> {
    this.closed = true
    this.wanted = false
    clearTimeout(this.retry)
    await this.settled()
    this.stopWorker()
  }

  /** True from a request until its refresh (and any folded into it) is over. */
  get busy(): boolean {
    return this.running !== null
  }

  /** How many refreshes the worker answered, recomputing or finding the ranking fresh. */
  get refreshes(): number {
    return this.answered
  }

  /** The worker's process id while one runs (the benchmark samples its memory). */
  get workerPid(): number | undefined {
    return this.child?.pid
  }

  private async drain(): Promise<void> {
    clearTimeout(this.idle)
    while (this.wanted) {
      this.wanted = false
      try {
        const reply = await this.refreshOnce()
        if (reply.type === 'failed') throw new Error(reply.message)
        this.answered++
        this.retryMs = this.firstRetryMs
        if (reply.seconds !== null) for (const observe of rankingObservers) observe(reply.seconds as number)
      } catch (err) {
        if (this.closed) return
        this.opts.warn(`ranking refresh failed (${(err as Error).message}); trying again in ${this.retryMs / 1000} s`)
        this.retry = setTimeout(() => this.request(), this.retryMs).unref()
        this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS)
      }
    }
    this.idle = setTimeout(() => this.stopWorker(), this.opts.idleMs ?? 60_000).unref()
  }

  /** One refresh in the worker (forked now if none runs): its reply, or a rejection when it exits first. */
  private refreshOnce(): Promise<WorkerReply> {
    if (this.child === null) this.child = this.startWorker()
    const child = this.child
    return new Promise<WorkerReply>((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) => {
        child.off('message', onMessage)
        reject(new Error(`the ranking worker exited (code ${code}, signal ${signal}) before it answered`))
      }
      const onMessage = (reply: WorkerReply) => {
        child.off('exit', onExit)
        resolve(reply)
      }
      child.once('message', onMessage)
      child.once('exit', onExit)
      child.send({ type: 'refresh' } satisfies WorkerRequest)
    })
  }

  private startWorker(): ChildProcess {
    // Its output is the API's: a crash's stack trace reaches the operator's log.
    const child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child.on('exit', () => {
      if (this.child === child) this.child = null
    })
    // A message sent as the worker exits fails here; the exit that follows rejects the refresh.
    child.on('error', () => undefined)
    child.send({ type: 'open', options: this.opts.neo4j } satisfies WorkerRequest)
    return child
  }

  private stopWorker(): void {
    clearTimeout(this.idle)
    // Closing the channel is the worker's signal to close its driver and exit.
    if (this.child?.connected) this.child.disconnect()
    this.child = null
  }
}
