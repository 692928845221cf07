// Property-based fuzzing of every operation in openapi.yaml with fast-check, in-process (inject),
// against the article in the real Neo4j. Each generated request mixes valid values (so it reaches
// the database, injection strings included: they are valid free text) with hostile ones: wrong
// types, huge and negative numbers, empty and over-long strings, unicode and broken percent-encoding,
// repeated and unknown parameters, odd methods and Accept headers. Whatever comes back must be a
// success whose body the contract (openapi.yaml) describes, or an RFC 9457 problem naming what was
// wrong, and never a server error; and the graph must be exactly as it was, every node's and
// relationship's properties compared by digest. The status histogram is printed for the record.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { parse } from 'yaml'
import { ROOT } from '../src/local-neo4j.js'
import { contractErrors } from './helpers/contract.js'
import { articleGraph, counts, graphSnapshot, testApp } from './helpers/graph.js'
import { testConfig } from './helpers/config.js'
import { buildApp } from '../src/app.js'

const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 350)
/** Requests of one property run, sent together: the server sees concurrent traffic, and the run ends sooner. */
const BATCH = 7
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)

interface Param {
  name: string
  in: 'query' | 'path'
  required?: boolean
  /** A parameter that carries a JSON text (the `queries` batch of /reconcile) has content, not schema. */
  content?: { 'application/json': unknown }
  schema: {
    type?: string
    enum?: string[]
    minimum?: number
    maximum?: number
    maxLength?: number
    pattern?: string
    items?: { enum: string[] }
  }
}
interface Operation {
  template: string
  method: string
  params: Param[]
}

const spec = parse(readFileSync(path.join(ROOT, 'openapi.yaml'), 'utf8'))
type SpecOperation = { parameters?: Param[]; responses?: Record<string, { content?: Record<string, unknown> }> }
// A stream (text/event-stream) never ends by itself, so an injected request would wait forever:
// test/changes.test.ts sends it good and bad cursors over real HTTP instead.
const isStream = (op: SpecOperation) => Object.keys(op.responses?.['200']?.content ?? {}).includes('text/event-stream')
const operations: Operation[] = Object.entries(spec.paths as Record<string, Record<string, SpecOperation>>).flatMap(([template, item]) =>
  Object.entries(item)
    .filter(([, op]) => !isStream(op))
    .map(([method, op]) => ({ template, method, params: op.parameters ?? [] })),
)

// A query timeout is bounded work doing its job, not a failure: some valid analyses are expensive
// (strongest paths, direction=any, 6 hops) and end in 503 at this app's timeout. The fuzz app keeps
// the timeout short so the run stays short, and the checks below allow that one 5xx only for a
// request whose every parameter was valid: bad input must never be what makes a query run long.
// The graph does not change during the run, so its version (the ETag) is read once a minute, not per request.
const app = await buildApp(testConfig({ NEO4J_QUERY_TIMEOUT_MS: 2000, CACHE_VERSION_TTL_MS: 60_000 }))
t.teardown(() => app.close())
const setup = await testApp()
t.teardown(() => setup.close())
await articleGraph(setup)

// Real ids and cursors, so part of the traffic finds something and goes all the way through.
const ids = async (url: string) => (await app.inject(url)).json().items.map((x: { id: string }) => x.id) as string[]
const known = {
  actor: await ids('/actors?limit=200'),
  claim: await ids('/claims?limit=200'),
  relation: await ids('/relations?limit=200'),
  source: await ids('/sources'),
  cursor: [
    (await app.inject('/actors?limit=3')).json().nextCursor,
    (await app.inject('/influence/ranking?limit=3')).json().nextCursor,
  ] as string[],
}
const ACTOR_REFS = [...known.actor, 'Pyongyang', 'Moscow', 'Beijing', 'Ukraine', 'North Korea', 'kim jong un', 'customs']

