#!/usr/bin/env node
/**
 * End-to-end check of the key-figure admin UI in a real browser.
 *
 *   E2E_URL=http://localhost:3000 node tests/e2e/admin-figures.e2e.mjs
 *
 * Needs a running CMS (`next dev` or `next start`) whose CSRF origins include E2E_URL
 * (NEXT_PUBLIC_SERVER_URL or CORS_ORIGINS), and a Chromium: CHROMIUM_PATH, else /usr/bin/chromium.
 * On a fresh database the script registers the first user itself; otherwise give an
 * administrator with E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD. Every run creates its own report,
 * dataset, users and chapter (unique names), so it can run again on the same database.
 * E2E_SCREENSHOTS=1 saves screenshots to tests/e2e/screenshots/.
 *
 * What it proves: an editor opens a chapter whose figure disagrees with its data, sees the
 * expected value next to the figure, is refused when publishing (with the expected value named),
 * takes the data's value with one click, approves and publishes, and anonymous readers get the corrected
 * figure. Also: the report-wide view lists the finding under its document, and an author is
 * refused that view.
 *
 * It leaves what it made (report, chapter, the editor's login) in E2E_STATE_FILE (default: a file
 * per server in the temp folder) for tests/e2e/site.e2e.mjs, which runs next on the same server.
 */
import { writeFileSync } from 'node:fs'
import { adminLogin, api, assert, BASE, expectOk, finish, launchBrowser, log, run, shoot, STATE_FILE, step, TIMEOUT } from './harness.mjs'

const password = `e2e-${run}-Secret!`

const login = async (email, secret) => expectOk(await api('POST', '/users/login', { body: { email, password: secret } }), `login ${email}`).token

/** An administrator's token: the given one, or the first user of a fresh database. */
const adminToken = async () => {
  if (process.env.E2E_ADMIN_EMAIL && process.env.E2E_ADMIN_PASSWORD) {
    return login(process.env.E2E_ADMIN_EMAIL, process.env.E2E_ADMIN_PASSWORD)
  }
  const email = `admin-${run}@e2e.test`
  const registered = await api('POST', '/users/first-register', {
    body: { email, name: 'E2E admin', password, roles: ['admin'] },
  })
  if (registered.status >= 400) {
    throw new Error('The database already has users: set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD to an administrator.')
  }
  return login(email, password)
}

const seed = async () => {
  const token = await adminToken()
  const editor = { email: `editor-${run}@e2e.test`, password }
  const author = { email: `author-${run}@e2e.test`, password }
  expectOk(await api('POST', '/users', { body: { ...editor, name: 'E2E editor', roles: ['editor'] }, token }), 'create editor')
  expectOk(await api('POST', '/users', { body: { ...author, name: 'E2E author', roles: ['author'] }, token }), 'create author')
  const report = expectOk(
    await api('POST', '/reports', {
      body: {
        // An admin approves and publishes in one save (the publication workflow).
        _status: 'published',
        workflowStage: 'approved',
        organisation: 'E2E',
        sections: [{ key: 'onze-werking', title: 'Onze werking' }],
        title: `E2E jaarverslag ${run}`,
        year: 2024,
      },
      token,
    }),
    'create report',
  ).doc
  const dataset = expectOk(
    await api('POST', '/datasets', {
      body: { _status: 'published', period: '2024', slug: `deelnemers-${run}`, title: `Deelnemers ${run}` },
      token,
    }),
    'create dataset',
  ).doc
  const record = expectOk(
    await api('POST', '/dataset-records', {
      body: { dataset: dataset.id, key: 'totaal', label: 'Totaal deelnemers', unit: 'count', value: '1540' },
      token,
    }),
    'create record',
  ).doc
  const chapter = expectOk(
    await api('POST', '/chapters?draft=true', {
      body: {
        _status: 'draft',
        keyFigures: [{ label: 'Totaal deelnemers', operation: 'record', record: record.id, shown: '1.541', unit: 'count' }],
        number: '1',
        report: report.id,
        section: 'onze-werking',
        title: `E2E hoofdstuk ${run}`,
      },
      token,
    }),
    'create chapter',
  ).doc
  return { author, chapter, dataset, editor, record, report }
}

/* ------------------------------------------------------------------------------------------ */
/* Browser                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** Opens the chapter on its "Kerncijfers" tab with the first figure row expanded. */
const openFigures = async (page, chapterId) => {
  await page.goto(`${BASE}/admin/collections/chapters/${chapterId}`, { timeout: TIMEOUT })
  await page.waitForSelector('.key-figure-check-summary', { timeout: TIMEOUT })
  const tab = page.locator('.tabs-field__tab-button', { hasText: /^(Kerncijfers|Key figures)$/ })
  if (await tab.count()) await tab.first().click()
  const shown = page.locator('input[name="keyFigures.0.shown"]')
  if (!(await shown.isVisible().catch(() => false))) {
    await page.locator('.array-field .collapsible__toggle').first().click()
  }
  await shown.waitFor({ state: 'visible' })
  return shown
}

