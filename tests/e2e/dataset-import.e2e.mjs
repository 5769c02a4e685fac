#!/usr/bin/env node
/**
 * End-to-end check of the dataset import and export in the admin, in a real browser.
 *
 *   E2E_URL=http://localhost:3000 node tests/e2e/dataset-import.e2e.mjs
 *
 * Needs a running CMS and a Chromium (CHROMIUM_PATH, else /usr/bin/chromium). Logs in as an
 * administrator: E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD, else the first user of a fresh database
 * (registered here), else the seeded demo admin (SEED_DEMO_PASSWORD, default jaarverslag-demo).
 *
 * What it proves: an editor opens a dataset, uploads a CSV with a bad row and sees the row and
 * column named, uploads a corrected file, previews the diff (added, changed, and the published
 * chapter it makes stale), applies it, and the records and version change; the export buttons
 * download the dataset.
 */
import { api, assert, BASE, expectOk, finish, launchBrowser, log, run, step, TIMEOUT } from './harness.mjs'

/** A REST call that must succeed: its JSON body. */
const apiOk = async (method, route, options) => expectOk(await api(method, route, options), `${method} ${route}`)

const password = `e2e-${run}-Secret!`

const login = async (email, secret) => (await apiOk('POST', '/users/login', { body: { email, password: secret } })).token

const adminToken = async () => {
  if (process.env.E2E_ADMIN_EMAIL && process.env.E2E_ADMIN_PASSWORD) return login(process.env.E2E_ADMIN_EMAIL, process.env.E2E_ADMIN_PASSWORD)
  const email = `admin-${run}@e2e.test`
  try {
    await apiOk('POST', '/users/first-register', { body: { email, name: 'E2E admin', password, roles: ['admin'] } })
    return login(email, password)
  } catch {
    return login('admin@jaarverslag.local', process.env.SEED_DEMO_PASSWORD || 'jaarverslag-demo')
  }
}

