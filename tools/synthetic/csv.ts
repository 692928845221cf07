// A header-typed CSV file for `neo4j-admin database import`, written streaming: rows are buffered in
// chunks of about 256 KB and each chunk written waits for the stream to drain, so a million rows never
// sit in memory. Every value is checked against its column's type, so the files hold what the driver path
// stores or the write fails:
// - a string is always quoted and may not span lines (the importer reads an unquoted empty field as "no property" and a quoted
//   one as the empty string); a double and a boolean as written; null or undefined as an empty field,
//   which the importer leaves absent, as the driver path's SET leaves out a null;
// - a string[] is joined by ARRAY_DELIMITER (U+001F, which no value may hold: checked) and quoted. The
//   importer cannot store an empty list (an empty field is no property), so an empty list is written
//   as absent and counted in `emptyLists`: the import sets those after the load (import.ts).
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'

/** The importer's --array-delimiter: the ASCII unit separator, which no generated text holds. */
export const ARRAY_DELIMITER = '\u001f'

/** A property's type as the driver stores a JS value: every JS number is a Neo4j float. */
export type ColumnType = 'string' | 'double' | 'boolean' | 'string[]'

/** A column: a stored property (name:type), or the node's ID / a relationship's ends in an ID space. */
export type Column = { name: string; type: ColumnType } | { name: string; id: string } | { start: string } | { end: string }

const FLUSH_AT = 256 * 1024

const header = (c: Column) =>
  'start' in c ? `:START_ID(${c.start})` : 'end' in c ? `:END_ID(${c.end})` : 'id' in c ? `${c.name}:ID(${c.id})` : `${c.name}:${c.type}`

const quote = (s: string) => (s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`)
/** The importer reads a line per row (its multi-line parsing is slow or failed here: csv-graph.ts). */
const LINE_BREAK = /[\r\n]/
const JS_TYPES = { string: 'string', double: 'number', boolean: 'boolean' } as const

export class CsvFile {
  /** Rows written. */
  rows = 0
  /** Rows per column whose list was empty, written as absent (see the header). */
  readonly emptyLists = new Map<string, number>()
  private chunk = ''
  private readonly stream: WriteStream
  private readonly keys: string[]
  private readonly known: Set<string>
  /** Each column's type; null for an ID or an end (a string, required). */
  private readonly types: Array<ColumnType | null>
  private failure: Error | undefined

  constructor(
    readonly file: string,
    columns: Column[],
  ) {
    this.stream = createWriteStream(file)
    // Kept, and thrown by the next write or close: an unheard 'error' event would end the process.
    this.stream.on('error', (err) => {
      this.failure ??= err
    })
    this.keys = columns.map((c) => ('start' in c ? ':start' : 'end' in c ? ':end' : c.name))
    this.known = new Set(this.keys)
    this.types = columns.map((c) => ('type' in c ? c.type : null))
    this.chunk = `${columns.map(header).join(',')}\n`
  }

  /**
   * Appends one row (values by column name, ':start' and ':end' for a relationship's ends) to the
   * chunk in memory; throws on a value its column does not take. Synchronous: a promise per row would
   * cost more than the row. The writer calls flush() once the chunk is `full`.
   */
  write(row: Record<string, unknown>): void {
    for (const key in row) {
      if (!this.known.has(key) && row[key] !== null && row[key] !== undefined) throw new Error(`${this.file}: no column for ${key}`)
    }
    // Plain loops: this runs for millions of rows, and a closure per row costs more than the row.
    let line = ''
    for (let i = 0; i < this.keys.length; i++) {
      if (i > 0) line += ','
      line += this.field(i, row[this.keys[i]])
    }
    this.chunk += `${line}\n`
    this.rows++
  }

  /** The chunk in memory is large enough to write. */
  get full(): boolean {
    return this.chunk.length >= FLUSH_AT
  }

  private field(i: number, value: unknown): string {
    const type = this.types[i]
    if (value === null || value === undefined) {
      if (type === null) throw new Error(`${this.file}: ${this.keys[i]} is required`)
      return ''
    }
    if (type === 'string[]') {
      if (!Array.isArray(value)) throw this.wrong(i, value)
      for (const v of value) if (typeof v !== 'string' || v.includes(ARRAY_DELIMITER) || LINE_BREAK.test(v)) throw this.wrong(i, value)
      if (value.length === 0) {
        this.emptyLists.set(this.keys[i], (this.emptyLists.get(this.keys[i]) ?? 0) + 1)
        return ''
      }
      return quote(value.join(ARRAY_DELIMITER))
    }
    if (typeof value !== JS_TYPES[type ?? 'string'] || (typeof value === 'string' && LINE_BREAK.test(value))) throw this.wrong(i, value)
    return typeof value === 'string' ? quote(value) : String(value)
  }

  private wrong(i: number, value: unknown): Error {
    return new Error(`${this.file}: ${this.keys[i]} should be ${this.types[i] ?? 'string'}, got ${JSON.stringify(value)}`)
  }

  /** Writes the chunk, and waits while the stream's buffer is above its high-water mark. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure
    const ok = this.stream.write(this.chunk)
    this.chunk = ''
    if (!ok) await once(this.stream, 'drain')
  }

  /** Ends the file (once; a second call waits for the same end). */
  async close(): Promise<void> {
    if (this.failure) throw this.failure
    if (this.stream.writableEnded) return finished(this.stream)
    this.stream.end(this.chunk)
    this.chunk = ''
    await finished(this.stream)
  }
}
