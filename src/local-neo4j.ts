// The embedded Neo4j of tools/neo4j-local: built with Maven on first use, started as a child Java
// process, ready when it prints its readiness line, stopped with SIGTERM (its shutdown hook closes the
// store cleanly). Used by `npm start`, the npm neo4j:* scripts and the test suite's before/after hooks.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const TOOL_DIR = path.join(ROOT, 'tools/neo4j-local')
// Run from the jar, not target/classes: class-data sharing archives only classes loaded from jars.
const JAR = path.join(TOOL_DIR, 'target/neo4j-local-1.0.0.jar')
/**
 * A class-data sharing archive of the classes a start loads, written by one start and stop after the
 * build. Starts that use it parse and verify none of those classes again (measured on this 2-core machine,
 * busy: ready after 11–19 s instead of 20–29 s); a JVM that cannot use it ignores it and says so in its log.
 */
const CDS_ARCHIVE = path.join(TOOL_DIR, 'target/neo4j-local.jsa')
const LIB_DIR = path.join(TOOL_DIR, 'target/lib')
const READY = /^NEO4J_READY (\S+)/m

/** Java 17+ and Maven present? Returns the line to show the user when not. */
export async function missingPrerequisite(): Promise<string | null> {
  try {
    const { stderr, stdout } = await run('java', ['-version'])
    // `java -version` prints `… version "17.0.x" …`; anything unparsable reads as NaN, too old.
    const major = Number.parseInt((stderr + stdout).replace(/^[^"]*"/, ''), 10)
    /* c8 ignore next -- needs a Java older than 17 on the PATH; this machine and CI have 17 */
    if (!(major >= 17)) return `Java ${major} found; install Java 17+ and Maven, or set NEO4J_URI to an existing Neo4j.`
  } catch {
    return 'Neither NEO4J_URI nor Java was found: install Java 17+ and Maven, or set NEO4J_URI to an existing Neo4j (for example bolt://localhost:7687 from docker compose).'
  }
  try {
    await run('mvn', ['-v'])
  } catch {
    return 'Maven was not found: install Maven (it builds the embedded Neo4j once), or set NEO4J_URI to an existing Neo4j.'
  }
  return null
}

const MAIN_SOURCE = path.join(TOOL_DIR, 'src/main/java/entente/Neo4jLocal.java')

/** Built, and not older than its source (a pull that changes the Java program rebuilds it once). */
export const isBuilt = () => existsSync(JAR) && existsSync(LIB_DIR) && statSync(MAIN_SOURCE).mtimeMs <= statSync(JAR).mtimeMs

/** Builds tools/neo4j-local with Maven unless already built (first run only, and after its sources change). */
export async function ensureBuilt(log: (line: string) => void = console.error): Promise<void> {
  if (isBuilt()) return
  /* c8 ignore start -- the build runs once per clone, in the suite's before hook (test/setup/neo4j-before.ts),
     which tap does not measure; rebuilding inside a test would cost a minute of Maven */
  log('Building the embedded Neo4j with Maven (first run, or after its Java program changed; the first downloads about 160 MB)…')
  await run('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: TOOL_DIR, maxBuffer: 64 * 1024 * 1024 })
  rmSync(CDS_ARCHIVE, { force: true })
  const home = mkdtempSync(path.join(os.tmpdir(), 'entente-neo4j-cds-'))
  try {
    // Port 0: any free port; the JVM writes the archive as it exits, after the store is closed.
    const db = await startLocalNeo4j({ port: 0, home, jvmArgs: [`-XX:ArchiveClassesAtExit=${CDS_ARCHIVE}`] })
    await stopProcess(db.pid, 120_000)
  } catch (error) {
    log(`no class-data archive, the embedded Neo4j starts without one: ${(error as Error).message}`)
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}
/* c8 ignore stop */

export interface LocalNeo4j {
  uri: string
  pid: number
  /** SIGTERM, then wait for the JVM's shutdown hook to close the store. */
  stop(): Promise<void>
}

export interface StartOptions {
  port: number
  home: string
  heapMb?: number
  /** Neo4j page cache in MB (default 128, the Java program's own default); large graphs want their store to fit. */
  pagecacheMb?: number
  /** Garbage collector: serial (default) keeps a small Neo4j small; parallel suits bulk loads on a big heap. */
  gc?: keyof typeof GC_FLAGS
  /** A detached process outlives this one (the test suite's before hook); its output goes to logFile. */
  detached?: boolean
  logFile?: string
  timeoutMs?: number
  /** More JVM flags (the test suite's own instances start with a quicker JIT). */
  jvmArgs?: string[]
}

const GC_FLAGS = { serial: '-XX:+UseSerialGC', parallel: '-XX:+UseParallelGC' }

export async function startLocalNeo4j(opts: StartOptions): Promise<LocalNeo4j> {
  mkdirSync(opts.home, { recursive: true })
  const args = [
    `-Xmx${opts.heapMb ?? 1024}m`,
    GC_FLAGS[opts.gc ?? 'serial'],
    /* c8 ignore next -- every build writes the archive (ensureBuilt); without it a start is only slower */
    ...(existsSync(CDS_ARCHIVE) ? [`-XX:SharedArchiveFile=${CDS_ARCHIVE}`] : []),
    ...(opts.jvmArgs ?? []),
    // Without these Neo4j's page cache falls back to a slower access path (it says so in its debug log).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${JAR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
    'entente.Neo4jLocal',
    '--home',
    opts.home,
    '--port',
    String(opts.port),
    '--pagecache',
    String(opts.pagecacheMb ?? 128),
  ]
  // Output goes to a log file, never to a pipe: a detached Neo4j must not die of a closed pipe when the
  // process that started it exits. Readiness is read from the file, past its size at start.
  const logPath = opts.logFile ?? path.join(opts.home, 'neo4j-local.log')
  const out = openSync(logPath, 'a')
  const offset = statSync(logPath).size
  const child = spawn('java', args, { detached: opts.detached ?? false, stdio: ['ignore', out, out] })
  closeSync(out)
  if (opts.detached) child.unref()
  const uri = await waitForReady(child, logPath, offset, opts.timeoutMs ?? 120_000)
  return { uri, pid: child.pid as number, stop: () => stopProcess(child.pid as number) }
}

async function waitForReady(child: ChildProcess, logPath: string, offset: number, timeoutMs: number): Promise<string> {
  let exited: number | null | undefined
  child.once('exit', (code) => {
    exited = code
  })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const match = READY.exec(readFileSync(logPath, 'utf8').slice(offset))
    if (match) return match[1]
    if (exited !== undefined) throw new Error(`embedded Neo4j exited with code ${exited} before it was ready (see ${logPath})`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`embedded Neo4j printed no readiness line within ${timeoutMs} ms (see ${logPath})`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM and wait up to timeoutMs for the process to be gone; SIGKILL after that. */
export async function stopProcess(pid: number, timeoutMs = 30_000): Promise<void> {
  if (!alive(pid)) return
  process.kill(pid, 'SIGTERM')
  const deadline = Date.now() + timeoutMs
  while (alive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL')
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
