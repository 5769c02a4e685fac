#!/usr/bin/env node
/**
 * End-to-end check of the publication workflow in a real browser.
 *
 *   E2E_URL=http://localhost:3000 node tests/e2e/workflow.e2e.mjs
 *
 * Needs a running CMS seeded with the demo users (auteur@, redacteur@ and admin@jaarverslag.local;
 * their password in E2E_DEMO_PASSWORD, default jaarverslag-demo) whose CSRF origins include E2E_URL,
 * and a Chromium: CHROMIUM_PATH, else /usr/bin/chromium. An administrator (E2E_ADMIN_EMAIL and
 * E2E_ADMIN_PASSWORD, default the demo admin) prepares the data through REST. Every run makes its
 * own report, dataset and chapter (unique names), so it can run again on the same database.
 * E2E_SCREENSHOTS=1 saves screenshots to tests/e2e/screenshots/.
 *
 * What it proves: the author (auteur@) opens a chapter they own, sends it to review in the admin;
 * the editor (redacteur@) sees it in review, approves it, then publishes it; anonymous readers
 * then get it; the document's audit trail lists the three steps; and the author cannot publish.
 */
import { adminLogin, api, assert, BASE, expectOk, finish, launchBrowser, log, run, setFailureHook, shoot, step, TIMEOUT } from './harness.mjs'

const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD || 'jaarverslag-demo'
const AUTHOR = { email: 'auteur@jaarverslag.local', password: DEMO_PASSWORD }
const EDITOR = { email: 'redacteur@jaarverslag.local', password: DEMO_PASSWORD }
const ADMIN = { email: process.env.E2E_ADMIN_EMAIL || 'admin@jaarverslag.local', password: process.env.E2E_ADMIN_PASSWORD || DEMO_PASSWORD }

/** The page a failing step leaves behind, for a screenshot (E2E_SCREENSHOTS=1). */
let currentPage = null
setFailureHook((stepNumber) => (currentPage ? shoot(currentPage, `workflow-failed-${stepNumber}`) : undefined))

const login = async ({ email, password }) => expectOk(await api('POST', '/users/login', { body: { email, password } }), `login ${email}`)

const prepare = async () => {
  const { token } = await login(ADMIN)
  const author = (await login(AUTHOR)).user
  const report = expectOk(
    await api('POST', '/reports', {
      body: { _status: 'published', organisation: 'E2E', sections: [{ key: 'werking', title: 'Werking' }], title: `Workflow-verslag ${run}`, workflowStage: 'approved', year: 2024 },
      token,
    }),
    'create report',
  ).doc
  const dataset = expectOk(await api('POST', '/datasets', { body: { _status: 'published', period: '2024', slug: `workflow-${run}`, title: `Workflow ${run}` }, token }), 'create dataset').doc
  const record = expectOk(
    await api('POST', '/dataset-records', { body: { dataset: dataset.id, key: 'vragen', label: 'Ontvangen vragen', unit: 'count', value: '104' }, token }),
    'create record',
  ).doc
  const chapter = expectOk(
    await api('POST', '/chapters?draft=true', {
      body: {
        _status: 'draft',
        keyFigures: [{ label: 'Ontvangen vragen', operation: 'record', record: record.id, shown: '104', unit: 'count' }],
        number: '1',
        owner: author.id,
        report: report.id,
        section: 'werking',
        title: `Workflow-hoofdstuk ${run}`,
      },
      token,
    }),
    'create chapter owned by the author',
  ).doc
  assert(chapter.workflowStage === 'concept', `a new chapter starts as ${chapter.workflowStage}`)
  return { adminToken: token, chapter, report }
}

const stored = async (data) => expectOk(await api('GET', `/chapters/${data.chapter.id}?draft=true&depth=0`, { token: data.adminToken }), 'read chapter')

/* Browser ---------------------------------------------------------------------------------- */

const openChapter = async (page, id) => {
  await page.goto(`${BASE}/admin/collections/chapters/${id}`, { timeout: TIMEOUT })
  await page.locator('#field-workflowStage').waitFor({ timeout: TIMEOUT })
  // Payload locks a document while someone has it open; a lock left behind is taken over.
  const takeOver = page.getByRole('button', { name: /^(Overnemen|Take over)$/ })
  if (await takeOver.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) await takeOver.first().click()
}

/** Leaves the document, so Payload releases its edit lock, as a person closing it would. */
const leave = async (page) => {
  await page.goto(`${BASE}/admin/collections/chapters`, { timeout: TIMEOUT })
  await page.locator('.collection-list, .list-controls').first().waitFor({ timeout: TIMEOUT }).catch(() => undefined)
}

const stageShown = (page) => page.locator('#field-workflowStage .rs__single-value').innerText()

const chooseStage = async (page, label) => {
  await page.locator('#field-workflowStage .rs__control').click()
  await page.locator('.rs__option', { hasText: label }).first().click()
  await page.locator('#field-workflowStage .rs__single-value', { hasText: label }).waitFor({ timeout: 30_000 })
}

