// The small tools of tools/ on the inputs the README's runs never give them: a seed that fails its
// check, a Dockerfile stage without CMD, the embedded Neo4j's CLI without Java or with an unknown
// command, and eval:draft's scoring of a denied claim drafted as asserted. No database here.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import type { Draft } from '../src/draft/extractor.js'
import { RuleExtractor } from '../src/draft/rule-extractor.js'
import { ROOT } from '../src/local-neo4j.js'
import { finalStage } from '../tools/dockerfile.js'
import { evalLee, evalPlover, evalReuters } from '../tools/eval-plover.js'
import { empty, type Gold, score, summary } from '../tools/eval-score.js'

const exec = promisify(execFile)

/** A tool run as its own child process: its exit code, stdout and stderr. */
async function tool(args: string[], env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-tools-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

t.test('check-seed names what is wrong with a bad seed and exits 1, after checking the good one too', async (t) => {
  const bad = path.join(dir, 'bad.json')
  writeFileSync(bad, JSON.stringify({ format: 'entente-seed/0', actors: [] }))
  const run = await tool(['tools/check-seed.ts', bad, 'seed/tekedia-putin-kim-pyongyang.json'])
  t.equal(run.code, 1)
  t.equal(
    run.stderr,
    'bad.json: format: Invalid input: expected "entente-seed/1"\nbad.json: source: Invalid input: expected object, received undefined\n',
  )
  t.match(run.stdout, /^seed\/tekedia-putin-kim-pyongyang\.json: ok — 16 actors/, 'the good file after it is still checked')
})

t.test('a Dockerfile whose final stage has no CMD reads as an empty command', async (t) => {
  const file = path.join(dir, 'Dockerfile')
  writeFileSync(file, 'FROM node:24-slim AS build\nCMD ["node", "x.js"]\nFROM node:24-slim\nWORKDIR /app\nCOPY package.json ./\n')
  t.same(finalStage(file), { image: 'FROM node:24-slim', copies: ['package.json'], fromBuild: [], runs: [], env: {}, cmd: [] })
})

t.test('the embedded Neo4j CLI: without Java it says so and exits 2; an unknown command gets its usage and exit 2', async (t) => {
  const empty = path.join(dir, 'empty-bin')
  mkdirSync(empty)
  const noJava = await tool(['tools/neo4j-local/cli.ts', 'build'], { HOME: os.homedir(), PATH: empty })
  t.equal(noJava.code, 2)
  t.equal(
    noJava.stderr,
    'Neither NEO4J_URI nor Java was found: install Java 17+ and Maven, or set NEO4J_URI to an existing Neo4j (for example bolt://localhost:7687 from docker compose).\n',
  )
  const unknown = await tool(['tools/neo4j-local/cli.ts', 'restart'])
  t.same([unknown.code, unknown.stdout, unknown.stderr], [2, '', 'usage: cli.ts build|start|stop\n'])
})

t.test('eval:draft counts every relation resting on a claim the gold denies or doubts, drafted as asserted', async (t) => {
  const text = 'Kim denied arms go to Moscow. Seoul is alarmed. Some doubt that China helps.'
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })
  const gold: Gold = {
    name: 'crafted',
    text,
    actors: ['prk', 'rus', 'kor', 'chn'],
    relations: [],
    notAsserted: [],
    claims: [
      { ...span('Kim denied arms go to Moscow.'), hedge: 'denied' },
      { ...span('Seoul is alarmed.'), hedge: 'asserted' },
      { ...span('Some doubt that China helps.'), hedge: 'doubted' },
    ],
  }
  // The denied claim drafted as asserted, under two relations; the doubted one drafted as doubted.
  const draft = {
    seed: {
      actors: gold.actors.map((id) => ({ id })),
      claims: [
        { id: 'c1', hedge: 'asserted', at: span('Kim denied arms go to Moscow.') },
        { id: 'c2', hedge: 'asserted', at: span('Seoul is alarmed.') },
        { id: 'c3', hedge: 'doubted', at: span('Some doubt that China helps.') },
      ],
      relations: [
        { from: 'prk', to: 'rus', type: 'supplies', claims: ['c1'] },
        { from: 'prk', to: 'rus', type: 'aids', claims: ['c1'] },
        { from: 'prk', to: 'kor', type: 'alarms', claims: ['c2'] },
        { from: 'chn', to: 'prk', type: 'supports', claims: ['c3'] },
      ],
    },
  } as unknown as Draft
  const counts = empty()
  score(gold, draft, counts)
  t.equal(counts.negatedOrDoubtedAsAsserted, 2, 'supplies and aids, both on the denied claim')
  t.same([counts.hedgeMatched, counts.hedgeRight], [3, 2])

  // Relations the gold denies (notAsserted) count whatever their hedge; those it doubts, when drafted as asserted.
  const denying: Gold = {
    ...gold,
    claims: [],
    notAsserted: [{ from: 'prk', to: 'rus', type: 'supplies' }],
    relations: [
      { from: 'prk', to: 'kor', type: 'alarms', hedge: 'doubted' },
      { from: 'chn', to: 'prk', type: 'supports', hedge: 'doubted' },
    ],
  }
  const second = empty()
  score(denying, draft, second)
  t.equal(second.negatedOrDoubtedAsAsserted, 2, 'supplies (denied) and alarms (doubted, drafted asserted); not supports (drafted doubted)')
  // A drafted claim without its place in the text covers no gold claim.
  const placeless = { seed: { ...draft.seed, claims: draft.seed.claims.map(({ at: _at, ...c }) => c) } } as unknown as Draft
  const third = empty()
  score(gold, placeless, third)
  t.same([third.hedgeMatched, third.negatedOrDoubtedAsAsserted], [0, 0])
  // Nothing to measure reads as 1, not as a division by zero.
  t.match(summary(empty()), { actorRecall: 1, relationPrecision: 1, hedgeAccuracy: 1, claimCoverage: 1, negatedOrDoubtedAsAsserted: 0 })
})

