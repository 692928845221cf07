// The statement catalog. Every Cypher statement is a file cypher/<name>.cypher, and its name is listed
// in statements.ts, which `npm run cypher` generates from that folder (a drift test fails when it is
// stale): so a statement is called by a typed name, and a typo is a compile error. The catalog reads
// every listed file when this module is first imported, that is at start-up: a missing file stops
// start-up and never fails a request.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_HOPS } from '../model/hops.js'
import { HOP_STATEMENTS, KNOWN_STATEMENTS, STATEMENTS } from './statements.js'

const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const CYPHER_DIR = path.join(ROOT_DIR, 'cypher')

/**
 * Cypher cannot take a path-length bound as a parameter. A statement that writes MAX_HOPS in a
 * quantifier is therefore loaded as fixed variants "name@1" … "name@<MAX_HOPS>", each with the literal
 * bound; a request picks a variant by its validated maxHops, so no request text enters Cypher.
 */
export type HopVariant<H extends string> = `${H}@${number}`

/**
 * A statement with a known-at variant (it writes `//+known` parts) is also loaded as "known:name": the
 * same statement over the recorded history instead of today's graph (docs/model.md, "The graph as it
 * was known"). Today's reads keep their own text, so they cost what they cost before there was a history.
 */
export type KnownVariant<P extends string, H extends string> = `known:${P}` | `known:${HopVariant<H>}`

type Plain = (typeof STATEMENTS)[number]
type Hop = (typeof HOP_STATEMENTS)[number]
type Known = (typeof KNOWN_STATEMENTS)[number]

/** The name of a statement of cypher/ (a hop statement with its variant: `paths-find@3`; a known-at one: `known:paths-find@3`). */
export type Statement = Plain | HopVariant<Hop> | KnownVariant<Extract<Plain, Known>, Extract<Hop, Known>>

/** What the history layer is called in a known-at variant: today's labels and type, renamed. */
const KNOWN_NAMES: Record<string, string> = { Actor: 'KnownActor', RELATION: 'KNOWN_RELATION', Claim: 'KnownClaim' }

/**
 * The known-at variant of a statement: each `//+known …` comment becomes its text, today's labels and
 * relation type become the history layer's (:Actor → :KnownActor, :RELATION → :KNOWN_RELATION,
 * :Claim → :KnownClaim), and two macros expand: RECORDED(x), "record x held at $knownAt", and
 * KNOWN_ACTOR(a), "a source version current at $knownAt mentions a, or a relation recorded then
 * touches it". So a variant is written beside the statement it varies, in the same file.
 */
export function knownVariant(text: string): string {
  const recorded = (v: string) => `(${v}.recordedFrom <= $knownAt AND (${v}.recordedUntil IS NULL OR ${v}.recordedUntil > $knownAt))`
  return text
    .replace(/\/\/\+known (.*)$/gm, (_, code: string) => code)
    .replace(/:(Actor|RELATION|Claim)\b/g, (_, name: string) => `:${KNOWN_NAMES[name]}`)
    .replace(/RECORDED\((\w+)\)/g, (_, v: string) => recorded(v))
    .replace(
      /KNOWN_ACTOR\((\w+)\)/g,
      (_, a: string) =>
        `(EXISTS { (knownVersion:SourceVersion)-[:VERSION_MENTIONS]->(${a}) WHERE knownVersion.knownFrom <= $knownAt AND ` +
        '(knownVersion.knownUntil IS NULL OR knownVersion.knownUntil > $knownAt) } OR ' +
        `EXISTS { (${a})-[knownRelation:KNOWN_RELATION]-() WHERE ${recorded('knownRelation')} })`,
    )
}

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
  static load<P extends string, H extends string, K extends P | H = never>(
    dir: string,
    plain: readonly P[],
    hop: readonly H[],
    known: readonly K[] = [],
  ): Catalog<P | HopVariant<H> | KnownVariant<Extract<P, K>, Extract<H, K>>> {
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
    const isKnown = (name: string, text: string) => {
      const listed = (known as readonly string[]).includes(name)
      if (text.includes('//+known') !== listed) {
        problems.push(
          `${file(name)} ${listed ? 'has no //+known part but is' : 'writes //+known but is not'} listed as a known-at statement`,
        )
      }
      return listed
    }
    for (const name of plain) {
      const text = read(name)
      if (text.includes('MAX_HOPS')) problems.push(`${file(name)} writes MAX_HOPS but is not listed as a hop statement`)
      texts.set(name, text)
      if (isKnown(name, text)) texts.set(`known:${name}`, knownVariant(text))
    }
    for (const name of hop) {
      const text = read(name)
      const withKnown = isKnown(name, text)
      for (let n = 1; n <= MAX_HOPS; n++) {
        texts.set(`${name}@${n}`, hopVariant(text, n))
        if (withKnown) texts.set(`known:${name}@${n}`, knownVariant(hopVariant(text, n)))
      }
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
export const CATALOG: Catalog<Statement> = Catalog.load(CYPHER_DIR, STATEMENTS, HOP_STATEMENTS, KNOWN_STATEMENTS)