/** Clicks a document button and waits for the save it sends; returns the HTTP status. */
const save = async (page, id, name) => {
  const answer = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/chapters/${id}`), { timeout: TIMEOUT })
  answer.catch(() => undefined)
  await page.getByRole('button', { name }).first().click({ timeout: 60_000 })
  return (await answer).status()
}

const SAVE_DRAFT = /^(Bewaar concept|Save draft)$/
const PUBLISH = /^(Publiceer wijzigingen|Publiceren|Publish changes|Publish)$/

const main = async () => {
  log(`Publication workflow e2e against ${BASE} (run ${run})`)
  let data
  if (!(await step('an admin prepares a report, data and a concept chapter owned by auteur@ (REST)', async () => (data = await prepare())))) return

  const browser = await launchBrowser()
  const pageErrors = []
  try {
    const author = await adminLogin(browser, AUTHOR)
    currentPage = author.page
    author.page.on('pageerror', (error) => pageErrors.push(`author: ${error.message}`))

    const sent = await step('the author opens the chapter and sends it to review', async () => {
      await openChapter(author.page, data.chapter.id)
      assert((await stageShown(author.page)) === 'Concept', `the stage shows ${await stageShown(author.page)}`)
      await chooseStage(author.page, 'Ter review')
      await shoot(author.page, 'workflow-01-author-to-review')
      const status = await save(author.page, data.chapter.id, SAVE_DRAFT)
      assert(status === 200, `the save answered HTTP ${status}`)
      const doc = await stored(data)
      assert(doc.workflowStage === 'review', `stored stage is ${doc.workflowStage}`)
    })
    if (!sent) return

    await step('the author cannot publish it', async () => {
      // Payload may show the button (the author may save this document); the server refuses it.
      if (await author.page.getByRole('button', { name: PUBLISH }).count()) {
        const status = await save(author.page, data.chapter.id, PUBLISH)
        assert(status === 403, `publish by the author answered HTTP ${status}`)
      }
      const anonymous = await api('GET', `/chapters/${data.chapter.id}?depth=0`)
      assert(anonymous.status === 404, `anonymous readers got HTTP ${anonymous.status}`)
    })
    await leave(author.page)
    await author.context.close()

    const editor = await adminLogin(browser, EDITOR)
    currentPage = editor.page
    editor.page.on('pageerror', (error) => pageErrors.push(`editor: ${error.message}`))

    const approved = await step('the editor sees it in review and approves it', async () => {
      await openChapter(editor.page, data.chapter.id)
      assert((await stageShown(editor.page)) === 'Ter review', `the editor sees stage ${await stageShown(editor.page)}`)
      await chooseStage(editor.page, 'Goedgekeurd')
      const status = await save(editor.page, data.chapter.id, SAVE_DRAFT)
      assert(status === 200, `approving answered HTTP ${status}`)
      assert((await stored(data)).workflowStage === 'approved', 'the chapter is not approved')
      await shoot(editor.page, 'workflow-02-editor-approved')
    })
    if (!approved) return

    await step('the editor publishes it, and anonymous readers get it', async () => {
      await openChapter(editor.page, data.chapter.id)
      const status = await save(editor.page, data.chapter.id, PUBLISH)
      assert(status === 200, `publishing answered HTTP ${status}`)
      const anonymous = await api('GET', `/chapters/${data.chapter.id}?depth=0`)
      assert(anonymous.status === 200, `anonymous readers got HTTP ${anonymous.status}`)
      assert(anonymous.json._status === 'published', `status ${anonymous.json._status}`)
      assert(anonymous.json.workflowStage === 'published', `stage ${anonymous.json.workflowStage}`)
      await editor.page.locator('#field-workflowStage .rs__single-value', { hasText: 'Gepubliceerd' }).waitFor({ timeout: 30_000 })
    })

    await step('the audit trail on the document lists review, approval and publication', async () => {
      await openChapter(editor.page, data.chapter.id)
      await editor.page.locator('.tabs-field__tab-button', { hasText: /^Review$/ }).first().click()
      const table = editor.page.locator('.audit-trail__table')
      await table.waitFor({ timeout: 30_000 })
      const text = await table.innerText()
      for (const expected of ['Concept -> Ter review', 'Ter review -> Goedgekeurd', 'Gepubliceerd']) assert(text.includes(expected), `the trail lacks "${expected}": ${text}`)
      assert(text.includes('auteur@jaarverslag.local') && text.includes('redacteur@jaarverslag.local'), `the trail does not name both users: ${text}`)
      await shoot(editor.page, 'workflow-03-audit-trail')
    })
    await step('the Publicatiecontrole view of the report shows the workflow section and the report-wide publish', async () => {
      await editor.page.goto(`${BASE}/admin/publicatiecontrole?report=${encodeURIComponent(data.report.slug)}`, { timeout: TIMEOUT })
      await editor.page.locator('#workflow-scheduled-failures', { hasText: 'Mislukte geplande publicaties' }).waitFor({ timeout: 30_000 })
      await editor.page.getByText('Geen enkele geplande publicatie van dit jaarverslag mislukte.').waitFor({ timeout: 30_000 })
      await editor.page.getByRole('button', { name: 'Publiceer alle goedgekeurde documenten' }).waitFor({ timeout: 30_000 })
      await shoot(editor.page, 'workflow-04-publication-check')
    })
    await editor.context.close()

    await step('no uncaught errors in the admin pages', async () => {
      assert(pageErrors.length === 0, pageErrors.join('\n'))
    })
  } finally {
    await browser.close()
  }
}

await finish(main)
