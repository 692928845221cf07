// The open change streams of a process (GET /changes/stream) as Server-Sent Events: a capped number of
// them, each fed by the shared poller (hub.ts), each sent a heartbeat comment on a shared timer, all
// ended when the app closes. A stream is one request: the rate limit counts it once.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { unavailable } from '../lib/http-errors.js'
import type { Change } from '../schemas/changes.js'
import { ChangeHub, type ReadAfter } from './hub.js'

export interface StreamOptions {
  /** How often the poller looks for new changes while a stream is open. */
  pollMs: number
  /** How often each open stream gets a comment line, so proxies keep an idle stream open. */
  heartbeatMs: number
  /** Streams open at once; past it a new one is answered 503. */
  maxStreams: number
}

/** The reconnection delay advised to EventSource (`retry:`), in milliseconds. */
export const RETRY_MS = 3000

/** Seconds a client refused for the cap is asked to wait. */
const CAP_RETRY_AFTER_S = 10

/** One change as an SSE event: its version is the id, its kind the event name, the change itself the data. */
export const sseEvent = (change: Change) => `id: ${change.version}\nevent: ${change.kind}\ndata: ${JSON.stringify(change)}\n\n`

export class ChangeStreams {
  private readonly open = new Set<ServerResponse>()
  private readonly hub: ChangeHub
  private readonly heartbeat: NodeJS.Timeout
  /** Streams open or about to open (their start checks running): what the cap counts. */
  private taken = 0
  private closed = false

  constructor(
    read: ReadAfter,
    private readonly opts: StreamOptions,
    onError: (err: unknown) => void,
  ) {
    this.hub = new ChangeHub(read, opts.pollMs, onError)
    this.heartbeat = setInterval(() => {
      for (const res of this.open) res.write(': heartbeat\n\n')
    }, opts.heartbeatMs)
    this.heartbeat.unref()
  }

  /** Streams open now. */
  get size(): number {
    return this.open.size
  }

  /**
   * Answers the request with a stream of the changes after `since`: 503 past the cap; otherwise runs
   * `check` (it throws the request's error, a 410 for a cursor the feed does not hold), then takes
   * the response over and hands the stream to the poller, which replays and then follows.
   */
  async serve(request: FastifyRequest, reply: FastifyReply, since: number, check: () => Promise<void>): Promise<void> {
    if (this.taken >= this.opts.maxStreams) {
      throw unavailable(`${this.opts.maxStreams} change streams are open, as many as this server keeps; retry later.`, CAP_RETRY_AFTER_S)
    }
    this.taken++
    try {
      await check()
    } catch (err) {
      this.taken--
      throw err
    }
    // The app began closing while this stream's check ran (a window of one Neo4j read): without this
    // the stream would open after close() ended the others.
    if (this.closed) {
      this.taken--
      throw unavailable('The server is shutting down; retry shortly.')
    }
    reply.hijack()
    const res = reply.raw
    // The headers hooks already set (security headers on the raw response, CORS and the rate limit's
    // on the reply) go out with the stream's own.
    res.writeHead(200, {
      ...(reply.getHeaders() as OutgoingHttpHeaders),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
      // A stream ends only when one side ends it: its connection goes with it, and close() never
      // waits for a keep-alive connection left idle.
      connection: 'close',
    })
    res.write(`retry: ${RETRY_MS}\n\n`)
    const subscriber = {
      cursor: since,
      send: (change: Change) => {
        res.write(sseEvent(change))
      },
    }
    this.open.add(res)
    res.once('close', () => {
      this.open.delete(res)
      this.hub.remove(subscriber)
      this.taken--
    })
    this.hub.add(subscriber)
  }

  /** Ends every stream and stops the poller and the heartbeat: the app is closing. */
  close(): void {
    this.closed = true
    this.hub.close()
    clearInterval(this.heartbeat)
    for (const res of this.open) res.end()
  }
}
