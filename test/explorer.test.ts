// The explorer at /, as a person sees it: headless Chromium (Debian's package, driven by playwright-core)
// opens the page on a listening server over the article's graph. Checked: no console errors (a CSP
// refusal is one), every actor of the path and the quotes of its hops, a click on a drawn hop and a
// keyboard-picked hop open its evidence, the URL round-trips, axe-core finds no serious or critical
// violation, the page fits a phone's width. Writes screenshots to .data/ (test artifacts); with
// UPDATE_DOCS=1 also docs/explorer.png for the README. Timings are printed as comments, never asserted.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import t from 'tap'
import { ROOT } from '../src/local-neo4j.js'
import { readAsset } from '../src/routes/explorer/assets.js'
import { buildExplorer } from '../tools/build-explorer.js'
import { CHROMIUM, hasChromium, launchChromium } from './helpers/browser.js'
import { articleGraph, testApp } from './helpers/graph.js'

const built = await buildExplorer()
t.comment(`explorer script: ${built.scriptBytes} bytes, ${built.scriptGzipBytes} gzipped`)
t.ok(built.scriptGzipBytes < 500 * 1024, 'page scripts within the 500 KB gzipped budget')

const app = await testApp()
t.teardown(() => app.close())
await articleGraph(app)
await app.listen({ port: 0, host: '127.0.0.1' })
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`

const noBrowser = !hasChromium() && !process.env.CI
if (noBrowser) {
  t.test('the explorer in a browser', { skip: `no Chromium at ${CHROMIUM} (apt-get install chromium)` }, async () => {})
} else {
  const browser = await launchChromium()
  t.teardown(() => browser.close())
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  page.setDefaultTimeout(60_000)
  const problems: string[] = []
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
  })
  const artifacts = path.join(ROOT, '.data')
  mkdirSync(artifacts, { recursive: true })
  const paths = (await app.inject('/paths?from=Pyongyang&to=Ukraine')).json()
  const names = new Map<string, string>()
  for (const p of paths.paths) for (const a of p.actors) names.set(a.id, a.name)
  const hops = new Map<string, any>()
  for (const p of paths.paths) for (const r of p.relations) hops.set(r.id, r)

  t.test('/ with no query opens on the network of the top of the ranking, and writes it into the URL', async (t) => {
    const top = (await app.inject('/influence/ranking?limit=1')).json().items[0].actor
    await page.goto(`${base}/`)
    await page.waitForSelector('#hops button.hop')
    t.equal(new URL(page.url()).search, `?center=${encodeURIComponent(top.name).replace(/%20/g, '+')}`, `the URL names ${top.name}`)
    t.match(await page.locator('#status').textContent(), `Ego network of ${top.name}, depth 1`)
    const ego = (await app.inject(`/graph?center=${top.id}&depth=1`)).json()
    const drawn = await page.evaluate(() => (window as any).explorer.drawnIds())
    t.same(drawn.nodes.sort(), ego.nodes.map((n: any) => n.id).sort(), 'a drawn graph: every actor of the network')
    t.same(drawn.edges.sort(), ego.edges.map((e: any) => e.id).sort(), 'every relation, through the edge of its pair')
    const pairs = new Set(ego.edges.map((e: any) => [e.from, e.to].sort().join(' ')))
    t.equal(drawn.pairs.length, pairs.size, 'one drawn edge per pair of actors')
    t.ok((await page.locator('#hops button.hop').count()) > 0, 'a non-empty hop list')
    t.same(problems, [], 'no console error or warning')
  })

  t.test('/?from=Pyongyang&to=Ukraine draws the paths: every actor, every hop, no console error', async (t) => {
    await page.goto(`${base}/?from=Pyongyang&to=Ukraine`)
    await page.waitForSelector('#hops button.hop')
    const status = await page.locator('#status').textContent()
    t.match(status, /paths? from North Korea to Ukraine/)
    const hopTexts = await page.locator('#hops button.hop').allTextContents()
    t.equal(hopTexts.length, hops.size, 'one entry per relation of the answer')
    for (const name of names.values())
      t.ok(
        hopTexts.some((h) => h.includes(name)),
        `${name} is shown`,
      )
    const drawn = await page.evaluate(() => (window as any).explorer.drawnIds())
    t.same(drawn.nodes.sort(), [...names.keys()].sort(), 'the drawing holds every actor of the paths')
    t.same(drawn.edges.sort(), [...hops.keys()].sort(), 'and every hop')
    const mark = await page.evaluate(() => performance.getEntriesByName('explorer:first-draw')[0]?.startTime)
    t.comment(`first path drawn ${Math.round(mark)} ms after navigation start (a shared, loaded machine)`)
    await page.waitForSelector('#influence h2')
    t.match(await page.locator('#influence').textContent(), /North Korea over Ukraine/)
    t.same(problems, [], 'no console error or warning')
  })

  t.test('every hop, picked from the list with the keyboard, shows its quotes', async (t) => {
    for (const [id, hop] of hops) {
      const button = page.locator(`#hops button[data-hop="${id}"]`)
      await button.focus()
      await page.keyboard.press('Enter')
      await page.waitForSelector(`#hops button[data-hop="${id}"][aria-pressed="true"]`)
      await page.waitForFunction((n) => document.querySelectorAll('#evidence .quote').length === n, hop.claims.length)
      const quotes = await page.locator('#evidence .quote').allTextContents()
      t.same(
        quotes,
        hop.claims.map((c: any) => `“${c.quote}”`),
        `${id}: its quotes`,
      )
      const text = await page.locator('#evidence').textContent()
      for (const c of hop.claims) t.match(text, c.hedge, `${id}: hedge ${c.hedge}`)
      t.match(text, /Putin and Kim Jong Un/, 'the source title')
      t.match(text, /2024/, 'and its date')
    }
  })

  t.test('clicking a hop in the drawing opens its evidence', async (t) => {
    const id = [...hops.keys()].find((k) => hops.get(k).type === 'invades') as string
    await page.locator('#graph').scrollIntoViewIfNeeded()
    const at = await page.evaluate((edge) => (window as any).explorer.edgePoint(edge), id)
    const box = (await page.locator('#graph').boundingBox()) as { x: number; y: number }
    t.comment(`clicking ${id} at ${Math.round(at.x)},${Math.round(at.y)} in the drawing at ${Math.round(box.x)},${Math.round(box.y)}`)
    await page.mouse.click(box.x + at.x, box.y + at.y)
    await page.waitForSelector(`#hops button[data-hop="${id}"][aria-pressed="true"]`)
    t.match(await page.locator('#evidence h2').textContent(), /Russia — invades → Ukraine/)
    t.match(await page.locator('#evidence .quote').first().textContent(), hops.get(id).claims[0].quote)
    await page.screenshot({ path: path.join(artifacts, 'explorer.png') })
    if (process.env.UPDATE_DOCS) copyFileSync(path.join(artifacts, 'explorer.png'), path.join(ROOT, 'docs/explorer.png'))
  })

  t.test('the view lives in the URL: a submitted form writes it, reloading and going back restore it', async (t) => {
    await page.locator('summary', { hasText: 'Filters' }).click()
    await page.fill('#from', 'Beijing')
    await page.fill('#to', 'Moscow')
    await page.fill('#asOf', '2024')
    await page.click('button[type="submit"]')
    await page.waitForURL(/from=Beijing/)
    t.equal(new URL(page.url()).search, '?from=Beijing&to=Moscow&asOf=2024')
    await page.waitForFunction(() => /from China to Russia/.test(document.querySelector('#status')?.textContent ?? ''))
    await page.reload()
    await page.waitForFunction(() => /from China to Russia/.test(document.querySelector('#status')?.textContent ?? ''))
    t.equal(await page.inputValue('#from'), 'Beijing')
    t.equal(await page.inputValue('#asOf'), '2024')
    await page.goBack()
    await page.waitForFunction(() => /from North Korea to Ukraine/.test(document.querySelector('#status')?.textContent ?? ''))
    t.equal(await page.inputValue('#from'), 'Pyongyang')
    t.equal(await page.inputValue('#asOf'), '')
    await page.check('input[name="mode"][value="ego"]')
    await page.fill('#center', 'Moscow')
    await page.selectOption('#depth', '2')
    await page.click('button[type="submit"]')
    await page.waitForURL(/center=Moscow/)
    t.equal(new URL(page.url()).search, '?center=Moscow&depth=2')
    await page.waitForFunction(() => /Ego network of Russia, depth 2/.test(document.querySelector('#status')?.textContent ?? ''))
    const ego = (await app.inject('/graph?center=Moscow&depth=2')).json()
    const drawn = await page.evaluate(() => (window as any).explorer.drawnIds())
    t.same(drawn.nodes.sort(), ego.nodes.map((n: any) => n.id).sort(), 'the ego network: every exported actor')
    const first = page.locator('#hops button.hop').first()
    await first.click()
    await page.waitForSelector('#evidence .quote')
    t.same(problems, [], 'no console error or warning')
  })

  t.test('axe-core finds no serious or critical violation, at desktop and phone width', async (t) => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    for (const viewport of [
      { width: 1400, height: 900 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport)
      await page.goto(`${base}/?from=Pyongyang&to=Ukraine`)
      await page.waitForSelector('#hops button.hop')
      await page.locator('#hops button.hop').first().click()
      await page.waitForSelector('#evidence .quote')
      // Evaluated through the DevTools protocol, not as a <script>: the page's CSP stays as it is.
      await page.evaluate(axeSource)
      const result = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))
      const severe = result.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      t.same(
        severe.map((v: any) => `${v.id}: ${v.nodes.length}`),
        [],
        `${viewport.width}px: no serious or critical violation`,
      )
      t.comment(
        `${viewport.width}px: ${result.violations.length} violations in all (${result.violations.map((v: any) => `${v.id} ${v.impact}`).join(', ') || 'none'})`,
      )
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      t.ok(overflow <= 0, `${viewport.width}px: no horizontal scrolling`)
      await page.screenshot({ path: path.join(artifacts, `explorer-${viewport.width}.png`), fullPage: viewport.width < 1000 })
    }
    t.same(problems, [], 'no console error or warning')
  })
}

