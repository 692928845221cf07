// A header-typed CSV file for `neo4j-admin database import`, written streaming: rows are buffered in
// chunks of about 256 KB and each chunk waits for the stream to drain, so a million rows never sit in
// memory. Every value is checked against its column's type, so the files hold what the driver path
// stores or the write fails:
// - a string is always quoted (the importer reads an unquoted empty field as "no property" and a quoted
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

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`

export class CsvFile {
  /** Rows written. */
  rows = 0
  /** Rows per column whose list was empty, written as absent (see the header). */
  readonly emptyLists = new Map<string, number>()
  private chunk = ''
  private readonly stream: WriteStream
  private readonly keys: string[]
  private readonly known: Set<string>
  private failure: Error | undefined

  constructor(
    readonly file: string,
    private readonly columns: Column[],
  ) {
    this.stream = createWriteStream(file)
    // Kept, and thrown by the next write or close: an unheard 'error' event would end the process.
    this.stream.on('error', (err) => {
      this.failure ??= err
    })
    this.keys = columns.map((c) => ('start' in c ? ':start' : 'end' in c ? ':end' : c.name))
    this.known = new Set(this.keys)
    this.chunk = `${columns.map(header).join(',')}\n`
  }

  /** Appends one row: values by column name (':start' and ':end' for a relationship's ends). */
  async write(row: Record<string, unknown>): Promise<void> {
    for (const key in row) {
      if (!this.known.has(key) && row[key] !== null && row[key] !== undefined) throw new Error(`${this.file}: no column for ${key}`)
    }
    this.chunk += `${this.columns.map((c, i) => this.field(c, this.keys[i], row[this.keys[i]])).join(',')}\n`
    this.rows++
    if (this.chunk.length >= FLUSH_AT) await this.flush()
  }

  private field(c: Column, name: string, value: unknown): string {
    const type: ColumnType = 'type' in c ? c.type : 'string'
    if (value === null || value === undefined) {
      if (!('type' in c)) throw new Error(`${this.file}: ${name} is required`)
      return ''
    }
    const wrong = () => new Error(`${this.file}: ${name} should be ${type}, got ${JSON.stringify(value)}`)
    if (type === 'string[]') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.includes(ARRAY_DELIMITER))) throw wrong()
      if (value.length === 0) {
        this.emptyLists.set(name, (this.emptyLists.get(name) ?? 0) + 1)
        return ''
      }
      return quote(value.join(ARRAY_DELIMITER))
    }
    if (typeof value !== { string: 'string', double: 'number', boolean: 'boolean' }[type]) throw wrong()
    return type === 'string' ? quote(value as string) : String(value)
  }

  private async flush(): Promise<void> {
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
