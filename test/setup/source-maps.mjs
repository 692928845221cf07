// Coverage through tsx, made true. tsx gives each module an inline source map with
// `sourcesContent: [null]`; tap's coverage (processinfo records Node's source maps, c8 and
// v8-to-istanbul report them) takes that null as the module's original text, so every TypeScript file
// was reported as one empty line, 100 % covered whatever ran. Loaded in every process tap runs
// (package.json's tap node-arg, after --import=tsx), this does two things:
// - a load hook after tsx's (hooks registered later see what earlier ones return) drops a
//   sourcesContent that holds only nulls from the inline map, so the report reads the file from disk
//   and maps V8's ranges onto its real lines;
// - the processes a test spawns with their own `--import tsx` (npm start, the CLIs, the bench
//   scripts) do not load this file, so at the test's exit their coverage files, written since it
//   started, lose such a sourcesContent too: c8 merges the maps of all files, the last read winning,
//   and one unmended map would make its modules one empty, fully covered line again. tap reports
//   right after the last test exits, so this cannot wait for the suite's after script.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import path from 'node:path'

const INLINE = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/
const emptyContent = (map) => Array.isArray(map?.sourcesContent) && map.sourcesContent.every((s) => s == null)

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context)
    if (!url.startsWith('file:') || url.includes('/node_modules/') || result.source == null) return result
    const text = typeof result.source === 'string' ? result.source : Buffer.from(result.source).toString('utf8')
    const found = INLINE.exec(text)
    if (!found) return result
    const map = JSON.parse(Buffer.from(found[1], 'base64').toString('utf8'))
    if (!emptyContent(map)) return result
    delete map.sourcesContent
    const inline = Buffer.from(JSON.stringify(map)).toString('base64')
    return { ...result, source: `${text.slice(0, found.index)}//# sourceMappingURL=data:application/json;base64,${inline}` }
  },
})

const started = Date.now()
const root = process.env._TAPJS_PROCESSINFO_CWD_
if (root && process.env._TAPJS_PROCESSINFO_COVERAGE_ === '1') {
  process.on('exit', () => {
    const dir = path.join(root, '.tap/coverage')
    let names = []
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.json'))
    } catch {
      return // no coverage written yet
    }
    for (const name of names) {
      const file = path.join(dir, name)
      try {
        if (statSync(file).mtimeMs < started) continue
        const text = readFileSync(file, 'utf8')
        if (!text.includes('"sourcesContent"')) continue
        const coverage = JSON.parse(text)
        const maps = Object.values(coverage['source-map-cache'] ?? {}).filter((entry) => emptyContent(entry.data))
        if (maps.length === 0) continue
        for (const entry of maps) delete entry.data.sourcesContent
        // Whole or not at all: another job's test may be reading it.
        const temporary = `${file}.${process.pid}.tmp`
        writeFileSync(temporary, JSON.stringify(coverage))
        renameSync(temporary, file)
      } catch {
        // A file another process is still writing: it is mended at its own test's exit.
      }
    }
  })
}
