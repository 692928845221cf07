// Query parameters shared by the analyses and the export (paths, influence, GET /graph), turned into the
// parameters their statements take.
import neo4j from 'neo4j-driver'
import type { Statement } from '../db/cypher.js'
import { intervalOf } from '../model/partial-date.js'

/** The validity window of asOf ($asOfStart, $asOfEnd), or no time filter (both null). */
export function asOfWindow(asOf: string | undefined) {
  const window = asOf === undefined ? null : intervalOf(asOf)
  return { asOfStart: window?.start ?? null, asOfEnd: window?.end ?? null }
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/

/**
 * A validated knownAt (schemas/params.ts) as the parameter of a known-at variant: the Neo4j instant the
 * history's records are compared with, to the nanosecond, so a version's knownFrom, sent back as knownAt,
 * names that version. Absent: no parameter, so today's statements run with just what they ran with before.
 */
export function knownAtParams(knownAt: string | undefined): { knownAt?: InstanceType<typeof neo4j.types.DateTime> } {
  if (knownAt === undefined) return {}
  const [, y, mo, d, h, mi, s, frac, zone, sign, oh, om] = INSTANT.exec(knownAt) as RegExpExecArray
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60)
  // The same instant in UTC: RFC 3339 allows offsets up to ±23:59, Neo4j's DateTime only ±18:00, and
  // an instant compares the same whatever its offset. setUTCFullYear keeps years 0-99 as written.
  const utc = new Date(0)
  utc.setUTCFullYear(Number(y), Number(mo) - 1, Number(d))
  utc.setUTCHours(Number(h), Number(mi), Number(s) - offset, 0)
  // Neo4j keeps nanoseconds: digits past the ninth cannot tell two of its instants apart.
  const nanos = Number((frac ?? '').slice(0, 9).padEnd(9, '0'))
  return {
    knownAt: new neo4j.types.DateTime(
      utc.getUTCFullYear(),
      utc.getUTCMonth() + 1,
      utc.getUTCDate(),
      utc.getUTCHours(),
      utc.getUTCMinutes(),
      utc.getUTCSeconds(),
      nanos,
      0,
    ),
  }
}

/** The statements with a known-at variant (src/db/cypher.ts). */
type Knowable = Statement extends infer S ? (S extends `known:${infer N}` ? N : never) : never

/** A statement, or its known-at variant when the request names a knownAt. */
export const atKnown = (name: Knowable, knownAt: string | undefined): Statement =>
  knownAt === undefined ? name : (`known:${name}` as Statement)
