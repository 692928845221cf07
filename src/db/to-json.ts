// The one place Neo4j values become JSON: integers become numbers (our counts and ids never pass
// 2^53), dates and times become ISO strings, nodes and relationships become their properties, and any
// other value of the driver (a path) a map of its fields, each converted. The graph stores no durations,
// so none are converted.
import neo4j from 'neo4j-driver'

export function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null
  // The common cases first, and without the driver's type tests (each a property lookup): strings,
  // numbers and booleans, lists, and maps (plain objects: the driver's values are class instances).
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value
  if (Array.isArray(value)) return value.map(toJson)
  if (Object.getPrototypeOf(value) === Object.prototype) return mapToJson(value as Record<string, unknown>)
  if (neo4j.isInt(value)) return (value as neo4j.Integer).toNumber()
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isLocalTime(value) || neo4j.isTime(value)) {
    return String(value)
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toJson((value as neo4j.Node).properties)
  return mapToJson(value as Record<string, unknown>)
}

function mapToJson(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key in map) out[key] = toJson(map[key])
  return out
}

/** One record as a plain object of JSON values. */
export function recordToJson(record: neo4j.Record): Record<string, unknown> {
  return toJson(record.toObject()) as Record<string, unknown>
}
