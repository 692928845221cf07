// The suite's embedded Neo4j instances: one per tap job, so files running side by side never share a
// database (Neo4j Community has one user database per instance). Job j's Neo4j listens on
// TEST_NEO4J_PORT + JOB_PORT_STRIDE × j; the ports above it, up to +300, are that job's own for the
// servers and Neo4j instances a test starts itself. Each instance is started detached by the first
// test file of its job that needs it, reused by the job's later files, and stopped by the after hook.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { alive, ROOT, startLocalNeo4j, stopProcess } from '../../src/local-neo4j.js'

/** The port the suite was given (TEST_NEO4J_PORT, default 7688): job 0's Neo4j. */
export const SUITE_PORT = Number(process.env.TEST_NEO4J_PORT ?? 7688)
/** Room between two jobs' ports: each job derives ports up to +300 from its own base. */
export const JOB_PORT_STRIDE = 400
/** The most jobs the after hook looks for; `tap --jobs` above this would leave instances running. */
export const MAX_JOBS = 8

export const jobBasePort = (job: number) => SUITE_PORT + JOB_PORT_STRIDE * job
export const homeOf = (port: number) => path.join(ROOT, `.data/test-neo4j-${port}`)
const pidFileOf = (port: number) => `${homeOf(port)}.pid`

const runningPid = (port: number) => {
  if (!existsSync(pidFileOf(port))) return null
  const pid = Number(readFileSync(pidFileOf(port), 'utf8'))
  return alive(pid) ? pid : null
}

/** Starts the Neo4j on this port (fresh data folder) unless this suite's instance already runs there. */
export async function ensureSuiteNeo4j(port: number): Promise<void> {
  if (runningPid(port) !== null) return
  rmSync(homeOf(port), { recursive: true, force: true })
  const started = Date.now()
  const db = await startLocalNeo4j({ port, home: homeOf(port), detached: true, heapMb: 2048 })
  writeFileSync(pidFileOf(port), String(db.pid))
  process.stderr.write(`# embedded Neo4j for this tap job at ${db.uri} (pid ${db.pid}) in ${Date.now() - started} ms\n`)
}

/** Stops every job's instance and removes its data (the before hook: leftovers of an aborted run). */
export async function stopSuiteNeo4j(): Promise<void> {
  const ports = Array.from({ length: MAX_JOBS }, (_, job) => jobBasePort(job))
  await Promise.all(
    ports.map(async (port) => {
      const pid = runningPid(port)
      if (pid !== null) await stopProcess(pid)
      rmSync(pidFileOf(port), { force: true })
      rmSync(homeOf(port), { recursive: true, force: true })
    }),
  )
}

/**
 * With NEO4J_URI every job would share that one database: then the files take turns, each holding a
 * lock file (with its pid, so a crashed holder's lock is taken over) from its start to its exit.
 */
export async function takeTurnOn(uri: string): Promise<void> {
  const lock = path.join(ROOT, `.data/test-db-turn-${uri.replace(/[^\w]+/g, '_')}`)
  mkdirSync(path.dirname(lock), { recursive: true })
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' })
      break
    } catch {
      const holder = Number(readFileSync(lock, 'utf8'))
      if (holder > 0 && !alive(holder)) rmSync(lock, { force: true })
      else await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  process.once('exit', () => rmSync(lock, { force: true }))
}
