// Where the explorer's source and built files live, and reading one built file. The build
// (tools/build-explorer.ts) writes explorer/dist; until it has run, the page answers 503 saying so.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ROOT } from '../../local-neo4j.js'
import { unavailable } from '../../lib/http-errors.js'

export const EXPLORER_SOURCE = path.join(ROOT, 'explorer')
export const EXPLORER_DIST = path.join(EXPLORER_SOURCE, 'dist')

/** The files the build writes, and their content types. */
export const ASSETS = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
} as const
export type Asset = keyof typeof ASSETS

export async function readAsset(dir: string, name: Asset): Promise<Buffer> {
  try {
    return await readFile(path.join(dir, name))
  } catch {
    throw unavailable('The explorer is not built: run `npm run build:explorer` (npm start and npm test do it).', 60)
  }
}
