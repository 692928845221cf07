// The review room of the explorer (/?review, issue 22), as an analyst uses it: headless Chromium on a
// listening server over the article's graph. Paste a text, reject one relation, retype one, add one
// from a span selected in the text, publish with a write key: the API then has the new and retyped
// relations on /paths with their quotes, and nothing of the rejected one. A read key's 403 and a stale
// version's 412 are shown with the review kept; the work in progress survives a reload, the key does
// not and is stored nowhere. The whole loop again with the keyboard only; axe-core on the view at two
// widths; the time from the button to the highlighted draft of a ~1,500-word article is printed as a
// comment (never asserted). Expected ids come from POST /drafts itself, read through app.inject.
// UPDATE_DOCS=1 also writes docs/explorer-review.png.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import t, { type Test } from 'tap'
import { buildApp } from '../src/app.js'
import { ROOT } from '../src/local-neo4j.js'
import { buildExplorer } from '../tools/build-explorer.js'
import { CHROMIUM, hasChromium, launchChromium } from './helpers/browser.js'
import { testConfig } from './helpers/config.js'
import { articleGraph, FIXTURES } from './helpers/graph.js'
import { bearer, createTestKey } from './helpers/keys.js'

// Its own build, served from its own folder: test/explorer.test.ts, maybe running beside it, rebuilds
// explorer/dist, and a page must not load a file while the other build rewrites it.
const dist = path.join(ROOT, `.data/explorer-review-dist-${process.pid}`)
await buildExplorer(dist)
const app = await buildApp(testConfig(), {}, { explorerDir: dist })
t.teardown(() => rm(dist, { recursive: true, force: true }))
t.teardown(() => app.close())
await articleGraph(app)
await app.listen({ port: 0, host: '127.0.0.1' })
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
const writeKey = (await createTestKey(app.graph, 'write', 'review test writer')).key
const readKey = (await createTestKey(app.graph, 'read', 'review test reader')).key

interface Meta {
  title: string
  publisher: string
  publishedAt: string
}
const BORDER = {
  text: 'Border Wire\n\nRussia sells oil to Mongolia, officials in Ulaanbaatar said on Friday. China supports North Korea, according to diplomats. Iran supplies drones to Russia. Analysts said Belarus hosts Russian troops near the border with Ukraine. Mongolia buys coal from China.\n',
  title: 'Border Wire',
  publisher: 'Example Wire',
  publishedAt: '2025-03-02',
}
const STEPPE = {
  text: 'Steppe Wire\n\nRussia sells oil to Mongolia, officials in Ulaanbaatar said on Friday. Iran supplies drones to Russia. Kazakhstan buys grain from Russia. Belarus hosts Russian troops, officials said.\n',
  title: 'Steppe Wire',
  publisher: 'Example Wire',
  publishedAt: '2025-03-04',
}
const HARBOUR = {
  text: 'Harbour Notes\n\nIran supplies drones to Russia. Officials said Belarus hosts Russian troops near the border with Ukraine. Mongolia buys coal from China. Kazakhstan buys grain from Russia. Choe Son Hui met Sergei Lavrov in Moscow.\n',
  title: 'Harbour Notes',
  publisher: 'Example Wire',
  publishedAt: '2025-03-06',
}
const LAVROV = 'Lavrov Note\n\nSergey Lavrov is Russia’s foreign minister.\n'
const HOSTS = 'Belarus hosts Russian troops near the border with Ukraine'

/** The draft the API makes of a text (the page asks the same, with the same fields). */
async function draftOf(a: { text: string } & Meta) {
  const res = await app.inject({ method: 'POST', url: '/drafts', payload: a })
  if (res.statusCode !== 200) throw new Error(`draft: ${res.statusCode} ${res.body}`)
  return res.json() as { source: { id: string }; relations: Array<{ id: string; type: string; from: string; to: string }> }
}
const relationId = (d: Awaited<ReturnType<typeof draftOf>>, from: string, type: string, to: string) => {
  const r = d.relations.find((x) => x.from === from && x.type === type && x.to === to)
  if (!r) throw new Error(`the draft has no ${from} ${type} ${to}: ${JSON.stringify(d.relations)}`)
  return r.id
}

