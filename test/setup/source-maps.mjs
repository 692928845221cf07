// Coverage through tsx, made true. tsx gives each module an inline source map with
// `sourcesContent: [null]`; v8-to-istanbul (under c8, under tap) takes that null as the module's
// original text, so every TypeScript file was reported as one empty line, 100 % covered whatever ran.
// This load hook, registered after tsx's (package.json's tap node-arg puts it after --import=tsx; hooks
// registered later see what earlier ones return), drops a sourcesContent that holds only nulls, so
// the report reads each file from disk and maps V8's ranges onto its real lines. Processes the tests
// spawn with their own `--import tsx` do not load it: fix-coverage-maps.ts mends what they recorded.
import { registerHooks } from 'node:module'

const INLINE = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/

registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context)
    if (!url.startsWith('file:') || url.includes('/node_modules/') || result.source == null) return result
    const text = typeof result.source === 'string' ? result.source : Buffer.from(result.source).toString('utf8')
    const found = INLINE.exec(text)
    if (!found) return result
    const map = JSON.parse(Buffer.from(found[1], 'base64').toString('utf8'))
    if (!Array.isArray(map.sourcesContent) || map.sourcesContent.some((s) => s != null)) return result
    delete map.sourcesContent
    const inline = Buffer.from(JSON.stringify(map)).toString('base64')
    return { ...result, source: `${text.slice(0, found.index)}//# sourceMappingURL=data:application/json;base64,${inline}` }
  },
})
