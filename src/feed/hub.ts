// One poller per process for every open change stream. Each stream has a cursor, the version of the
// last change it was sent. A tick reads one page of the changes after the lowest cursor and sends each
// stream those after its own, in order, moving its cursor: a stream replays what it missed and then
// follows live through the same code, and receives every change exactly once, in order. The feed has
// no gaps (a write bumps the graph version and appends its change in one transaction, under the graph
// lock), so a page read after version v holds every version after v up to its last. Writes of other
// processes (npm run seed, another API process) are seen the same way. No per-stream polling; no tick
// runs while no stream is open; the timer never keeps the process alive.
import type { Change } from '../schemas/changes.js'

export interface Subscriber {
  /** The version of the last change sent to it (the stream's start: the version it resumes after). */
  cursor: number
  send(change: Change): void
}

export type ReadAfter = (since: number, limit: number) => Promise<Change[]>

/** Changes read per tick; a full page is followed by the next tick at once. */
export const PAGE = 200

export class ChangeHub {
  private readonly subscribers = new Set<Subscriber>()
  private timer: NodeJS.Timeout | undefined
  private running = false
  private again = false
  private closed = false

  constructor(
    private readonly read: ReadAfter,
    private readonly pollMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  get size(): number {
    return this.subscribers.size
  }

  /** Adds a stream and ticks at once, so its replay starts without waiting for the poll interval. */
  add(subscriber: Subscriber): void {
    this.subscribers.add(subscriber)
    this.kick()
  }

  remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber)
  }

  /** Stops polling for good (the app is closing). */
  close(): void {
    this.closed = true
    clearTimeout(this.timer)
  }

  /** Runs a tick now, or right after the one running. */
  kick(): void {
    if (this.closed) return
    if (this.running) {
      this.again = true
      return
    }
    clearTimeout(this.timer)
    this.running = true
    void this.tick()
      .catch((err: unknown) => {
        // Neo4j unreachable or slow: streams stay open and the next tick tries again.
        this.onError(err)
        return false
      })
      .then((full) => {
        this.running = false
        const now = full || this.again
        this.again = false
        this.schedule(now ? 0 : this.pollMs)
      })
  }

  private schedule(ms: number): void {
    if (this.closed || this.subscribers.size === 0) return
    this.timer = setTimeout(() => this.kick(), ms)
    this.timer.unref()
  }

  /** One page after the lowest cursor, dispatched; true when the page was full (more may follow). */
  private async tick(): Promise<boolean> {
    if (this.subscribers.size === 0) return false
    const from = Math.min(...[...this.subscribers].map((s) => s.cursor))
    const page = await this.read(from, PAGE)
    for (const s of this.subscribers) {
      // A stream added while the page was read may resume before it: it waits for the next tick, which
      // add() asked for.
      if (s.cursor < from) continue
      for (const change of page) {
        if (change.version <= s.cursor) continue
        s.cursor = change.version
        s.send(change)
      }
    }
    return page.length === PAGE
  }
}