/** Picks a stage in the sidebar's "Fase" select (the publication workflow). */
const chooseStage = async (page, label) => {
  await page.locator('#field-workflowStage .rs__control').click()
  await page.locator('.rs__option', { hasText: label }).first().click()
  await page.locator('#field-workflowStage .rs__single-value', { hasText: label }).waitFor({ timeout: 30_000 })
}

const publishButton = (page) => page.getByRole('button', { name: /^(Publiceer wijzigingen|Publiceren|Publish changes|Publish)$/ }).first()

const main = async () => {
  log(`Key-figure admin e2e against ${BASE} (run ${run})`)
  let data
  if (!(await step('create report, dataset, record, users and a draft chapter via REST', async () => (data = await seed())))) {
    return
  }
  writeFileSync(
    STATE_FILE,
    JSON.stringify({ base: BASE, chapter: data.chapter, dataset: data.dataset, editor: data.editor, record: data.record, report: data.report, run }, null, 2),
  )
  const browser = await launchBrowser()
  try {
    await step('the admin answers with its Content-Security-Policy: a script nonce, never framed', async () => {
      const response = await fetch(`${BASE}/admin/login`)
      const policy = response.headers.get('content-security-policy') ?? ''
      assert(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/.test(policy), `script-src: ${policy}`)
      assert(policy.includes("frame-ancestors 'none'"), `frame-ancestors: ${policy}`)
      assert(response.headers.get('x-content-type-options') === 'nosniff', 'no nosniff')
      assert(!response.headers.has('x-powered-by'), `X-Powered-By: ${response.headers.get('x-powered-by')}`)
    })
    const { context, page } = await adminLogin(browser, data.editor)
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // The browser reports every script, style or frame the CSP blocks on the console.
    const cspViolations = []
    context.on('console', (message) => {
      if (/Content[ -]Security[ -]Policy/i.test(message.text())) cspViolations.push(`${message.location().url}: ${message.text()}`)
    })
    let shown

    await step('the editor sees the expected value 1.540 next to the figure', async () => {
      shown = await openFigures(page, data.chapter.id)
      const status = page.locator('.key-figure-status').first()
      await status.filter({ hasText: 'Verwacht: 1.540' }).waitFor({ timeout: 30_000 })
      const text = await status.innerText()
      assert(text.includes(`Deelnemers ${run} (2024) › Totaal deelnemers`), `status names no source by title, period and label: ${text}`)
      await shoot(page, '01-figure-status-mismatch')
    })

    await step('the sidebar summary shows the stored status "Afwijking"', async () => {
      const summary = page.locator('.key-figure-check-summary')
      assert((await summary.getAttribute('data-status')) === 'mismatch', `status is ${await summary.getAttribute('data-status')}`)
      assert((await summary.innerText()).includes('Afwijking'), 'summary does not say "Afwijking"')
    })

    await step('publishing is refused, naming the expected value', async () => {
      const answer = page.waitForResponse((response) => response.request().method() !== 'GET' && response.url().includes(`/api/chapters/${data.chapter.id}`))
      await publishButton(page).click()
      assert((await answer).status() === 400, `publish answered HTTP ${(await answer).status()}`)
      // The built server's answer keeps the refusal's details (src/hooks/keepErrorDetailsAfterError.ts).
      const [refusal] = (await (await answer).json()).errors ?? []
      assert(refusal?.name === 'ValidationError', `the refusal is named ${refusal?.name}`)
      assert(refusal?.data?.errors?.[0]?.path === 'keyFigures.0.shown', `the refusal names ${JSON.stringify(refusal?.data?.errors)}`)
      assert(refusal?.data?.findings?.[0]?.expected === '1.540', `the refusal's findings: ${JSON.stringify(refusal?.data?.findings)}`)
      // The refusal arrives as a toast, and on the field (the status box under the figure says 1.540 all along).
      await page.locator('.field-type.error', { has: shown }).waitFor({ timeout: 30_000 })
      const toast = page.locator('.payload-toast-container li', { hasText: 'Niet gepubliceerd' }).first()
      await toast.waitFor({ timeout: 30_000 })
      const text = await toast.innerText()
      assert(text.includes('de data zegt 1.540'), `the refusal does not name 1.540: ${text}`)
      await shoot(page, '02-publish-refused')
      const published = await api('GET', `/chapters/${data.chapter.id}?depth=0`)
      assert(published.status === 404 || published.json?._status !== 'published', 'the chapter got published anyway')
    })

    await step('"Neem datawaarde over" puts 1.540 in the field', async () => {
      await page.getByRole('button', { name: 'Neem datawaarde over' }).first().click()
      assert((await shown.inputValue()) === '1.540', `field holds ${await shown.inputValue()}`)
      await page.locator('.key-figure-status').first().filter({ hasText: 'Klopt met de data' }).waitFor({ timeout: 30_000 })
      await shoot(page, '03-data-value-taken')
    })

    await step('the report-wide view lists the finding under its chapter', async () => {
      const view = await context.newPage()
      view.setDefaultTimeout(TIMEOUT)
      await view.goto(`${BASE}/admin/publicatiecontrole?report=${encodeURIComponent(data.report.slug)}`, { timeout: TIMEOUT })
      const section = view.locator('.publication-check__document', { hasText: `E2E hoofdstuk ${run}` })
      await section.waitFor()
      const link = section.locator(`h3 a[href$="/collections/chapters/${data.chapter.id}"]`)
      assert((await link.count()) === 1, 'no link to the chapter')
      const place = await section.locator('.publication-check__place').first().innerText()
      assert(place === 'Kerncijfer 1, tab Kerncijfers', `the finding's place reads ${place}`)
      const row = section.locator('tbody tr').first()
      const cells = await row.innerText()
      assert(cells.includes('1.541') && cells.includes('1.540'), `row lacks shown/expected: ${cells}`)
      await shoot(view, '04-publication-check')
      await view.close()
    })

    await step('an approved chapter whose figure lost its label is refused on publish, the error on the label field', async () => {
      // The workflow publishes only approved documents: the editor approves and publishes in one save.
      await chooseStage(page, 'Goedgekeurd')
      const label = page.locator('input[name="keyFigures.0.label"]')
      await label.fill('')
      const answer = page.waitForResponse((response) => response.request().method() !== 'GET' && response.url().includes(`/api/chapters/${data.chapter.id}`))
      await publishButton(page).click()
      assert((await answer).status() === 400, `publish answered HTTP ${(await answer).status()}`)
      // The built server's answer names the field (src/hooks/keepErrorDetailsAfterError.ts).
      const named = ((await (await answer).json()).errors ?? []).flatMap((error) => error.data?.errors ?? []).map((error) => error.path)
      assert(named.includes('keyFigures.0.label'), `the answer names ${JSON.stringify(named)}`)
      // The plugin checks the rows in one pass (fields/validateFigureRows.ts); the admin puts the answer on the field.
      const field = page.locator('.field-type.error', { has: label })
      await field.waitFor({ timeout: 30_000 })
      const text = await field.innerText()
      assert(text.includes('Dit veld is verplicht.'), `the label field says: ${text}`)
      await shoot(page, '04b-label-required')
      await label.fill('Totaal deelnemers')
    })

    await step('after taking the value, the editor approves the chapter, it publishes and the summary says OK', async () => {
      await publishButton(page).click()
      await page.waitForFunction(
        async ([base, id]) => {
          const response = await fetch(`${base}/api/chapters/${id}?depth=0`, { credentials: 'omit' })
          if (!response.ok) return false
          const doc = await response.json()
          return doc._status === 'published'
        },
        [BASE, data.chapter.id],
        { polling: 500, timeout: 30_000 },
      )
      await page.locator('.doc-controls__status, .status', { hasText: /Gepubliceerd|Published/ }).first().waitFor({ timeout: 30_000 })
      // The sidebar summary follows the saved document.
      await page.locator('.key-figure-check-summary[data-status="ok"]').waitFor({ timeout: 30_000 })
      await shoot(page, '05-published')
    })

    await step('anonymous readers get the corrected figure', async () => {
      const { json, status } = await api('GET', `/chapters/${data.chapter.id}?depth=0`)
      assert(status === 200, `HTTP ${status}`)
      assert(json._status === 'published', `status ${json._status}`)
      assert(json.keyFigures?.[0]?.shown === '1.540', `shown is ${json.keyFigures?.[0]?.shown}`)
      assert(json.figureCheck?.status === 'ok', `figureCheck.status is ${json.figureCheck?.status}`)
    })

    await step('no uncaught errors in the editor page', async () => {
      assert(pageErrors.length === 0, pageErrors.join('\n'))
    })

    await step('the admin ran under its Content-Security-Policy without a single violation', async () => {
      // The dashboard and a list view too, besides the edit view and the publication check above.
      await page.goto(`${BASE}/admin`, { timeout: TIMEOUT })
      await page.locator('.dashboard, main').first().waitFor()
      await page.goto(`${BASE}/admin/collections/chapters`, { timeout: TIMEOUT })
      await page.locator('table, .collection-list').first().waitFor()
      assert(cspViolations.length === 0, cspViolations.join('\n'))
    })
    await context.close()

    await step('an author is refused the publication check', async () => {
      const { context: authorContext, page: authorPage } = await adminLogin(browser, data.author)
      await authorPage.goto(`${BASE}/admin/publicatiecontrole?report=${encodeURIComponent(data.report.slug)}`, { timeout: TIMEOUT })
      await authorPage.getByText('Geen toegang').first().waitFor()
      assert((await authorPage.locator('.publication-check__document').count()) === 0, 'an author sees findings')
      assert((await authorPage.locator('#nav-publicatiecontrole').count()) === 0, 'an author sees the nav link')
      await shoot(authorPage, '06-author-no-access')
      await authorContext.close()
    })
  } finally {
    await browser.close()
  }
}

await finish(main)
