// Every Cypher statement lives in cypher/ as one .cypher file. They are read once, when this module is
// first imported; a query module asking for a name that has no file fails at import, so a missing file
// stops start-up instead of failing one request later.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher')

/**
 * Cypher cannot take a path-length bound as a parameter. A statement that writes MAX_HOPS in a
 * quantifier is therefore also loaded as fixed variants "name@1" … "name@6", each with the literal
 * bound; a request picks a variant by its validated maxHops, so no request text enters Cypher.
 */
export const MAX_HOPS_VARIANTS = [1, 2, 3, 4, 5, 6] as const

function loadAll(dir: string): Map<string, string> {
  const statements = new Map<string, string>()
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.cypher')) continue
    const name = file.slice(0, -'.cypher'.length)
    const text = readFileSync(path.join(dir, file), 'utf8')
    statements.set(name, text)
    if (text.includes('MAX_HOPS')) {
      for (const n of MAX_HOPS_VARIANTS) statements.set(`${name}@${n}`, text.replaceAll('MAX_HOPS', String(n)))
    }
  }
  return statements
}

const statements = loadAll(CYPHER_DIR)

/** The text of cypher/<name>.cypher; throws if there is no such file. */
export function cypher(name: string): string {
  const text = statements.get(name)
  if (text === undefined) throw new Error(`cypher/${name}.cypher is missing`)
  return text
}

/** Names of the statements in cypher/ whose names start with prefix, sorted: for ordered schema files. */
export function cypherNames(prefix: string): string[] {
  return [...statements.keys()].filter((n) => n.startsWith(prefix)).sort()
}
