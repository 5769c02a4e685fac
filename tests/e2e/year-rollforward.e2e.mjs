#!/usr/bin/env node
/**
 * End-to-end check of next year's report (README "Next year's report"), in a real browser.
 *
 *   E2E_URL=http://localhost:3000 node tests/e2e/year-rollforward.e2e.mjs
 *
 * Needs a running CMS on the seeded database (it rolls the seeded Jaarverslag 2024 forward, once:
 * a second run finds Jaarverslag 2025 and goes on with it) and a Chromium. Logs in as the demo
 * editor (redacteur@jaarverslag.local, E2E_DEMO_PASSWORD or SEED_DEMO_PASSWORD, default
 * jaarverslag-demo); API steps run as the admin (E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD, else the
 * demo admin).
 *
 * What it proves: the editor rolls Jaarverslag 2024 forward to 2025 from the report's admin page;
 * in the Publicatiecontrole the copied chapter "cijfers-kennisknooppunt" has its two figures
 * awaiting data; a 2025 file for its series (tests/fixtures/next-year, INVENTED test data) is
 * imported; the Publicatiecontrole then shows one figure confirmed and one wrong; the editor
 * corrects it, adds a change against 2024, the chapter is published, and the site prints the
 * comparison with 2024 next to it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { adminLogin, api, assert, BASE, expectOk, finish, launchBrowser, log, run, shoot, step, TIMEOUT } from './harness.mjs'

const apiOk = async (method, route, options) => expectOk(await api(method, route, options), `${method} ${route}`)
const login = async (email, password) => (await apiOk('POST', '/users/login', { body: { email, password } })).token
const demoPassword = process.env.E2E_DEMO_PASSWORD || process.env.SEED_DEMO_PASSWORD || 'jaarverslag-demo'
const editor = { email: 'redacteur@jaarverslag.local', password: demoPassword }
const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'next-year', 'kennisknooppunt-overleg-2025.csv')
const CHAPTER = 'cijfers-kennisknooppunt'

const one = async (route, token) => {
  const { docs } = await apiOk('GET', route, { token })
  assert(docs.length === 1, `${route}: expected one document, found ${docs.length}`)
  return docs[0]
}

const main = async () => {
  log(`Year roll forward e2e against ${BASE} (run ${run})`)
  const adminToken = await login(process.env.E2E_ADMIN_EMAIL || 'admin@jaarverslag.local', process.env.E2E_ADMIN_PASSWORD || demoPassword)
  const source = await one('/reports?where[slug][equals]=jaarverslag-2024&depth=0&draft=true', adminToken)
  const browser = await launchBrowser()
  let report
  let chapter
  try {
    const { page } = await adminLogin(browser, editor)

    const rolled = await step('the editor rolls Jaarverslag 2024 forward to 2025 with the button on the report', async () => {
      await page.goto(`${BASE}/admin/collections/reports/${source.id}`, { timeout: TIMEOUT })
      const button = page.getByRole('button', { name: /Doorrollen naar volgend jaar \(2025\)/ })
      await button.click()
      const status = page.locator('.roll-forward [role="status"]')
      await status.waitFor({ timeout: TIMEOUT })
      const text = await status.innerText()
      assert(/Jaarverslag 2025 aangemaakt uit Jaarverslag 2024|bestaat al/.test(text), `unexpected answer: ${text}`)
      await shoot(page, 'year-rollforward-1-button')
      report = await one('/reports?where[slug][equals]=jaarverslag-2025&depth=0&draft=true', adminToken)
      assert(report._status === 'draft' && report.year === 2025, `the 2025 report: ${JSON.stringify({ status: report._status, year: report.year })}`)
      chapter = await one(`/chapters?where[report][equals]=${report.id}&where[slug][equals]=${CHAPTER}&depth=0&draft=true`, adminToken)
    })
    if (!rolled) return

    const progressRow = () => page.locator(`[data-progress-document="chapters/${chapter.id}"]`)
    const awaited = await step('the Publicatiecontrole shows the copied chapter\'s figures awaiting data', async () => {
      assert(chapter.keyFigures.length === 2, `${CHAPTER} has ${chapter.keyFigures.length} figures`)
      await page.goto(`${BASE}/admin/publicatiecontrole?report=jaarverslag-2025`, { timeout: TIMEOUT })
      const text = await progressRow().innerText()
      assert(text.includes('0 van 2 kerncijfers bevestigd, 2 wachten op data, 0 fout'), `progress row: ${text}`)
      await shoot(page, 'year-rollforward-2-awaiting')
    })
    if (!awaited) return

    const imported = await step('importing the 2025 file (invented test data) turns them into one confirmed and one wrong', async () => {
      const form = new FormData()
      form.append('file', new Blob([readFileSync(FIXTURE)]), 'kennisknooppunt-overleg-2025.csv')
      form.append('_payload', JSON.stringify({ dryRun: false }))
      const response = await fetch(`${BASE}/api/key-figures/datasets/kennisknooppunt-overleg-2025/import`, { body: form, headers: { Authorization: `JWT ${adminToken}` }, method: 'POST' })
      assert(response.status === 200, `import answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
      await page.goto(`${BASE}/admin/publicatiecontrole?report=jaarverslag-2025`, { timeout: TIMEOUT })
      const text = await progressRow().innerText()
      assert(text.includes('1 van 2 kerncijfers bevestigd, 0 wachten op data, 1 fout'), `progress row after the import: ${text}`)
      await shoot(page, 'year-rollforward-3-imported')
    })
    if (!imported) return

    const published = await step('the corrected chapter, with its change against 2024, is published', async () => {
      const records = async (slug) => {
        const dataset = await one(`/datasets?where[slug][equals]=${slug}&depth=0`, adminToken)
        return one(`/dataset-records?where[dataset][equals]=${dataset.id}&where[key][equals]=totaal.actoren&depth=0`, adminToken)
      }
      const [now, earlier] = [await records('kennisknooppunt-overleg-2025'), await records('kennisknooppunt-overleg-2024')]
      const current = await apiOk('GET', `/chapters/${chapter.id}?depth=0&draft=true`, { token: adminToken })
      const keyFigures = current.keyFigures.map(({ resolved, ...figure }) => (figure.label === 'Verschillende actoren' ? { ...figure, shown: '75' } : figure))
      keyFigures.push({ label: 'Meer actoren dan in 2024', operands: [now.id, earlier.id], operation: 'change', shown: '+5', unit: 'count' })
      await apiOk('PATCH', `/reports/${report.id}`, { body: { _status: 'published', workflowStage: 'approved' }, token: adminToken })
      const saved = await apiOk('PATCH', `/chapters/${chapter.id}`, { body: { _status: 'published', keyFigures, workflowStage: 'approved' }, token: adminToken })
      assert(saved.doc.figureCheck.status === 'ok', `figure check after publishing: ${JSON.stringify(saved.doc.figureCheck)}`)
    })
    if (!published) return

    await step('the site prints the comparison with 2024 next to the change', async () => {
      const reader = await browser.newContext({ locale: 'nl-BE' })
      const site = await reader.newPage()
      await site.goto(`${BASE}/jaarverslagen/jaarverslag-2025/${CHAPTER}`, { timeout: TIMEOUT })
      const compared = site.locator('[data-compared-with="2024"]')
      assert((await compared.count()) >= 1, 'no comparison with 2024 on the page')
      const card = site.locator('.figure-card', { has: compared })
      const text = (await card.first().innerText()).replace(/\s+/g, ' ')
      assert(text.includes('+5') && text.includes('t.o.v. 2024') && text.includes('Meer actoren dan in 2024'), `the card reads: ${text}`)
      await shoot(site, 'year-rollforward-4-site')
      await reader.close()
    })
  } finally {
    await browser.close()
  }
}

finish(main)
