#!/usr/bin/env node
/**
 * End-to-end check of the public front-end in a real browser, after admin-figures.e2e.mjs.
 *
 *   E2E_URL=http://localhost:3000 node tests/e2e/site.e2e.mjs
 *
 * Runs against the same server right after tests/e2e/admin-figures.e2e.mjs (the files run in
 * alphabetical order) and reads what that test made from E2E_STATE_FILE (default: a file per
 * server in the temp folder): the report, the chapter the editor corrected and published, the
 * editor's login. E2E_SCREENSHOTS=1 saves screenshots to tests/e2e/screenshots/.
 *
 * What it proves: (2) a visitor finds that chapter from the home page and sees the corrected
 * figure with its source; (3) a draft chapter is not visible to a visitor (not listed, its
 * address answers 404, /preview refuses them) while the logged-in editor sees it through the
 * preview; an inline figure's source button opens its receipt from the keyboard; the chapter reads
 * on a phone without sideways scrolling.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { api, assert, BASE, expectOk, finish, launchBrowser, log, shoot, STATE_FILE, step, TIMEOUT } from './harness.mjs'

/** A REST call that must succeed: its JSON body. */
const apiOk = async (method, route, options) => expectOk(await api(method, route, options), `${method} ${route}`)

const inlineParagraph = (recordId) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: 'In 2024 namen ', version: 1 },
          {
            type: 'inlineBlock',
            fields: { blockName: '', blockType: 'keyFigure', id: 'e2einlinefigure', label: 'Totaal deelnemers', operation: 'record', record: recordId, shown: '1.540', unit: 'count' },
            version: 1,
          },
          { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: ' mensen deel aan ons aanbod.', version: 1 },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

