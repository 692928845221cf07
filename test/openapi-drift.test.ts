import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { parse } from 'yaml'
import { ROOT } from '../src/local-neo4j.js'
import { openapiYaml } from '../src/openapi-document.js'
import { testApp } from './helpers/graph.js'

const committed = readFileSync(path.join(ROOT, 'openapi.yaml'), 'utf8')

t.test('the committed openapi.yaml is what the zod schemas generate (run `npm run openapi` to refresh)', async (t) => {
  t.equal(await openapiYaml(), committed)
})

t.test('the running app serves the same document at /openapi.json and /openapi.yaml', async (t) => {
  const app = await testApp()
  t.teardown(() => app.close())
  const json = await app.inject('/openapi.json')
  t.equal(json.statusCode, 200)
  t.same(json.json(), parse(committed))
  const yaml = await app.inject('/openapi.yaml')
  t.equal(yaml.statusCode, 200)
  t.match(yaml.headers['content-type'], /^application\/yaml/)
  t.equal(yaml.body, committed)
})

t.test('every route of the API is in the document', async (t) => {
  const doc = parse(committed)
  t.same(Object.keys(doc.paths).sort(), [
    '/actors',
    '/actors/{id}',
    '/actors/{id}/relations',
    '/audit',
    '/changes',
    '/changes/stream',
    '/claims',
    '/claims/{id}',
    '/contradictions',
    '/drafts',
    '/graph',
    '/health',
    '/influence',
    '/influence/ranking',
    '/influence/timeline',
    '/paths',
    '/ready',
    '/reconcile',
    '/relations',
    '/relations/{id}',
    '/sources',
    '/sources/{id}',
    '/sources/{id}/versions',
    '/vocabulary',
  ])
})
