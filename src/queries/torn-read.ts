// Reads that ran while a write committed. Neo4j reads at read-committed isolation: a relationship,
// claim or actor that a retraction deletes after a read has matched it comes back without its
// properties, or is missing from what the read collected. The shapers refuse such a row (`present`
// throws TornRead) instead of answering half a graph or failing in the serializer; the query functions
// read again (`untorn`), which sees the write's result, and a read torn every time is a 503 with
// Retry-After (TornRead is one), never a 500.
import { HttpError } from '../lib/http-errors.js'

export class TornRead extends HttpError {
  constructor(what: string) {
    super(
      503,
      `The graph changed while this answer was being read (a write committed meanwhile: ${what}); retry.`,
      {},
      { 'retry-after': '1' },
    )
  }
}

/** The value, which every stored entity has; absent only when a write deleted it under the read. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new TornRead(what)
  return value
}

/** Runs read again when a shaper found it torn, up to attempts times; the last TornRead reaches the client. */
export async function untorn<T>(read: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read()
    } catch (err) {
      if (!(err instanceof TornRead) || attempt >= attempts) throw err
    }
  }
}
