// `npm run seed:synthetic` run in-process against the suite's Neo4j, its output captured.
import { syntheticCommand, type Io } from '../../tools/synthetic/cli.js'
import { TEST_NEO4J_PORT } from './config.js'

/** Runs the CLI with captured output, against the suite's Neo4j. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = ''
  let err = ''
  const io: Io = { out: (line) => (out += `${line}\n`), err: { write: (s: string) => (err += s), isTTY: false } }
  const where = process.env.NEO4J_URI ? { NEO4J_URI: process.env.NEO4J_URI } : { NEO4J_LOCAL_PORT: String(TEST_NEO4J_PORT) }
  const code = await syntheticCommand(args, { ...where, LOG_LEVEL: 'silent', ...env }, io)
  return { code, out, err }
}
