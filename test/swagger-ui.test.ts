// Swagger UI as a person sees it: headless Chromium (Debian's package, driven by playwright-core)
// opens /docs on a listening server, finds the operations, and runs one try-it-out call for real.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import t from 'tap'
import { ROOT } from '../src/local-neo4j.js'
import { CHROMIUM, hasChromium, launchChromium } from './helpers/browser.js'
import { articleGraph, testApp } from './helpers/graph.js'

const INSTALL = `install Debian's Chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary`
if (!hasChromium()) {
  // Under CI the browser is a requirement (.ci/run installs it): its absence fails the run. A developer
  // without it gets a skip that says how to run this file, counted in the closing line as a skip.
  const why = `no Chromium at ${CHROMIUM}: ${INSTALL}`
  if (process.env.CI) t.fail(`Swagger UI cannot be checked in a browser under CI: ${why}`)
  else t.test('Swagger UI in a browser', { skip: why }, async () => {})
} else {
  const app = await testApp()
  t.teardown(() => app.close())
  await articleGraph(app)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const browser = await launchChromium()
  t.teardown(() => browser.close())
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } })
  const pageErrors: string[] = []
  page.on('pageerror', (err) => pageErrors.push(err.message))

  t.test('/docs renders every operation of the contract', async (t) => {
    await page.goto(`${base}/docs`)
    await page.waitForSelector('.opblock', { timeout: 30_000 })
    const operations = await page.locator('.opblock-summary-path').allTextContents()
    t.ok(operations.length >= 15, `${operations.length} operations`)
    for (const p of ['/paths', '/influence', '/graph', '/actors/{id}']) {
      t.ok(
        operations.some((o) => o.replace(/\u200b/g, '') === p),
        `${p} is listed`,
      )
    }
    t.same(pageErrors, [], 'no script errors')
  })

  t.test('the Authorize button offers the bearer key scheme', async (t) => {
    await page.locator('button.btn.authorize').click()
    const dialog = page.locator('.dialog-ux .modal-ux')
    await dialog.waitFor({ timeout: 10_000 })
    t.match(await dialog.textContent(), /bearerAuth\s*\(http, Bearer\)/)
    await dialog.locator('button.close-modal').click()
  })

  t.test('try it out: GET /paths from Pyongyang to Ukraine returns data', async (t) => {
    const op = page.locator('#operations-analysis-findPaths')
    await op.locator('.opblock-summary').click()
    await op.locator('button.try-out__btn').click()
    await op.locator('tr[data-param-name="from"] input').fill('Pyongyang')
    await op.locator('tr[data-param-name="to"] input').fill('Ukraine')
    await op.locator('button.execute').click()
    const status = op.locator('.live-responses-table tbody .response-col_status').first()
    await status.waitFor({ timeout: 30_000 })
    t.match((await status.textContent())?.trim(), /^200\b/)
    const body = await op.locator('.live-responses-table .microlight').first().textContent()
    t.match(body, /"from": "prk"/)
    t.match(body, /"quote":/)
    mkdirSync(path.join(ROOT, '.data'), { recursive: true })
    await page.screenshot({ path: path.join(ROOT, '.data/swagger-paths.png'), fullPage: false })
  })
}
