// The statement catalog. Every Cypher statement is a file cypher/<name>.cypher, and its name is listed
// in statements.ts, which `npm run cypher` generates from that folder (a drift test fails when it is
// stale): so a statement is called by a typed name, and a typo is a compile error. The catalog reads
// every listed file when this module is first imported, that is at start-up: a missing file stops
// start-up and never fails a request.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_HOPS } from '../model/hops.js'
import { HOP_STATEMENTS, STATEMENTS } from './statements.js'

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const CYPHER_DIR = path.join(ROOT_DIR, 'cypher')

/**
 * Cypher cannot take a path-length bound as a parameter. A statement that writes MAX_HOPS in a
 * quantifier is therefore loaded as fixed variants "name@1" … "name@<MAX_HOPS>", each with the literal
 * bound; a request picks a variant by its validated maxHops, so no request text enters Cypher.
 */
export type HopVariant<H extends string> = `${H}@${number}`

/** The name of a statement of cypher/ (a hop statement with its variant: `paths-find@3`). */
export type Statement = (typeof STATEMENTS)[number] | HopVariant<(typeof HOP_STATEMENTS)[number]>

/**
 * The text of a hop statement for n hops: MAX_HOPS is n, and the parts written between a line
 * `// hops >= K` and a line `// end hops` are left out when n < K, so that Neo4j does not plan parts
 * no request of that variant runs (planning is paid per variant, and a long statement costs seconds).
 */
export function hopVariant(text: string, n: number): string {
  const parts = text.split(/^[ \t]*\/\/ hops >= (\d+)\n([\s\S]*?)^[ \t]*\/\/ end hops\n/m)
  // split with two groups: [text, K, part, text, K, part, …, text]
  const kept = parts.map((part, i) => (i % 3 === 0 ? part : i % 3 === 2 && n >= Number(parts[i - 1]) ? part : '')).join('')
  return kept.replaceAll('MAX_HOPS', String(n))
}

export class Catalog<N extends string> {
  private constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /**
   * Reads every listed statement of dir now; throws naming each missing file. Hop statements (written
   * with MAX_HOPS) are loaded as their variants 1..MAX_HOPS; a plain statement must not write MAX_HOPS.
   */
  static load<P extends string, H extends string>(dir: string, plain: readonly P[], hop: readonly H[]): Catalog<P | HopVariant<H>> {
    const texts = new Map<string, string>()
    const problems: string[] = []
    const file = (name: string) => path.relative(ROOT_DIR, path.join(dir, `${name}.cypher`))
    const read = (name: string) => {
      try {
        return readFileSync(path.join(dir, `${name}.cypher`), 'utf8')
      } catch {
        problems.push(`${file(name)} is missing`)
        return ''
      }
    }
    for (const name of plain) {
      const text = read(name)
      if (text.includes('MAX_HOPS')) problems.push(`${file(name)} writes MAX_HOPS but is not listed as a hop statement`)
      texts.set(name, text)
    }
    for (const name of hop) {
      const text = read(name)
      for (let n = 1; n <= MAX_HOPS; n++) texts.set(`${name}@${n}`, hopVariant(text, n))
    }
    if (problems.length > 0) throw new Error(`statement catalog: ${problems.join('; ')} (run \`npm run cypher\`)`)
    return new Catalog(texts)
  }

  /** The text of a statement; throws for a hop variant past MAX_HOPS, which validation keeps requests from asking. */
  text(name: N): string {
    const text = this.texts.get(name)
    if (text === undefined) throw new Error(`no statement ${name} (hop variants go from 1 to ${MAX_HOPS})`)
    return text
  }

  /** The statements whose names start with prefix, sorted: for ordered schema files. */
  names<P extends string>(prefix: P): Array<Extract<N, `${P}${string}`>> {
    return [...this.texts.keys()].filter((n): n is Extract<N, `${P}${string}`> => n.startsWith(prefix)).sort()
  }

  /** This catalog and another one (a tool's own statements beside the service's). */
  with<M extends string>(other: Catalog<M>): Catalog<N | M> {
    return new Catalog(new Map([...this.texts, ...other.texts]))
  }
}

/** The service's statements: cypher/, read at start-up. */
export const CATALOG: Catalog<Statement> = Catalog.load(CYPHER_DIR, STATEMENTS, HOP_STATEMENTS)
