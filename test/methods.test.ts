// Methods a URL does not have: 405 application/problem+json with Allow, derived from the registered
// routes; unknown URLs stay 404. QUERY and TRACE go over a raw socket: fetch refuses TRACE, and
// inject cannot show what Node's HTTP parser and Fastify's body handling do with QUERY.
import t from 'tap'
import { buildApp } from '../src/app.js'
import { testConfig } from './helpers/config.js'
import { parseResponses, rawExchange } from './helpers/raw-http.js'

// No handler runs for a refused method, so no database is needed.
const app = await buildApp(testConfig(), {}, { withDatabase: false })
// A route added after buildApp's own, with a method none of them has: it gets 405 handling for free.
app.post('/later', async () => ({ ok: true }))
await app.listen({ port: 0, host: '127.0.0.1' })
t.teardown(() => app.close())
const port = (app.server.address() as { port: number }).port

const READ = 'GET, HEAD, OPTIONS'

const raw = async (method: string, url: string) => {
  const { text } = await rawExchange(port, [`${method} ${url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`])
  const [res] = parseResponses(text)
  return { ...res, json: JSON.parse(res.body) }
}

t.test('a method the route does not declare: 405 problem+json naming the methods it has', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['POST', '/actors', READ],
    ['DELETE', '/paths?from=prk&to=ukr', READ],
    ['PUT', '/actors/prk', READ],
    ['PATCH', '/influence/ranking', READ],
    ['DELETE', '/health', READ],
    ['GET', '/later', 'POST, OPTIONS'],
  ]
  for (const [method, url, allow] of cases) {
    const res = await app.inject({ method: method as 'GET', url })
    t.equal(res.statusCode, 405, `${method} ${url}`)
    t.equal(res.headers.allow, allow, `${method} ${url}: Allow`)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.same(res.json(), {
      type: 'https://entente.dev/problems/method-not-allowed',
      title: 'Method Not Allowed',
      status: 405,
      detail: `${url.split('?')[0]} does not answer ${method}; it answers ${allow}.`,
      instance: `urn:uuid:${res.headers['x-request-id']}`,
    })
  }
})

t.test('QUERY and TRACE, over the wire: 405 with Allow, not the 400 or 404 they got before', async (t) => {
  for (const [method, url] of [
    ['QUERY', '/actors/prk'],
    ['QUERY', '/claims/x'],
    ['TRACE', '/paths'],
    ['TRACE', '/ready'],
  ]) {
    const res = await raw(method, url)
    t.equal(res.status, 405, `${method} ${url}`)
    t.equal(res.headers.allow, READ)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.same(res.json, {
      type: 'https://entente.dev/problems/method-not-allowed',
      title: 'Method Not Allowed',
      status: 405,
      detail: `${url} does not answer ${method}; it answers ${READ}.`,
      instance: `urn:uuid:${res.headers['x-request-id']}`,
    })
  }
})

t.test('unknown URLs stay 404 whatever the method; known methods still work', async (t) => {
  for (const [method, url] of [
    ['POST', '/nope'],
    ['GET', '/actors/prk/nope'],
    ['DELETE', '/actors/'],
    ['DELETE', '/actors//relations'],
    ['QUERY', '/nope/deeper'],
  ]) {
    const res = await raw(method, url)
    t.equal(res.status, 404, `${method} ${url}`)
    t.equal(res.headers.allow, undefined)
    t.match(res.json, { type: 'https://entente.dev/problems/no-route', status: 404, detail: `No route ${method} ${url}` })
  }
  t.equal((await app.inject({ method: 'OPTIONS', url: '/paths' })).statusCode, 204, 'OPTIONS is answered (CORS)')
  t.equal((await app.inject('/health')).statusCode, 200)
  t.equal((await app.inject({ method: 'HEAD', url: '/health' })).statusCode, 200)
  t.same((await app.inject({ method: 'POST', url: '/later' })).json(), { ok: true })
})

t.test('a method Node does not know never becomes a request: the parser refuses it, as problem+json', async (t) => {
  const { text } = await rawExchange(port, ['FROB /actors HTTP/1.1\r\nHost: x\r\n\r\n'])
  const [res] = parseResponses(text)
  t.equal(res.status, 400)
  t.match(JSON.parse(res.body), { status: 400, detail: 'The request is not valid HTTP.' })
})
