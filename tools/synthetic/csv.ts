// A header-typed CSV file for `neo4j-admin database import`, written streaming: rows are appended to a
// chunk in memory, and a full chunk (64 KB) goes to the file stream, which may hold a few of them while
// the disk writes (its high-water mark): the writer waits only when the disk is that far behind, so
// building rows and writing them overlap. Every value is checked against its column's type, so the files
// hold what the driver path stores or the write fails:
// - a string is always quoted and may not span lines (the importer reads an unquoted empty field as "no
//   property" and a quoted one as the empty string); a double and a boolean as written; null or
//   undefined as an empty field, which the importer leaves absent, as the driver path's SET leaves out a null;
// - the quote is QUOTE (U+001E, the importer's --quote), which no value may hold (checked), so no value
//   is escaped: a `"` is an ordinary character (the relations' JSON contributions are full of them);
// - a string[] is joined by ARRAY_DELIMITER (U+001F, which no value may hold: checked) and quoted. The
//   importer cannot store an empty list (an empty field is no property), so an empty list is written
//   as absent and counted in `emptyLists`: the import sets those after the load (import.ts).
// The checks are one regular expression per string, compiled once: this runs for tens of millions of values.
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { finished } from 'node:stream/promises'

/** The importer's --array-delimiter: the ASCII unit separator, which no generated text holds. */
export const ARRAY_DELIMITER = '\u001f'
/** The importer's --quote: the ASCII record separator, which no generated text holds. */
export const QUOTE = '\u001e'

/** A property's type as the driver stores a JS value: every JS number is a Neo4j float. */
export type ColumnType = 'string' | 'double' | 'boolean' | 'string[]'

/** A column: a stored property (name:type), or the node's ID / a relationship's ends in an ID space. */
export type Column = { name: string; type: ColumnType } | { name: string; id: string } | { start: string } | { end: string }

// Chunks of 64 KB cost less garbage collection than 256 KB or 1 MB (fewer pieces of a chunk outlive a
// young-generation collection); the stream may hold 16 of them (1 MB) before the writer waits.
const CHUNK_BYTES = 64 * 1024
/** The stream's buffer, in chunks: a few may wait for the disk before the writer does. */
const CHUNKS_BUFFERED = 16

const header = (c: Column) =>
  'start' in c ? `:START_ID(${c.start})` : 'end' in c ? `:END_ID(${c.end})` : 'id' in c ? `${c.name}:ID(${c.id})` : `${c.name}:${c.type}`

/** What a string may not hold: a line break (the importer reads a line per row, csv-graph.ts) or the quote. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the quote is a control character on purpose (no text holds it)
const NOT_IN_STRING = /[\r\n\u001e]/
/** What a list's element may not hold: the same, or the array delimiter. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the quote and the array delimiter, control characters on purpose
const NOT_IN_ELEMENT = /[\r\n\u001e\u001f]/

/** Column kinds, as small integers for the per-value switch. */
const REQUIRED = 0
const STRING = 1
const DOUBLE = 2
const BOOLEAN = 3
const LIST = 4
const KIND = { string: STRING, double: DOUBLE, boolean: BOOLEAN, 'string[]': LIST } as const

export class CsvFile {
  /** Rows written. */
  rows = 0
  /** Rows per column whose list was empty, written as absent (see the header). */
  readonly emptyLists = new Map<string, number>()
  private chunk = ''
  private readonly stream: WriteStream
  /** Each column's key in a row (':start' and ':end' for a relationship's ends, given apart). */
  private readonly keys: string[]
  private readonly kinds: number[]
  private readonly known: Set<string>
  private readonly start: number
  private readonly end: number
  private failure: Error | undefined

  constructor(
    readonly file: string,
    columns: Column[],
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    this.stream = createWriteStream(file, { highWaterMark: CHUNKS_BUFFERED * chunkBytes })
    // Kept, and thrown by the next write or close: an unheard 'error' event would end the process.
    this.stream.on('error', (err) => {
      this.failure ??= err
    })
    this.keys = columns.map((c) => ('start' in c ? ':start' : 'end' in c ? ':end' : c.name))
    this.kinds = columns.map((c) => ('type' in c ? KIND[c.type] : REQUIRED))
    this.known = new Set(this.keys.filter((k) => k !== ':start' && k !== ':end'))
    this.start = this.keys.indexOf(':start')
    this.end = this.keys.indexOf(':end')
    this.chunk = `${columns.map(header).join(',')}\n`
  }

  /**
   * Appends one row to the chunk in memory: its properties by column name, and a relationship's ends
   * apart (no object built per row for them); throws on a value its column does not take, or a
   * property it has no column for. Synchronous: a promise per row would cost more than the row. The
   * writer calls flush() once the chunk is `full`. Plain loops, no closure per row or value.
   */
  write(row: Record<string, unknown>, start?: string, end?: string): void {
    const { keys, kinds } = this
    let line = ''
    let set = 0
    for (let i = 0; i < keys.length; i++) {
      const value = i === this.start ? start : i === this.end ? end : row[keys[i]]
      if (i > 0) line += ','
      if (value === null || value === undefined) {
        if (kinds[i] === REQUIRED) throw new Error(`${this.file}: ${keys[i]} is required`)
        continue
      }
      if (i !== this.start && i !== this.end) set++
      switch (kinds[i]) {
        case REQUIRED:
        case STRING:
          if (typeof value !== 'string' || NOT_IN_STRING.test(value)) throw this.wrong(i, value)
          line += `${QUOTE}${value}${QUOTE}`
          break
        case DOUBLE:
          if (typeof value !== 'number') throw this.wrong(i, value)
          line += value
          break
        case BOOLEAN:
          if (typeof value !== 'boolean') throw this.wrong(i, value)
          line += value
          break
        default:
          line += this.list(i, value)
      }
    }
    // Every property of the row went to a column: else one the driver path stores would be lost.
    let present = 0
    for (const key in row) if (row[key] !== null && row[key] !== undefined) present++
    if (present !== set) this.unknown(row)
    this.chunk += `${line}\n`
    this.rows++
  }

  private list(i: number, value: unknown): string {
    if (!Array.isArray(value)) throw this.wrong(i, value)
    for (const v of value) if (typeof v !== 'string' || NOT_IN_ELEMENT.test(v)) throw this.wrong(i, value)
    if (value.length === 0) {
      this.emptyLists.set(this.keys[i], (this.emptyLists.get(this.keys[i]) ?? 0) + 1)
      return ''
    }
    return `${QUOTE}${value.length === 1 ? value[0] : value.join(ARRAY_DELIMITER)}${QUOTE}`
  }

  /** The chunk in memory is large enough to write. */
  get full(): boolean {
    return this.chunk.length >= this.chunkBytes
  }

  private unknown(row: Record<string, unknown>): never {
    const key = Object.keys(row).find((k) => !this.known.has(k) && row[k] !== null && row[k] !== undefined)
    throw new Error(`${this.file}: no column for ${key}`)
  }

  private wrong(i: number, value: unknown): Error {
    const type = this.kinds[i] === REQUIRED ? 'string' : Object.keys(KIND)[this.kinds[i] - 1]
    return new Error(`${this.file}: ${this.keys[i]} should be ${type}, got ${JSON.stringify(value)}`)
  }

  /** Writes the chunk; waits only while the stream holds more than its high-water mark. */
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