const INJECTIONS = [
  "' OR 1=1 //",
  '}) DETACH DELETE n //',
  "prk'}) MATCH (n) DETACH DELETE n //",
  '") RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  '`; CALL db.clearQueryCaches() //',
  '$from',
  '{from}',
  '\\u0027 OR \\u00271\\u0027=\\u00271',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell probe, a literal string on purpose
  '${jndi:ldap://x/a}',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  'a\u0000b',
  'Robert"); DROP TABLE actors;--',
  'MATCH (n) SET n.hacked = true',
]

const ODD_VALUES = [
  '',
  ' ',
  '  ',
  '-1',
  '0',
  '-0',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '9007199254740993',
  '1e21',
  '0x10',
  '0b11',
  '1_000',
  '1,5',
  '١',
  '１',
  '²',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '[object Object]',
  '\t3',
  '3\n',
  '+5',
  '.5',
  '5.',
  '1e-400',
]

const hostile: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 30 },
  { arbitrary: fc.constantFrom(...ODD_VALUES), weight: 30 },
  { arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map(String), weight: 20 },
  { arbitrary: fc.double().map(String), weight: 10 },
  { arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String), weight: 10 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 20 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 20 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 20 },
  { arbitrary: fc.constantFrom('\ud800', 'a\udfffb', '\ud83d', '\u202e\u202d', '\ufeff', '\u0085'), weight: 10 },
  { arbitrary: fc.string({ minLength: 121, maxLength: 700 }), weight: 10 },
  { arbitrary: fc.string({ minLength: 4100, maxLength: 4600 }), weight: 2 },
)

/** Free text within a length bound: every string is valid there, hostile ones included. */
const freeText = (maxLength: number, examples: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...examples), weight: 6 },
    { arbitrary: fc.constantFrom(...INJECTIONS), weight: 2 },
    { arbitrary: fc.string({ minLength: 1, maxLength: Math.min(maxLength, 40) }), weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(maxLength, 20) }), weight: 1 },
  )

/** Values that satisfy the parameter's schema: they pass validation and reach the database. */
/** A reconciliation batch as a JSON text: 1-3 queries of names, ids `q0`, `q1`, …, maybe a kind and a limit. */
const batchText = fc
  .array(
    fc.record({
      query: fc.constantFrom(...ACTOR_REFS),
      type: fc.constantFrom('state', 'person', undefined),
      limit: fc.integer({ min: 1, max: 50 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((qs) => JSON.stringify(Object.fromEntries(qs.map((q, i) => [`q${i}`, JSON.parse(JSON.stringify(q))]))))

/** Whether a text is a batch the /reconcile schema accepts (queries by id, each a non-empty name). */
function isBatch(v: string): boolean {
  try {
    const b = JSON.parse(v)
    const entries = b !== null && typeof b === 'object' && !Array.isArray(b) ? Object.entries(b) : []
    return (
      entries.length > 0 &&
      entries.length <= 50 &&
      entries.every(([id, q]: [string, any]) => /^[A-Za-z0-9_.-]{1,64}$/.test(id) && typeof q?.query === 'string' && q.query.trim() !== '')
    )
  } catch {
    return false
  }
}

function validValue(p: Param): fc.Arbitrary<string> {
  if (p.content) return batchText
  const s = p.schema
  if (s.items?.enum)
    return fc.subarray(s.items.enum, { minLength: 1, maxLength: Math.min(4, s.items.enum.length) }).map((xs) => xs.join(','))
  if (s.enum) return fc.constantFrom(...s.enum)
  if (s.type === 'integer') return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 1000 }).map(String)
  if (s.type === 'number') return fc.double({ min: s.minimum ?? 0, max: s.maximum ?? 1, noNaN: true }).map(String)
  if (p.name === 'cursor') {
    // A list's cursor is any id; the ranking's is <graphVersion>-<rank> (src/queries/cursor.ts).
    return fc.oneof(fc.constantFrom(...known.cursor, '0', '0-0', '99999-1'), fc.stringMatching(/^[a-z0-9]{1,30}(-[a-z0-9]{1,10}){0,3}$/))
  }
  if (p.name === 'asOf')
    return fc.oneof(
      fc.constantFrom('2018', '2024-06', '2024-06-19', '0000', '9999-12-31', '2024-02-31'),
      fc.stringMatching(/^\d{4}(-(0[1-9]|1[0-2]))?$/),
    )
  if (s.pattern) {
    const pool = p.name === 'source' ? known.source : p.name === 'actor' ? known.actor : []
    return fc.oneof(
      { arbitrary: pool.length > 0 ? fc.constantFrom(...pool) : fc.constantFrom('prk'), weight: 2 },
      { arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), weight: 1 },
    )
  }
  return freeText(s.maxLength ?? 120, ACTOR_REFS)
}

/**
 * Whether a value satisfies its parameter's schema: the hostile generator hits a valid value now and
 * then (a double in 0..1 for minConfidence, any text for a free-text parameter), and such a request
 * is as valid as any. Only used to allow a query timeout, which the API answers after validation.
 */
function conforms(p: Param, v: string): boolean {
  if (p.content) return isBatch(v)
  const s = p.schema
  if (s.items?.enum) return v.split(',').every((x) => s.items?.enum.includes(x))
  if (s.enum) return s.enum.includes(v)
  if (s.type === 'integer' || s.type === 'number') {
    const shape = s.type === 'integer' ? /^\d+$/ : /^\d+(\.\d+)?(e-?\d+)?$/i
    return shape.test(v) && Number(v) >= (s.minimum ?? Number.NEGATIVE_INFINITY) && Number(v) <= (s.maximum ?? Number.POSITIVE_INFINITY)
  }
  if (s.pattern) return new RegExp(s.pattern, 'u').test(v) && v.length <= (s.maxLength ?? Number.POSITIVE_INFINITY)
  return v.length > 0 && v.length <= (s.maxLength ?? Number.POSITIVE_INFINITY)
}

/** A path parameter: mostly real ids of the right kind, sometimes anything at all. */
function pathValue(template: string): fc.Arbitrary<string> {
  const pool = template.startsWith('/claims')
    ? known.claim
    : template.startsWith('/relations')
      ? known.relation
      : template.startsWith('/sources')
        ? known.source
        : known.actor
  return fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 5 },
    { arbitrary: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}$/), weight: 2 },
    { arbitrary: fc.string({ minLength: 121, maxLength: 260 }).map((s) => s.replace(/[^a-z]/g, 'x')), weight: 1 },
    { arbitrary: hostile, weight: 3 },
  )
}

/** Percent-encodes any JS string, lone surrogates included (as the UTF-8 of U+FFFD, like a browser). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  }
}

/** Raw spellings a hand-written or broken client sends: bad escapes, truncated UTF-8, encoded separators. */
const RAW = ['%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%2F', '%25', '+', '++', '%26', '%3D', '%23', 'a%00b', '..', '.', '%2e%2e']

const UNKNOWN_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'password',
  '$where',
  'a[b]',
  'x.y',
  '',
  'LIMIT',
  'from ',
  'q[]',
]

const MODE_MOSTLY_VALID = { absent: 6, valid: 13, hostile: 1 }
const MODE_HOSTILE = { absent: 4, valid: 6, hostile: 10 }

/** The value in about one request of six, else null. */
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: arb, weight: 1 })

interface Generated {
  method: string
  url: string
  headers: Record<string, string>
  allValid: boolean
}

function requestFor(op: Operation): fc.Arbitrary<Generated> {
  const queryParams = op.params.filter((p) => p.in === 'query')
  const pathParams = op.params.filter((p) => p.in === 'path')
  // Arbitraries are built once per operation and mode, not per generated request: building them
  // (regular expressions, string generators) costs more than a request.
  const valid = new Map(queryParams.map((p) => [p, validValue(p)]))
  const choice = (p: Param, mode: typeof MODE_HOSTILE) =>
    fc.oneof(
      // a required parameter is left out now and then, not as often as an optional one
      { arbitrary: fc.constant({ kind: 'absent' as const, values: [] as string[] }), weight: p.required ? 1 : mode.absent },
      { arbitrary: (valid.get(p) as fc.Arbitrary<string>).map((v) => ({ kind: 'valid' as const, values: [v] })), weight: mode.valid },
      // hostile: a bad value, or the parameter repeated (maybe with a good value among the copies)
      {
        arbitrary: fc
          .array(fc.oneof(hostile, valid.get(p) as fc.Arbitrary<string>), { minLength: 1, maxLength: 3 })
          .map((values) => ({ kind: 'hostile' as const, values })),
        weight: mode.hostile,
      },
    )
  const path = pathValue(op.template)
  const rest = {
    pathValues: fc.tuple(...pathParams.map(() => path)),
    rawPath: fc.boolean(),
    unknown: sometimes(
      fc.array(
        fc.tuple(fc.oneof(fc.constantFrom(...UNKNOWN_NAMES), fc.string({ maxLength: 8 })), fc.oneof(hostile, fc.constantFrom(...RAW))),
        {
          minLength: 1,
          maxLength: 2,
        },
      ),
    ).map((u) => u ?? []),
    raw: sometimes(fc.tuple(fc.constantFrom(...queryParams.map((p) => p.name), 'zz'), fc.constantFrom(...RAW))),
    method: fc.oneof(
      { arbitrary: fc.constant('GET'), weight: 20 },
      { arbitrary: fc.constant('HEAD'), weight: 2 },
      { arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), weight: 1 },
    ),
    accept: sometimes(
      fc.constantFrom(
        'application/json',
        'text/csv',
        'application/xml',
        'image/png',
        '*/*',
        'application/gexf+xml;q=0.5, */*;q=0',
        'text/html',
        ';;;',
        'application/*',
      ),
    ),
    requestId: sometimes(fc.oneof(fc.stringMatching(/^[A-Za-z0-9-]{8,64}$/), fc.string({ unit: 'binary-ascii', maxLength: 80 }))),
  }
  const inMode = (mode: typeof MODE_HOSTILE) => fc.record({ query: fc.tuple(...queryParams.map((p) => choice(p, mode))), ...rest })
  return fc.oneof({ arbitrary: inMode(MODE_MOSTLY_VALID), weight: 3 }, { arbitrary: inMode(MODE_HOSTILE), weight: 2 }).map((g) => {
    let i = 0
    const urlPath = op.template.replace(/\{[^}]+\}/g, () => {
      const v = g.pathValues[i++]
      // A raw path value may carry '/', '..' or a broken escape, as a hand-built URL would.
      return g.rawPath && /^[\x21-\x7e]*$/.test(v) && !/[?#]/.test(v) ? v : encode(v)
    })
    const pairs: string[] = []
    queryParams.forEach((p, j) => {
      for (const v of g.query[j].values) pairs.push(`${p.name}=${encode(v)}`)
    })
    for (const [name, v] of g.unknown) pairs.push(`${encode(name)}=${RAW.includes(v) ? v : encode(v)}`)
    if (g.raw) pairs.push(`${g.raw[0]}=${g.raw[1]}`)
    const headers: Record<string, string> = {}
    if (g.accept) headers.accept = g.accept
    if (g.requestId && /^[\x20-\x7e]*$/.test(g.requestId)) headers['x-request-id'] = g.requestId
    const allValid =
      g.query.every((q, j) => q.kind !== 'hostile' || (q.values.length === 1 && conforms(queryParams[j], q.values[0]))) &&
      g.pathValues.every((v) => v.length <= 120 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)) &&
      g.raw === null &&
      g.unknown.length === 0 &&
      g.method === 'GET'
    return { method: g.method, url: pairs.length > 0 ? `${urlPath}?${pairs.join('&')}` : urlPath, headers, allValid }
  })
}

const histogram = new Map<number, number>()
const perOperation = new Map<string, Map<number, number>>()
let total = 0
let timeouts = 0
const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1)
/** The slowest requests of the run, for the report: where the time goes. */
const slowest: Array<{ ms: number; status: number; url: string }> = []
function noteSlow(ms: number, status: number, req: Generated) {
  slowest.push({ ms: Math.round(ms), status, url: `${req.method} ${req.url.slice(0, 160)}` })
  slowest.sort((a, b) => b.ms - a.ms).splice(5)
}

/** Everything wrong with one response; empty when it is acceptable. */
function problemsWith(req: Generated, res: { statusCode: number; headers: Record<string, unknown>; body: string }): string[] {
  const out: string[] = []
  const status = res.statusCode
  const type = String(res.headers['content-type'] ?? '')
  // A success is what the contract says it is: the body of a GET validated against its schema.
  if (status >= 200 && status < 300) return req.method === 'GET' ? contractErrors(req.url, status, type, res.body) : out
  if (status === 304) return out
  if (!type.startsWith('application/problem+json')) return [`status ${status} with content-type ${type}: ${res.body.slice(0, 200)}`]
  if (req.method === 'HEAD') return out
  let body: Record<string, unknown>
  try {
    body = JSON.parse(res.body)
  } catch {
    return [`status ${status}: body is not JSON: ${res.body.slice(0, 200)}`]
  }
  for (const field of ['type', 'title', 'detail', 'instance']) {
    if (typeof body[field] !== 'string' || body[field] === '') out.push(`${field} missing or empty`)
  }
  if (body.status !== status) out.push(`status field ${body.status} != ${status}`)
  if (!/^https:\/\/entente\.dev\/problems\//.test(String(body.type))) out.push(`type ${body.type}`)
  const id = res.headers['x-request-id']
  if (body.instance !== `urn:uuid:${id}`) out.push(`instance ${body.instance} does not name request ${id}`)
  if (status === 400) {
    const params = body['invalid-params']
    if (!Array.isArray(params) || params.length === 0) out.push('400 without invalid-params')
    else if (
      !params.every((p) => typeof p?.name === 'string' && p.name !== '' && typeof p.in === 'string' && typeof p.reason === 'string')
    ) {
      out.push(`invalid-params entries without a named field: ${JSON.stringify(params)}`)
    }
  }
  if (status >= 500) {
    const timeout =
      status === 503 && /took longer than the time allowed/.test(String(body.detail)) && res.headers['retry-after'] !== undefined
    if (!timeout || !req.allValid) out.push(`server error ${status}: ${res.body.slice(0, 300)}`)
  }
  return out
}

const before = await counts(app)
const snapshot = await graphSnapshot(app)
// Through the suite's app, with its generous query timeout: on a Neo4j that has not planned the path
// statements yet, the fuzz app's 2 s can end this first /paths in a 503, which is no reference.
const referenced = await setup.inject('/paths?from=prk&to=ukr')
const reference = referenced.body
const started = Date.now()

for (const op of operations) {
  await t.test(`${op.method.toUpperCase()} ${op.template}: ${RUNS_PER_OPERATION} generated requests`, async (t) => {
    const statuses = new Map<number, number>()
    perOperation.set(`${op.method.toUpperCase()} ${op.template}`, statuses)
    await fc.assert(
      fc.asyncProperty(fc.array(requestFor(op), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const failures = await Promise.all(
          batch.map(async (req) => {
            const t0 = performance.now()
            const res = await app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers })
            noteSlow(performance.now() - t0, res.statusCode, req)
            total++
            bump(histogram, res.statusCode)
            bump(statuses, res.statusCode)
            if (res.statusCode === 503) timeouts++
            const problems = problemsWith(req, res)
            return problems.length > 0
              ? `${req.method} ${req.url.slice(0, 300)} ${JSON.stringify(req.headers)}\n${problems.join('\n')}`
              : null
          }),
        )
        const failed = failures.filter((f) => f !== null)
        if (failed.length > 0) throw new Error(failed.join('\n\n'))
      }),
      { numRuns: Math.ceil(RUNS_PER_OPERATION / BATCH), seed: SEED + operations.indexOf(op), endOnFailure: true },
    )
    t.pass(
      [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n}`)
        .join(', '),
    )
  })
}

