// Every Cypher statement lives in cypher/ as one .cypher file. They are read once, when this module is
// first imported; a query module asking for a name that has no file fails at import, so a missing file
// stops start-up instead of failing one request later.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher')

function loadAll(dir: string): Map<string, string> {
  const statements = new Map<string, string>()
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.cypher')) statements.set(file.slice(0, -'.cypher'.length), readFileSync(path.join(dir, file), 'utf8'))
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