const main = async () => {
  log(`Front-end e2e against ${BASE}`)
  if (!existsSync(STATE_FILE)) {
    throw new Error(`no state from admin-figures.e2e.mjs at ${STATE_FILE}: run that test first on this server`)
  }
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8'))
  const { run } = state
  let token
  let inlineChapter
  let draftChapter
  const reportPath = `/jaarverslagen/${state.report.slug}`

  if (
    !(await step('the editor adds a published chapter with an inline figure and a draft chapter via REST', async () => {
      token = (await apiOk('POST', '/users/login', { body: state.editor })).token
      inlineChapter = (
        await apiOk('POST', '/chapters', {
          body: { _status: 'published', workflowStage: 'approved', body: inlineParagraph(state.record.id), number: '2', report: state.report.id, section: 'onze-werking', title: `E2E inline ${run}` },
          token,
        })
      ).doc
      draftChapter = (
        await apiOk('POST', '/chapters?draft=true', {
          body: { _status: 'draft', number: '3', report: state.report.id, section: 'onze-werking', summary: 'Nog niet klaar.', title: `E2E ontwerp ${run}` },
          token,
        })
      ).doc
    }))
  ) {
    return
  }

  const browser = await launchBrowser()
  try {
    const visitor = await browser.newContext({ locale: 'nl-BE', viewport: { height: 900, width: 1280 } })
    const page = await visitor.newPage()
    page.setDefaultTimeout(TIMEOUT)
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))

    await step('(2) a visitor goes from the home page to the corrected chapter and sees 1.540 with its source', async () => {
      await page.goto(`${BASE}/`, { timeout: TIMEOUT })
      await page.getByRole('link', { name: state.report.title }).click()
      await page.waitForURL(`**${reportPath}`)
      await page.getByRole('navigation', { name: 'Inhoud' }).getByRole('link', { name: new RegExp(state.chapter.title) }).click()
      await page.waitForURL(`**${reportPath}/${state.chapter.slug}`)
      assert((await page.locator('h1').innerText()).includes(state.chapter.title), 'wrong chapter heading')
      const card = page.locator('.figure-card', { hasText: 'Totaal deelnemers' })
      await card.waitFor()
      assert((await card.locator('.kf__value').innerText()) === '1.540', `card shows ${await card.locator('.kf__value').innerText()}`)
      await card.locator('[data-receipt-toggle]').click()
      const source = await card.locator('.kf__receipt').innerText()
      assert(source.includes(state.dataset.title) && source.includes('Totaal deelnemers'), `source reads: ${source}`)
      assert(!(await page.content()).includes('1.541'), 'the old figure 1.541 is still on the page')
      await shoot(page, 'site-01-corrected-figure')
    })

    await step('(3) a draft chapter is not listed, its address answers 404, and /preview refuses a visitor', async () => {
      await page.goto(`${BASE}${reportPath}`, { timeout: TIMEOUT })
      assert(!(await page.content()).includes(`E2E ontwerp ${run}`), 'the draft is listed on the report page')
      const draftUrl = `${reportPath}/${draftChapter.slug}`
      const response = await page.goto(`${BASE}${draftUrl}`, { timeout: TIMEOUT })
      assert(response.status() === 404, `the draft's address answered ${response.status()}`)
      assert(!(await page.content()).includes('Nog niet klaar.'), 'the draft text is shown')
      await shoot(page, 'site-02-draft-not-found')
      const preview = await page.goto(`${BASE}/preview?path=${encodeURIComponent(draftUrl)}`, { timeout: TIMEOUT })
      assert(preview.status() === 403, `/preview answered ${preview.status()} to a visitor`)
      const again = await page.goto(`${BASE}${draftUrl}`, { timeout: TIMEOUT })
      assert(again.status() === 404, `after /preview the draft answered ${again.status()}`)
      const cookies = await visitor.cookies()
      assert(!cookies.some((cookie) => cookie.name === '__prerender_bypass'), 'the visitor got a draft-mode cookie')
    })

    await step('keyboard: the skip link comes first, and an inline figure opens its source with Enter', async () => {
      await page.goto(`${BASE}${reportPath}/${inlineChapter.slug}`, { timeout: TIMEOUT })
      await page.keyboard.press('Tab')
      assert((await page.evaluate(() => document.activeElement?.textContent)) === 'Naar de inhoud', 'the first Tab does not reach the skip link')
      const receipt = page.locator('.prose [data-key-figure] .kf__receipt').first()
      assert(!(await receipt.isVisible()), 'the source shows before it is asked for')
      let focused = false
      for (let i = 0; i < 40 && !focused; i++) {
        await page.keyboard.press('Tab')
        focused = await page.evaluate(() => Boolean(document.activeElement?.closest('.prose [data-key-figure]') && document.activeElement.matches('[data-receipt-toggle]')))
      }
      assert(focused, 'Tab never reached the inline figure')
      await page.keyboard.press('Enter')
      await receipt.waitFor({ state: 'visible', timeout: 5_000 })
      assert((await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))) === 'true', 'the button does not say it is expanded')
      const text = await receipt.innerText()
      assert(text.includes(state.dataset.title) && text.includes('Totaal deelnemers'), `the source reads: ${text}`)
      await shoot(page, 'site-03-inline-figure-focus')
    })

    await step('a phone shows the chapter without sideways scrolling', async () => {
      const phone = await browser.newContext({ locale: 'nl-BE', viewport: { height: 844, width: 390 }, isMobile: true })
      const mobile = await phone.newPage()
      await mobile.goto(`${BASE}${reportPath}/${state.chapter.slug}`, { timeout: TIMEOUT })
      const overflow = await mobile.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert(overflow <= 1, `the page is ${overflow}px wider than the phone`)
      await shoot(mobile, 'site-04-phone')
      await phone.close()
    })

    await step('(3) the logged-in editor sees the draft through the preview', async () => {
      const editor = await browser.newContext({ locale: 'nl-BE', viewport: { height: 900, width: 1280 } })
      const editorPage = await editor.newPage()
      editorPage.setDefaultTimeout(TIMEOUT)
      await editorPage.goto(`${BASE}/admin/login`, { timeout: TIMEOUT })
      await editorPage.fill('input[name="email"]', state.editor.email)
      await editorPage.fill('input[name="password"]', state.editor.password)
      await editorPage.click('button[type="submit"]')
      await editorPage.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: TIMEOUT })
      const draftUrl = `${reportPath}/${draftChapter.slug}`
      const response = await editorPage.goto(`${BASE}/preview?path=${encodeURIComponent(draftUrl)}`, { timeout: TIMEOUT })
      assert(response.status() === 200, `the preview answered ${response.status()}`)
      assert(new URL(editorPage.url()).pathname === draftUrl, `landed on ${editorPage.url()}`)
      await editorPage.getByText('Nog niet klaar.').waitFor()
      await editorPage.getByRole('status').filter({ hasText: 'Voorbeeldweergave' }).waitFor()
      await shoot(editorPage, 'site-05-editor-preview')
      await editor.close()
    })

    await step('no uncaught errors in the visitor pages', async () => {
      assert(pageErrors.length === 0, pageErrors.join('\n'))
    })
    await visitor.close()
  } finally {
    await browser.close()
  }
}

await finish(main)
