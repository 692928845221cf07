// What test/setup/source-maps.mjs does for the tap's own processes, done afterwards for the processes
// tests spawn with their own `--import tsx` (npm start, the CLIs, the bench scripts): in every coverage
// file V8 wrote, a recorded source map whose sourcesContent holds only nulls loses that field. c8 merges
// the maps of all files, the last one read winning, so one spawned process's map would otherwise make its
// modules one empty, fully covered line again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

interface CoverageFile {
  'source-map-cache'?: Record<string, { data?: { sourcesContent?: unknown[] } }>
}

/** Mends every coverage file in dir; returns how many source maps it mended. */
export function fixCoverageMaps(dir: string): number {
  let mended = 0
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = path.join(dir, name)
    const coverage = JSON.parse(readFileSync(file, 'utf8')) as CoverageFile
    let changed = false
    for (const entry of Object.values(coverage['source-map-cache'] ?? {})) {
      const content = entry.data?.sourcesContent
      if (Array.isArray(content) && content.every((s) => s == null)) {
        delete entry.data?.sourcesContent
        changed = true
        mended++
      }
    }
    if (changed) writeFileSync(file, JSON.stringify(coverage))
  }
  return mended
}