t.test('GET / is the page, under its own CSP, without a graph ETag; its files are served', async (t) => {
  const page = await app.inject('/')
  t.equal(page.statusCode, 200)
  t.equal(page.headers['content-type'], 'text/html; charset=utf-8')
  t.match(page.body, /<script src="\/explorer\/app.js" defer><\/script>/)
  const csp = page.headers['content-security-policy'] as string
  t.match(csp, /script-src 'self'/)
  t.match(csp, /style-src 'self'(;|$)/, 'no unsafe-inline')
  t.match(csp, /connect-src 'self'/)
  t.notOk(page.headers.etag, 'not a read of the graph')
  t.equal(page.headers['cache-control'], 'no-cache')
  const js = await app.inject('/explorer/app.js')
  t.equal(js.headers['content-type'], 'text/javascript; charset=utf-8')
  t.equal(js.body.length, built.scriptBytes)
  t.equal((await app.inject('/explorer/app.css')).headers['content-type'], 'text/css; charset=utf-8')
  const other = await app.inject('/explorer/..%2Fpackage.json')
  t.equal(other.statusCode, 400)
  t.match(other.json()['invalid-params'], [{ name: 'file' }])
  const api = await app.inject('/actors?limit=1')
  t.match(api.headers['content-security-policy'], /default-src 'none'/, 'the API keeps the strict policy')
})

t.test('an unbuilt explorer answers 503 saying how to build it', async (t) => {
  await t.rejects(readAsset(path.join(ROOT, '.data/no-such-explorer'), 'index.html'), {
    statusCode: 503,
    message: /npm run build:explorer/,
  })
})
