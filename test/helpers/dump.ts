// Test-only reads of a whole graph, to compare two loads of the same synthetic graph: every node and
// relationship with each property's Cypher type and value, and the schema.
import neo4j from 'neo4j-driver'
import type { App } from '../../src/app.js'

/** A value as canonical JSON: integers tagged, floats to 12 digits (the ranking sums in the store's order), temporals by kind. */
function canon(v: unknown): unknown {
  if (neo4j.isInt(v)) return { $int: v.toString() }
  if (typeof v === 'number') return Number(v.toPrecision(12))
  if (Array.isArray(v)) return v.map(canon)
  if (v !== null && typeof v === 'object') return { $value: v.constructor.name }
  return v
}

/** When a seed ran, not what it stored: the graph meta node's times, kept by their type alone. */
const CLOCKS = ['lockedAt', 'seededAt']

/** Test-only Cypher: every node and relationship, each property as [name, its Cypher type, value]; sorted lines. */
export async function dump(target: App): Promise<string[]> {
  const session = target.graph.driver.session({ database: target.graph.database })
  const props = (x: string) => `[k IN keys(${x}) | [k, valueType(${x}[k]), ${x}[k]]] AS props`
  const sorted = (rows: unknown[][]) =>
    [...rows]
      .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1))
      .map(([k, type, v]) => [k, type, CLOCKS.includes(k as string) ? null : canon(v)])
  try {
    const nodes = await session.run(`MATCH (n) RETURN labels(n) AS labels, ${props('n')}`)
    const rels = await session.run(
      `MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS fromLabels, coalesce(a.id, a.key) AS from, labels(b) AS toLabels, coalesce(b.id, b.key) AS to, ${props('r')}`,
    )
    return [
      ...nodes.records.map((r) => JSON.stringify({ labels: r.get('labels'), props: sorted(r.get('props')) })),
      ...rels.records.map((r) => JSON.stringify({ ...r.toObject(), props: sorted(r.get('props')) })),
    ].sort()
  } finally {
    await session.close()
  }
}

/** Test-only Cypher: the constraints and indexes, by name, kind and what they cover. */
export async function schema(target: App): Promise<string[]> {
  const session = target.graph.driver.session({ database: target.graph.database })
  try {
    const shown = [
      ...(await session.run('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties')).records,
      ...(await session.run('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state')).records,
    ]
    return shown.map((r) => JSON.stringify(r.toObject())).sort()
  } finally {
    await session.close()
  }
}