t.test('the graph is unchanged: every node and relationship with every property, and the same answers', async (t) => {
  t.equal(referenced.statusCode, 200, 'the reference paths were answered')
  t.same(await counts(app), before, 'node and relationship counts')
  const after = await graphSnapshot(app)
  const gone = snapshot.lines.filter((l) => !after.lines.includes(l))
  const added = after.lines.filter((l) => !snapshot.lines.includes(l))
  t.equal(after.digest, snapshot.digest, `digest of ${snapshot.lines.length} nodes and relationships`, {
    gone: gone.slice(0, 5).map((l) => l.slice(0, 300)),
    added: added.slice(0, 5).map((l) => l.slice(0, 300)),
  })
  t.equal((await app.inject('/paths?from=prk&to=ukr')).body, reference, 'the same paths as before the fuzz')
  t.equal((await app.inject('/ready')).statusCode, 200)
})

t.test('report', async (t) => {
  t.ok(total >= 5000, `${total} requests`)
  const row = [...histogram].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`)
  t.comment(`fuzz: ${total} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}); status histogram ${row.join(', ')}`)
  t.comment(`fuzz: 503 query timeouts of valid requests (bounded work, not failures): ${timeouts}`)
  for (const s of slowest) t.comment(`  slowest: ${s.ms} ms ${s.status} ${s.url}`)
  for (const [op, statuses] of perOperation) {
    t.comment(
      `  ${op}: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    )
  }
})