t.test('eval:draft --verbose --plover marks a record linked in the wrong direction with the wrong type LINK', async (t) => {
  // The real tuning half has no such record: the attack drafted as rus attacks afg, coded as AID from afg to rus.
  const root = path.join(dir, 'plover-root')
  mkdirSync(path.join(root, 'eval/plover'), { recursive: true })
  const text =
    'Russian aircraft including helicopter gunships killed 46 Afghan civilians in an attack on a village in the western province of Herat.'
  const record = {
    id: 'T-0001',
    event: 'AID',
    text,
    source: [{ actorText: 'Afghan', code: 'AFG' }],
    target: [{ actorText: 'Russian', code: 'RUS' }],
  }
  writeFileSync(path.join(root, 'eval/plover/gsr-two-states.json'), JSON.stringify([record]))
  const lines: string[] = []
  const log = console.log
  console.log = (...args: unknown[]) => lines.push(args.join(' '))
  const result = await evalPlover(root, new RuleExtractor(), true).finally(() => {
    console.log = log
  })
  t.same(lines, ['LINK T-0001 AID afg>rus | rus attacks afg', `     ${text}`])
  t.match(result.tuning, { records: 1, pairLinked: 1, codedDirection: 0, ploverTypeRightOfLinked: 0, stateRecall: 1 })
})

t.test('eval:draft --plover counts a group that holds a role in a coded state as that state, and no other', async (t) => {
  // PLOVER codes "Ethiopian rebels" as ETH: the draft's group holds a role in eth, so eth>sdn is linked in the
  // coded direction with the coded type, and eri>sdn, coded on the same sentence, is not linked at all.
  const root = path.join(dir, 'plover-groups')
  mkdirSync(path.join(root, 'eval/plover'), { recursive: true })
  const text = 'Ethiopian rebels rejected a Sudanese peace plan.'
  const record = (id: string, code: string) => ({
    id,
    event: 'REJECT',
    text,
    source: [{ actorText: 'rebels', code }],
    target: [{ actorText: 'Sudanese', code: 'SDN' }],
  })
  writeFileSync(path.join(root, 'eval/plover/gsr-two-states.json'), JSON.stringify([record('G-0001', 'ETH'), record('G-0003', 'ERI')]))
  const result = await evalPlover(root, new RuleExtractor(), false)
  t.match(result.tuning, { records: 2, pairLinked: 0.5, codedDirection: 0.5, ploverTypeRightOfLinked: 1 })
})

