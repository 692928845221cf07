// `npm run openapi`: regenerates openapi.yaml from the zod schemas. Commit the result; the drift test
// fails until you do.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { openapiYaml } from '../src/openapi-document.js'
import { ROOT } from '../src/local-neo4j.js'

writeFileSync(path.join(ROOT, 'openapi.yaml'), await openapiYaml())
console.log('wrote openapi.yaml')
