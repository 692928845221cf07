// `npm run keys -- create --name NAME --scope read|write|admin`, `… list`, `… revoke ID`: API keys in the
// Neo4j of NEO4J_URI, or the embedded one at bolt://127.0.0.1:NEO4J_LOCAL_PORT (as npm run seed).
// create prints the key alone on stdout (so `KEY=$(npm run -s keys -- create …)` keeps it) and what it
// made on stderr; the key is never shown again. Bad arguments: one line and exit 2, before connecting.
import { parseArgs } from 'node:util'
import { type Config, type ConfigError, loadConfig } from '../config.js'
import { databaseUri, neo4jOptions, openGraph } from '../db/connect.js'
import type { Graph } from '../db/graph.js'
import type { KeyScope } from '../lib/route-policy.js'
import { ensureSchema } from '../write/seed-files.js'
import { isScope, SCOPES } from './keys.js'
import { createKey, listKeys, nameProblem, revokeKey } from './store.js'

export const USAGE = `usage: npm run keys -- create --name NAME --scope ${SCOPES.join('|')} | list | revoke ID`

type Command = { kind: 'create'; name: string; scope: KeyScope } | { kind: 'list' } | { kind: 'revoke'; id: string }

class UsageError extends Error {}

/** The command the arguments ask for; a UsageError naming what is wrong otherwise. */
export function parseCommand(argv: string[]): Command {
  const [verb, ...rest] = argv
  if (verb === 'create') {
    let values: { name?: string; scope?: string }
    try {
      ;({ values } = parseArgs({ args: rest, options: { name: { type: 'string' }, scope: { type: 'string' } }, strict: true }))
    } catch (err) {
      throw new UsageError((err as Error).message.split('\n')[0])
    }
    if (values.name === undefined) throw new UsageError('create needs --name NAME')
    const problem = nameProblem(values.name)
    if (problem !== null) throw new UsageError(`--name: ${problem}`)
    if (values.scope === undefined || !isScope(values.scope)) {
      throw new UsageError(
        `--scope must be ${SCOPES.join(', ')}${values.scope === undefined ? '' : `, got ${JSON.stringify(values.scope)}`}`,
      )
    }
    return { kind: 'create', name: values.name, scope: values.scope }
  }
  if (verb === 'list') {
    if (rest.length > 0) throw new UsageError(`list takes no arguments, got ${JSON.stringify(rest[0])}`)
    return { kind: 'list' }
  }
  if (verb === 'revoke') {
    if (rest.length !== 1 || !/^[0-9a-f]{16}$/.test(rest[0])) {
      throw new UsageError('revoke needs one key id (16 hex digits, as npm run keys -- list shows)')
    }
    return { kind: 'revoke', id: rest[0] }
  }
  throw new UsageError(verb === undefined ? 'no command' : `unknown command ${JSON.stringify(verb)}`)
}

async function run(graph: Graph, command: Command): Promise<number> {
  if (command.kind === 'create') {
    await ensureSchema(graph)
    const made = await createKey(graph, command.name, command.scope)
    console.log(made.key)
    console.error(
      `created key ${made.id} "${made.name}" with scope ${made.scope}: the key above is shown this once, only its hash is stored`,
    )
    return 0
  }
  if (command.kind === 'list') {
    const keys = await listKeys(graph)
    console.log(['id', 'scope', 'created', 'revoked', 'name'].join('\t'))
    for (const k of keys) console.log([k.id, k.scope, k.createdAt, k.revokedAt ?? '-', k.name].join('\t'))
    return 0
  }
  const outcome = await revokeKey(graph, command.id)
  if (outcome.status === 'unknown') {
    console.error(`no key ${command.id}`)
    return 1
  }
  const { id, name, revokedAt } = outcome.key
  console.log(outcome.status === 'revoked' ? `revoked key ${id} "${name}"` : `key ${id} "${name}" was already revoked at ${revokedAt}`)
  return 0
}

export async function keysCommand(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let command: Command
  let config: Config
  try {
    command = parseCommand(argv)
    config = loadConfig(env)
  } catch (err) {
    console.error(err instanceof UsageError ? `[keys] ${err.message}; ${USAGE}` : (err as ConfigError).message)
    return 2
  }
  try {
    const graph = await openGraph(neo4jOptions(config, databaseUri(config)))
    return await run(graph, command).finally(() => graph.close())
  } catch (err) {
    console.error(`[keys] failed: ${(err as Error).message}`)
    return 1
  }
}

/* c8 ignore next 3 -- the entry point when run as a script; tests call keysCommand() */
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await keysCommand(process.argv.slice(2))
}
