// Drafting is CPU work: it runs in a piscina worker pool, so a 100 KB text never stalls the requests
// the server is answering meanwhile. The pool is an Extractor like any other, with a cap on the drafts
// in progress: past it, `busy` is thrown at once (the route answers 503 with Retry-After) rather than
// queueing work nobody may wait for.
import { Piscina } from 'piscina'
import type { Draft, DraftInput, Extractor } from './extractor.js'

export class DraftPoolBusy extends Error {
  constructor(readonly max: number) {
    super(`${max} drafts are in progress, the most this server takes at once`)
    this.name = 'DraftPoolBusy'
  }
}

export interface DraftPoolOptions {
  threads: number
  maxConcurrent: number
}

export class DraftPool implements Extractor {
  readonly name = 'rules'
  private readonly pool: Piscina
  private running = 0

  constructor(readonly options: DraftPoolOptions) {
    this.pool = new Piscina({
      filename: new URL('./worker.ts', import.meta.url).href,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: 60_000,
    })
  }

  async draft(input: DraftInput): Promise<Draft> {
    if (this.running >= this.options.maxConcurrent) throw new DraftPoolBusy(this.options.maxConcurrent)
    this.running++
    try {
      return (await this.pool.run(input)) as Draft
    } finally {
      this.running--
    }
  }

  /** Drafts waiting in the pool for a thread, and drafts a thread is working on. */
  load() {
    const queued = this.pool.queueSize
    return { queued, active: this.running - queued }
  }

  close(): Promise<void> {
    return this.pool.destroy()
  }
}