t.test('eval:draft scores the Lee records by batch, a compound source either way, and lists them with --lee', async (t) => {
  const root = path.join(dir, 'lee-root')
  mkdirSync(path.join(root, 'eval/lee'), { recursive: true })
  const talks = 'Kenyan and Ugandan officials held talks in Nairobi.'
  writeFileSync(
    path.join(root, 'eval/lee/lee-records.json'),
    JSON.stringify([{ id: 'LEE-T1', event: 'CONSULT', text: talks, source: [{ code: 'KEN' }, { code: 'UGA' }], target: 'SRC/TAR' }]),
  )
  const record = (id: string, text: string) => ({ id, event: 'ASSAULT', text, source: [{ code: 'TCD' }], target: [{ code: 'SDN' }] })
  writeFileSync(
    path.join(root, 'eval/lee/lee-records-2.json'),
    JSON.stringify([record('LEE-T2', 'Chad attacked Sudan.'), record('LEE-T3', 'Chad and Sudan played football.')]),
  )
  const lines: string[] = []
  const log = console.log
  console.log = (...args: unknown[]) => lines.push(args.join(' '))
  const result = await evalLee(root, new RuleExtractor(), true).finally(() => {
    console.log = log
  })
  t.match(result.first, { records: 1, pairLinked: 1, codedDirection: 1, ploverTypeRightOfLinked: 1 })
  t.match(result.second, { records: 2, pairLinked: 0.5, codedDirection: 0.5, ploverTypeRightOfLinked: 1, stateRecall: 1 })
  t.same(
    lines.filter((l) => !l.startsWith(' ')),
    [
      'TYPE LEE-T1 CONSULT ken>uga,uga>ken | ken met uga',
      'TYPE LEE-T2 ASSAULT tcd>sdn | tcd attacks sdn',
      'LEE-T3 ASSAULT tcd>sdn | '.replace(/^/, '---- '),
    ],
  )
})

t.test('eval:draft scores the Reuters records by batch, from their own files', async (t) => {
  const root = path.join(dir, 'reuters-root')
  mkdirSync(path.join(root, 'eval/reuters'), { recursive: true })
  const record = (id: string, text: string) => ({ id, event: 'SANCTION', text, source: [{ code: 'NZL' }], target: [{ code: 'FJI' }] })
  writeFileSync(
    path.join(root, 'eval/reuters/reuters-records.json'),
    JSON.stringify([record('REU-T1', 'New Zealand imposed sanctions on Fiji.')]),
  )
  writeFileSync(
    path.join(root, 'eval/reuters/reuters-records-2.json'),
    JSON.stringify([record('REU-T2', 'Fiji imposed sanctions on New Zealand.'), record('REU-T3', 'New Zealand and Fiji played rugby.')]),
  )
  const result = await evalReuters(root, new RuleExtractor(), false)
  t.match(result.first, { records: 1, pairLinked: 1, codedDirection: 1, ploverTypeRightOfLinked: 1 })
  // Linked the other way round: the pair counts, the direction does not.
  t.match(result.second, { records: 2, pairLinked: 0.5, codedDirection: 0, ploverTypeRightOfLinked: 1, stateRecall: 1 })
})

t.test('check:api arguments: --max-examples 1-1000, default 25, anything else named', async (t) => {
  const { parseCheckApiArgs } = await import('../tools/check-api-args.js')
  t.same(parseCheckApiArgs([]), { maxExamples: 25 })
  t.same(parseCheckApiArgs(['--max-examples', '1000']), { maxExamples: 1000 })
  t.same(parseCheckApiArgs(['--max-examples', '3', '--max-examples', '7']), { maxExamples: 7 })
  t.throws(() => parseCheckApiArgs(['--workers', '4']), { message: 'unknown argument --workers' })
  t.throws(() => parseCheckApiArgs(['--max-examples', '0']), { message: '--max-examples must be an integer 1-1000, got 0' })
  t.throws(() => parseCheckApiArgs(['--max-examples', '2.5']), { message: '--max-examples must be an integer 1-1000, got 2.5' })
  t.throws(() => parseCheckApiArgs(['--max-examples']), { message: '--max-examples must be an integer 1-1000, got undefined' })
})
