// Builds the explorer (explorer/) into explorer/dist: one script and one stylesheet bundled from npm
// packages by esbuild, and the page. `npm start` and `npm test` run it first; the API serves the
// result at / (src/routes/explorer). Prints the size of the scripts, raw and gzipped (budget 500 KB).
import { build } from 'esbuild'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { EXPLORER_DIST, EXPLORER_SOURCE } from '../src/routes/explorer/assets.js'

export interface BuildReport {
  scriptBytes: number
  scriptGzipBytes: number
}

export async function buildExplorer(outdir = EXPLORER_DIST): Promise<BuildReport> {
  await mkdir(outdir, { recursive: true })
  await build({
    entryPoints: { app: path.join(EXPLORER_SOURCE, 'src/main.ts') },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    outdir,
    legalComments: 'linked',
    logLevel: 'warning',
  })
  await copyFile(path.join(EXPLORER_SOURCE, 'index.html'), path.join(outdir, 'index.html'))
  const script = await readFile(path.join(outdir, 'app.js'))
  return { scriptBytes: script.length, scriptGzipBytes: gzipSync(script, { level: 9 }).length }
}

/* c8 ignore start -- the command-line entry point; tests call buildExplorer() */
if (process.argv[1] === import.meta.filename) {
  const r = await buildExplorer()
  console.log(`explorer built: app.js ${(r.scriptBytes / 1024).toFixed(0)} KB, ${(r.scriptGzipBytes / 1024).toFixed(0)} KB gzipped`)
}
/* c8 ignore stop */
