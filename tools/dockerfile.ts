// The Dockerfile's final stage, read as data: what it copies, what it runs and its command. The
// production install test (test/production.test.ts) does that stage by hand, and the benchmark
// (bench/api-process.ts) starts the API with the very command and Node flags the image runs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../src/local-neo4j.js'

export interface FinalStage {
  /** Its FROM line. */
  image: string
  /** What it copies from the build context, and from the build stage. */
  copies: string[]
  fromBuild: string[]
  /** Its RUN commands, its ENV assignments, and its CMD (exec form). */
  runs: string[]
  env: Record<string, string>
  cmd: string[]
}

export function finalStage(dockerfile = path.join(ROOT, 'Dockerfile')): FinalStage {
  const lines = readFileSync(dockerfile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
  const stage = lines.slice(lines.map((l) => l.startsWith('FROM ')).lastIndexOf(true))
  const copies = stage.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).map((l) => l.split(/\s+/).slice(1, -1))
  const fromBuild = stage.filter((l) => l.startsWith('COPY --from=build')).map((l) => l.split(/\s+/).at(-1) as string)
  const runs = stage.filter((l) => l.startsWith('RUN ')).map((l) => l.slice(4))
  const env = Object.fromEntries(
    stage
      .filter((l) => l.startsWith('ENV '))
      .flatMap((l) => l.slice(4).split(/\s+/))
      .map((pair) => pair.split('=') as [string, string]),
  )
  const cmd = JSON.parse(stage.find((l) => l.startsWith('CMD '))?.slice(4) ?? '[]') as string[]
  return { image: stage[0], copies: copies.flat(), fromBuild, runs, env, cmd }
}