/** The relations of the paths between two actors, with their quotes. */
async function pathRelations(from: string, to: string) {
  const res = await app.inject(`/paths?from=${from}&to=${to}`)
  if (res.statusCode !== 200) return []
  return (
    res.json().paths as Array<{
      relations: Array<{ id: string; type: string; from: string; to: string; claims: Array<{ quote: string }> }>
    }>
  )
    .flatMap((p) => p.relations)
    .map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, quotes: r.claims.map((c) => c.quote) }))
}

const artifacts = path.join(ROOT, '.data')
mkdirSync(artifacts, { recursive: true })

const noBrowser = !hasChromium() && !process.env.CI
if (noBrowser) {
  t.test('the review in a browser', { skip: `no Chromium at ${CHROMIUM} (apt-get install chromium)` }, async () => {})
} else {
  const browser: Browser = await launchChromium()
  t.teardown(() => browser.close())

  /** A fresh tab (its own storage), watched for console errors. */
  async function tab(viewport = { width: 1400, height: 900 }) {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const problems: string[] = []
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
    page.on('console', (m) => {
      // The browser logs every non-2xx answer of a fetch; the 403, 412 and 422 here are on purpose.
      if ((m.type() === 'error' || m.type() === 'warning') && !/status of (403|412|422)/.test(m.text()))
        problems.push(`${m.type()}: ${m.text()}`)
    })
    await page.goto(`${base}/?review`)
    await page.waitForSelector('#article-text')
    return { page, problems, close: () => context.close() }
  }

  async function pasteAndDraft(page: Page, a: { text: string } & Meta) {
    await page.fill('#article-text', a.text)
    await page.fill('#article-title', a.title)
    await page.fill('#article-publisher', a.publisher)
    await page.fill('#article-date', a.publishedAt)
    await page.click('#article-draft')
    await page.waitForSelector('#review-items li.item')
  }

  /** Selects `phrase` in the highlighted text with the mouse: pressed at its first letter, released after its last. */
  async function dragSelect(page: Page, phrase: string) {
    const at = await page.evaluate((p) => {
      const box = document.getElementById('review-text') as HTMLElement
      box.scrollIntoView({ block: 'center' })
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(p)
        if (i < 0) continue
        const range = document.createRange()
        range.setStart(n, i)
        range.setEnd(n, i + p.length)
        const rects = [...range.getClientRects()]
        const first = rects[0]
        const last = rects[rects.length - 1]
        return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 }
      }
      return null
    }, phrase)
    if (!at) throw new Error(`${phrase} is not in one piece of the text`)
    await page.mouse.move(at.x0, at.y0)
    await page.mouse.down()
    await page.mouse.move(at.x1, at.y1, { steps: 5 })
    await page.mouse.up()
  }

  const stored = (page: Page) => page.evaluate(() => localStorage.getItem('entente:review'))
  const keyNowhere = async (page: Page, t: Test, key: string) => {
    const all = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href)
    t.notOk(all.includes(key), 'the key is in no storage and not in the URL')
  }

  t.test('paste, reject one, retype one, add one from a selected span, publish: the graph has what was kept', async (t) => {
    const draft = await draftOf(BORDER)
    const sid = draft.source.id
    const rejected = relationId(draft, 'irn', 'supplies', 'rus')
    const retyped = relationId(draft, 'mng', 'buys-from', 'chn')
    const kept = relationId(draft, 'rus', 'supplies', 'mng')
    const { page, problems, close } = await tab()
    await pasteAndDraft(page, BORDER)
    // Every claim's quote is highlighted where it stands, and tied to its relation.
    const marks = await page.locator('#review-text mark').allTextContents()
    t.same(marks, [
      'Russia sells oil to Mongolia, officials in Ulaanbaatar said on Friday',
      'China supports North Korea, according to diplomats',
      'Iran supplies drones to Russia',
      'Mongolia buys coal from China',
    ])
    t.match(await page.locator(`#rv-${retyped}-title`).textContent(), 'Mongolia — buys-from → China')
    t.match(await page.locator(`#rv-${retyped}`).textContent(), /basis stated · hedge asserted · confidence 0\.9/)
    await page.locator('#review-text mark', { hasText: 'Iran supplies' }).click()
    t.equal(await page.evaluate(() => document.activeElement?.id), `rv-${rejected}-accept`, 'a highlight picked leads to its relation')

    await page.click(`#rv-${rejected}-reject`)
    await page.click(`#rv-${kept}-accept`)
    await page.click(`#rv-${retyped}-edit`)
    await page.selectOption(`#rv-${retyped}-type`, 'trades-with')
    await page.click(`#rv-${retyped}-accept`)
    await page.waitForFunction((id) => /trades-with/.test(document.getElementById(id)?.textContent ?? ''), `rv-${retyped}-title`)
    t.match(await page.locator(`#rv-${retyped}-title`).textContent(), 'Mongolia — trades-with → China')
    t.match(
      await page.locator('#review-text mark.rejected').allTextContents(),
      ['Iran supplies drones to Russia'],
      'the rejected quote is struck out',
    )

    // Basis inferred without a note: the checker's rule shows next to the item before anything is sent.
    await page.click(`#rv-${kept}-edit`)
    await page.selectOption(`#rv-${kept}-basis`, 'inferred')
    await page.waitForSelector(`#rv-${kept} .findings li`)
    t.match(await page.locator(`#rv-${kept} .findings`).textContent(), 'an inferred relation needs a note saying the reading')
    // Sent anyway, the server's 422 names the same rule, beside the same item; nothing is written.
    await page.fill('#publish-key', writeKey)
    await page.click('#publish-button')
    await page.waitForFunction(() => /Refused \(422\)/.test(document.getElementById('review-result')?.textContent ?? ''))
    t.match(
      await page.locator(`#rv-${kept} .findings`).textContent(),
      /server: an inferred relation needs a note saying the reading \(relations\[\d\]\.note\)/,
    )
    t.equal((await app.inject(`/sources/${sid}`)).statusCode, 404, 'the 422 wrote nothing')
    await page.selectOption(`#rv-${kept}-basis`, 'stated')
    await page.waitForFunction((id) => !/basis inferred/.test(document.getElementById(id)?.textContent ?? ''), `rv-${kept}`)
    t.equal(
      await page.locator(`#rv-${kept} .findings li`).count(),
      1,
      'the server finding stays until the next publish; the page check is gone',
    )

    await dragSelect(page, HOSTS)
    t.equal(await page.locator('#add-quote').textContent(), `Quote: “${HOSTS}”`, 'the selection is the quote')
    t.equal(
      await page
        .locator('#review-text .pending')
        .allTextContents()
        .then((x) => x.join('')),
      HOSTS,
    )
    await page.selectOption('#add-from', 'blr')
    await page.selectOption('#add-type', 'cooperates-with')
    await page.selectOption('#add-to', 'rus')
    await page.click('#add-submit')
    const addedId = await page.locator('#review-items li.item').last().getAttribute('data-relation')
    t.match(await page.locator(`#rv-${addedId}-title`).textContent(), 'Belarus — cooperates-with → Russia')
    t.match(await page.locator('#review-text mark', { hasText: 'Belarus hosts' }).count(), 1, 'the added quote is highlighted')

    // The work in progress survives a reload; the key does not (it was never stored).
    const before = await stored(page)
    await page.reload()
    await page.waitForSelector(`#rv-${addedId}`)
    t.equal(await page.getAttribute(`#rv-${rejected}-reject`, 'aria-pressed'), 'true', 'the rejection is kept')
    t.match(await page.locator(`#rv-${retyped}-title`).textContent(), 'trades-with')
    t.equal(await stored(page), before)
    t.equal(await page.locator('#publish-key').count(), 1, 'the key is asked again after a reload')
    await keyNowhere(page, t, writeKey)

    await page.fill('#publish-key', writeKey)
    await page.click('#publish-button')
    await page.waitForFunction(() => /Published: created/.test(document.getElementById('review-result')?.textContent ?? ''))
    const links = await page.locator('#review-result a').evaluateAll((as) => as.map((a) => `${a.textContent} ${a.getAttribute('href')}`))
    t.same(
      links.sort(),
      [
        'Belarus — cooperates-with → Russia /?from=blr&to=rus',
        'China — supports → North Korea /?from=chn&to=prk',
        'Mongolia — trades-with → China /?from=mng&to=chn',
        'Russia — supplies → Mongolia /?from=rus&to=mng',
      ],
      'the new relations, each a link to its path in the explorer',
    )
    await keyNowhere(page, t, writeKey)

    t.same(
      await pathRelations('blr', 'rus'),
      [{ id: addedId, type: 'cooperates-with', from: 'blr', to: 'rus', quotes: [HOSTS] }],
      'the added relation is on /paths with its quote',
    )
    t.same(
      await pathRelations('mng', 'chn'),
      [{ id: retyped, type: 'trades-with', from: 'mng', to: 'chn', quotes: ['Mongolia buys coal from China'] }],
      'the retyped one, with its new type only',
    )
    t.equal((await app.inject(`/relations/${rejected}`)).statusCode, 404, 'the rejected relation is not stored')
    t.equal((await app.inject('/actors/irn')).statusCode, 404, 'nor Iran, which only it named')
    const claims = (await app.inject(`/claims?source=${sid}&limit=100`)).json().items as Array<{ quote: string }>
    t.same(
      claims.map((c) => c.quote).sort(),
      [
        HOSTS,
        'China supports North Korea, according to diplomats',
        'Mongolia buys coal from China',
        'Russia sells oil to Mongolia, officials in Ulaanbaatar said on Friday',
      ],
      'the source has the kept quotes and the added one, not the rejected one',
    )
    t.same(problems, [], 'no console error or warning')
    await close()
  })

  t.test('a read key: 403 shown, nothing lost; a version published meanwhile: 412 explained, then replaced', async (t) => {
    const draft = await draftOf(STEPPE)
    const sid = draft.source.id
    const rejected = relationId(draft, 'irn', 'supplies', 'rus')
    const { page, problems, close } = await tab()
    await pasteAndDraft(page, STEPPE)
    await page.click(`#rv-${rejected}-reject`)
    const before = await stored(page)
    await page.fill('#publish-key', readKey)
    await page.click('#publish-button')
    await page.waitForFunction(() => /Refused \(403\)/.test(document.getElementById('review-result')?.textContent ?? ''))
    t.match(await page.locator('#review-result').textContent(), 'Nothing was written and the review is kept')
    t.equal(await stored(page), before, 'the review is as it was')
    t.equal(await page.getAttribute(`#rv-${rejected}-reject`, 'aria-pressed'), 'true')
    t.equal(await page.locator('#review-items li.item').count(), 3)
    t.equal(await page.inputValue('#publish-key'), '', 'the key is asked again')
    t.equal((await app.inject(`/sources/${sid}`)).statusCode, 404, 'nothing was written')
    await keyNowhere(page, t, readKey)

    // Someone publishes a source with this id in between: the page's create-only put is a 412.
    const other = { ...(await draftOf(STEPPE)), relations: [] as unknown[] }
    const put = await app.inject({ method: 'PUT', url: `/sources/${sid}`, headers: bearer(writeKey), payload: { ...other, claims: [] } })
    t.equal(put.statusCode, 201)
    await page.fill('#publish-key', writeKey)
    await page.click('#publish-button')
    await page.waitForFunction(() => /Not published \(412\)/.test(document.getElementById('review-result')?.textContent ?? ''))
    t.match(await page.locator('#review-result').textContent(), `A source with the id “${sid}” is already in the graph ("v1")`)
    t.equal(await stored(page), before, 'the review is kept')
    await page.click('#publish-replace')
    await page.waitForFunction(() => /Published: replaced/.test(document.getElementById('review-result')?.textContent ?? ''))
    t.same(
      (await pathRelations('kaz', 'rus')).map((r) => r.quotes),
      [['Kazakhstan buys grain from Russia']],
    )
    t.equal((await app.inject(`/relations/${rejected}`)).statusCode, 404)
    t.same(problems, [], 'no console error or warning')
    await close()
  })

  t.test('the whole loop with the keyboard only, a drafted actor merged into its graph actor', async (t) => {
    // The graph spells him Sergey; the text, Sergei: the drafter makes a new actor, /reconcile knows better.
    const lavrov = {
      format: 'entente-seed/1',
      source: { id: 'lavrov-note', title: 'Lavrov note', publisher: 'Example Wire', reportsOn: { event: 'Lavrov' }, text: LAVROV },
      actors: [{ id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person' }],
      claims: [
        {
          id: 'lavrov-works-for-russia',
          statement: 'Sergey Lavrov is Russia’s foreign minister.',
          quote: 'Sergey Lavrov is Russia’s foreign minister',
          assertedBy: 'author',
          hedge: 'asserted',
          about: ['sergey-lavrov', 'rus'],
        },
      ],
      relations: [
        {
          id: 'sergey-lavrov-works-for-rus',
          type: 'works-for',
          from: 'sergey-lavrov',
          to: 'rus',
          claims: ['lavrov-works-for-russia'],
          basis: 'stated',
        },
      ],
    }
    const put = await app.inject({ method: 'PUT', url: '/sources/lavrov-note', headers: bearer(writeKey), payload: lavrov })
    t.equal(put.statusCode, 201)
    const draft = await draftOf(HARBOUR)
    const met = relationId(draft, 'choe-son-hui', 'met', 'sergei-lavrov')
    const rejected = relationId(draft, 'irn', 'supplies', 'rus')
    const retyped = relationId(draft, 'kaz', 'buys-from', 'rus')
    const { page, problems, close } = await tab()
    /** Tabs (forwards) until the element with this id has the focus: it is reachable by keyboard. */
    const tabTo = async (id: string) => {
      for (let i = 0; i < 400; i++) {
        if ((await page.evaluate(() => document.activeElement?.id)) === id) return
        await page.keyboard.press('Tab')
      }
      throw new Error(`#${id} not reached by Tab`)
    }
    await tabTo('article-text')
    await page.keyboard.insertText(HARBOUR.text)
    await tabTo('article-title')
    await page.keyboard.type(HARBOUR.title)
    await tabTo('article-publisher')
    await page.keyboard.type(HARBOUR.publisher)
    await tabTo('article-date')
    await page.keyboard.type(HARBOUR.publishedAt)
    await tabTo('article-draft')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#review-items li.item')
    t.equal(await page.evaluate(() => document.activeElement?.id), `rv-${draft.relations[0].id}-accept`, 'the first item gets the focus')

    await tabTo(`rv-${rejected}-reject`)
    await page.keyboard.press('Enter')
    t.equal(await page.getAttribute(`#rv-${rejected}-reject`, 'aria-pressed'), 'true')
    await tabTo(`rv-${retyped}-edit`)
    await page.keyboard.press('Enter')
    await tabTo(`rv-${retyped}-type`)
    await page.keyboard.type('trades-with')
    await page.waitForFunction((id) => /trades-with/.test(document.getElementById(id)?.textContent ?? ''), `rv-${retyped}-title`)
    t.equal(await page.evaluate(() => document.activeElement?.id), `rv-${retyped}-type`, 'the focus stays on the control')

    // The drafted Sergei Lavrov is Sergey Lavrov of the graph: merged, from the suggestions of /reconcile.
    await page.waitForSelector('#ra-sergei-lavrov-merge')
    await tabTo('ra-sergei-lavrov-merge')
    await page.keyboard.press('Enter')
    await tabTo('ra-sergei-lavrov-merge-sergey-lavrov')
    t.match(
      await page.locator('#ra-sergei-lavrov-merge-sergey-lavrov').textContent(),
      'Merge Sergei Lavrov into Sergey Lavrov (sergey-lavrov, score 9',
    )
    await page.keyboard.press('Enter')
    await page.waitForSelector('#ra-sergei-lavrov-undo')
    t.match(await page.locator(`#rv-${met}-title`).textContent(), 'Choe Son Hui — met → Sergey Lavrov')

    // The span by keyboard: found in the text, then narrowed by its end offset.
    await tabTo('add-find')
    await page.keyboard.type('Belarus hosts Russian troops near')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() =>
      /Quote: “Belarus hosts Russian troops near”/.test(document.getElementById('add-quote')?.textContent ?? ''),
    )
    await tabTo('add-end')
    const end = Number(await page.inputValue('#add-end'))
    await page.keyboard.press('Control+A')
    await page.keyboard.type(String(end - ' near'.length))
    await page.keyboard.press('Tab')
    await page.waitForFunction(() => /Quote: “Belarus hosts Russian troops”$/.test(document.getElementById('add-quote')?.textContent ?? ''))
    await tabTo('add-from')
    await page.keyboard.type('Belarus')
    await tabTo('add-type')
    await page.keyboard.type('cooperates-with')
    await tabTo('add-to')
    await page.keyboard.type('Russia')
    await tabTo('add-submit')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /Belarus — cooperates-with → Russia/.test(document.getElementById('review-items')?.textContent ?? ''))

    await tabTo('publish-key')
    await page.keyboard.type(writeKey)
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /Published: created/.test(document.getElementById('review-result')?.textContent ?? ''))
    t.same(
      (await pathRelations('blr', 'rus')).find((r) => r.quotes.includes('Belarus hosts Russian troops'))?.type,
      'cooperates-with',
      'the relation added by keyboard is on /paths with its quote',
    )
    t.match(
      (await pathRelations('kaz', 'rus')).map((r) => r.type),
      ['trades-with'],
    )
    t.equal((await app.inject(`/relations/${rejected}`)).statusCode, 404)
    t.same(
      (await pathRelations('choe-son-hui', 'sergey-lavrov')).map((r) => [r.type, r.quotes]),
      [['met', ['Choe Son Hui met Sergei Lavrov in Moscow']]],
      'the merged actor’s relation names the graph actor',
    )
    t.equal((await app.inject('/actors/sergei-lavrov')).statusCode, 404, 'the drafted actor was not sent')
    t.same(problems, [], 'no console error or warning')
    await close()
  })

  t.test('axe-core: no violation on the review view at desktop and phone width; the time to a highlighted long draft', async (t) => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    const article = readFileSync(path.join(ROOT, 'seed/tekedia-putin-kim-pyongyang.txt'), 'utf8')
    const extra = ['second-source/border-trade-note.txt', 'third-source/harbour-ledger-notes.txt'].map((f) =>
      readFileSync(path.join(FIXTURES, f), 'utf8'),
    )
    const long = [article, ...extra, article.split(/\s+/).slice(150, 587).join(' ')].join('\n\n')
    const words = long.split(/\s+/).filter(Boolean).length
    t.ok(words >= 1400 && words <= 1600, `a ~1,500-word article (${words} words)`)
    for (const viewport of [
      { width: 1400, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, problems, close } = await tab(viewport)
      await pasteAndDraft(page, { text: long, title: 'A long read', publisher: 'Example Wire', publishedAt: '2024-06-20' })
      const ms = await page.evaluate(() => performance.getEntriesByName('review:draft')[0]?.duration)
      t.ok(ms > 0, 'the page measured it')
      t.comment(`${viewport.width}px: button to highlighted draft of ${words} words: ${Math.round(ms)} ms (a shared, loaded machine)`)
      t.ok((await page.locator('#review-text mark').count()) > 10, 'its quotes are highlighted')
      const first = await page.locator('#review-items li.item').first().getAttribute('data-relation')
      await page.click(`#rv-${first}-reject`)
      await page.click(`#rv-${first}-edit`)
      await page.waitForSelector('#review-actors .actor')
      await page.evaluate(axeSource)
      const result = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))
      t.same(
        result.violations.map((v: any) => `${v.id} ${v.impact}: ${v.nodes.length}`),
        [],
        `${viewport.width}px: no violation of any impact`,
      )
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      t.ok(overflow <= 0, `${viewport.width}px: no horizontal scrolling`)
      const shot = path.join(artifacts, `explorer-review-${viewport.width}.png`)
      await page.screenshot({ path: shot })
      if (process.env.UPDATE_DOCS && viewport.width === 1400) copyFileSync(shot, path.join(ROOT, 'docs/explorer-review.png'))
      t.same(problems, [], 'no console error or warning')
      await close()
    }
  })
}