const main = async () => {
  log(`Dataset import e2e against ${BASE} (run ${run})`)
  const slug = `import-${run}`
  const editor = { email: `editor-${run}@e2e.test`, password }
  let data
  const ready = await step('create an editor, a dataset with two records and a published chapter via REST', async () => {
    const token = await adminToken()
    await apiOk('POST', '/users', { body: { ...editor, name: 'E2E editor', roles: ['editor'] }, token })
    const report = (await apiOk('POST', '/reports', { body: { _status: 'published', organisation: 'E2E', sections: [{ key: 'cijfers', title: 'Cijfers' }], title: `E2E import ${run}`, workflowStage: 'approved', year: 2024 }, token })).doc
    const dataset = (await apiOk('POST', '/datasets', { body: { _status: 'published', period: '2024', slug, title: `Import ${run}` }, token })).doc
    const mail = (await apiOk('POST', '/dataset-records', { body: { dataset: dataset.id, key: 'vragen.mail', label: 'Vragen per mail', unit: 'count', value: '40' }, token })).doc
    await apiOk('POST', '/dataset-records', { body: { dataset: dataset.id, key: 'vragen.telefoon', label: 'Vragen per telefoon', unit: 'count', value: '50' }, token })
    const chapter = (
      await apiOk('POST', '/chapters', {
        body: { _status: 'published', workflowStage: 'approved', keyFigures: [{ label: 'Vragen per mail', operation: 'record', record: mail.id, shown: '40', unit: 'count' }], report: report.id, section: 'cijfers', title: `E2E import-hoofdstuk ${run}` },
        token,
      })
    ).doc
    data = { chapter, dataset, mail, token }
  })
  if (!ready) return

  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'nl-BE', viewport: { height: 1000, width: 1440 } })
    const page = await context.newPage()
    page.setDefaultTimeout(TIMEOUT)
    await page.goto(`${BASE}/admin/login`, { timeout: TIMEOUT })
    await page.fill('input[name="email"]', editor.email)
    await page.fill('input[name="password"]', editor.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: TIMEOUT })
    await page.goto(`${BASE}/admin/collections/datasets/${data.dataset.id}`, { timeout: TIMEOUT })
    const input = page.locator('input[name="datasetImportFile"]')
    await input.waitFor({ state: 'attached' })
    const preview = page.getByRole('button', { name: 'Voorbeeld (proefdraai)' })
    const apply = page.getByRole('button', { name: 'Import toepassen' })

    await step('a bad row is named by row and column, and nothing can be applied', async () => {
      await input.setInputFiles({ buffer: Buffer.from('key;label;value;unit\nvragen.mail;Vragen per mail;veertig;count\n'), mimeType: 'text/csv', name: 'slecht.csv' })
      await preview.click()
      await page.locator('.dataset-import__problems', { hasText: 'Rij 2, kolom value: waarde "veertig" is geen getal' }).waitFor({ timeout: 60_000 })
      assert(await apply.isDisabled(), 'apply is enabled for a file with problems')
    })

    await step('the preview shows added and changed records and the chapter that would go stale', async () => {
      const csv = 'Code,Omschrijving,Aantal\nvragen.mail,Vragen per mail,45\nvragen.telefoon,Vragen per telefoon,50\nvragen.balie,Vragen aan de balie,14\n'
      await input.setInputFiles({ buffer: Buffer.from(csv), mimeType: 'text/csv', name: 'vragen-2025.csv' })
      await page.fill('input[name="datasetImportMap-key"]', 'Code')
      await page.fill('input[name="datasetImportMap-label"]', 'Omschrijving')
      await page.fill('input[name="datasetImportMap-value"]', 'Aantal')
      // Payload's own select (react-select), the units by their Dutch names.
      await page.locator('#field-datasetImportUnit .rs__control').click()
      await page.locator('.rs__option', { hasText: /^Aantal$/ }).click()
      await preview.click()
      const plan = page.locator('.dataset-import__plan')
      await plan.waitFor({ timeout: 60_000 })
      const text = await plan.innerText()
      assert(/Toegevoegd\s*1/.test(text) && /Gewijzigd\s*1/.test(text) && /Verwijderd\s*0/.test(text), `diff summary: ${text.slice(0, 200)}`)
      assert(text.includes('40 → 45'), `changed row not shown: ${text.slice(0, 400)}`)
      assert((await plan.locator('table thead th').count()) === 4, 'the diff is no table with a header')
      assert(text.includes(`E2E import-hoofdstuk ${run}`), 'the stale chapter is not listed')
    })

    await step('apply writes the records as version 1 and marks the chapter stale', async () => {
      await apply.click()
      await page.locator('[role="status"]', { hasText: 'Toegepast als versie 1' }).waitFor({ timeout: 120_000 })
      const records = await apiOk('GET', `/dataset-records?where[dataset][equals]=${data.dataset.id}&sort=key&depth=0`, { token: data.token })
      assert(records.docs.map((record) => `${record.key}=${record.value}`).join(' ') === 'vragen.balie=14 vragen.mail=45 vragen.telefoon=50', 'records not imported')
      const chapter = await apiOk('GET', `/chapters/${data.chapter.id}?depth=0`, { token: data.token })
      assert(chapter.figureCheck.status === 'stale', `chapter status ${chapter.figureCheck.status}`)
    })

    await step('the export buttons download CSV and XLSX', async () => {
      await page.reload()
      for (const [name, start] of [
        ['CSV', 'key,label,value,unit'],
        ['XLSX', 'PK'],
      ]) {
        const download = page.waitForEvent('download')
        await page.locator('.dataset-import a', { hasText: new RegExp(`^${name}$`) }).click()
        const file = await download
        const stream = await file.createReadStream()
        const chunks = []
        for await (const chunk of stream) chunks.push(chunk)
        const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '')
        assert(text.startsWith(start), `${name} export starts with ${JSON.stringify(text.slice(0, 20))}`)
        assert(file.suggestedFilename() === `${slug}.${name.toLowerCase()}`, `file name ${file.suggestedFilename()}`)
      }
    })
  } finally {
    await browser.close()
  }
}

await finish(main)
