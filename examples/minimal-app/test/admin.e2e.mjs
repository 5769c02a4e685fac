#!/usr/bin/env node
/**
 * The plugin's admin component in a real browser, in the minimal app: `next dev` on a fresh
 * SQLite file, a first user, a dataset, a record and a post with a bound figure (REST), then the
 * post's edit page in headless Chromium must show the figure status (FigureStatus, from
 * `@jaarverslag/key-figures/client` in the tarball) saying the figure matches its data (the
 * admin speaks English here: this app sets no languages).
 *   node test/admin.e2e.mjs            (PORT, CHROMIUM_PATH optional)
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || 3294)
const base = `http://localhost:${port}`
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const timeout = 300_000
const work = mkdtempSync(path.join(tmpdir(), 'minimal-app-e2e-'))
const user = { email: 'redactie@example.org', password: 'een-lang-wachtwoord-voor-de-test' }

if (!existsSync(chromiumPath)) {
  console.log(`minimal app: browser check skipped, no Chromium at ${chromiumPath}`)
  process.exit(0)
}

const server = spawn(process.execPath, [path.join(app, '../../node_modules/next/dist/bin/next'), 'dev', '-p', String(port)], {
  cwd: app,
  env: { ...process.env, DATABASE_URL: `file:${path.join(work, 'minimal.db')}`, NODE_OPTIONS: '--no-deprecation', PAYLOAD_SECRET: 'minimal-app-e2e-secret-minimal-app-e2e' },
  stdio: ['ignore', 'pipe', 'pipe'],
})
let serverLog = ''
server.stdout.on('data', (chunk) => (serverLog += chunk))
server.stderr.on('data', (chunk) => (serverLog += chunk))

const api = async (method, route, body, token) => {
  const response = await fetch(`${base}/api${route}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

const waitForServer = async () => {
  const until = Date.now() + timeout
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`next dev exited (${server.exitCode})`)
    const ok = await fetch(`${base}/api/posts?limit=1`).then((response) => response.ok).catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error('next dev did not answer /api/posts')
}

let failed = false
const started = Date.now()
try {
  await waitForServer()
  const { token } = await api('POST', '/users/first-register', user)
  const dataset = await api('POST', '/datasets', { _status: 'published', slug: 'bezoekers', title: 'Bezoekers' }, token)
  const record = await api('POST', '/dataset-records', { dataset: dataset.doc.id, key: 'bezoekers.totaal', label: 'Bezoekers', unit: 'count', value: '1540' }, token)
  const post = await api(
    'POST',
    '/posts?draft=true',
    { keyFigures: [{ label: 'Bezoekers', operation: 'record', record: record.doc.id, shown: '1.540', unit: 'count' }], slug: 'jaar', title: 'Een jaar in cijfers' },
    token,
  )

  const browser = await chromium.launch({ args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'], executablePath: chromiumPath, headless: true })
  try {
    const page = await browser.newPage({ locale: 'nl-BE', viewport: { height: 1000, width: 1440 } })
    page.setDefaultTimeout(timeout)
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', user.email)
    await page.fill('input[name="password"]', user.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    await page.goto(`${base}/admin/collections/posts/${post.doc.id}`)
    const shown = page.locator('input[name="keyFigures.0.shown"]')
    await page.locator('.array-field').first().waitFor()
    // Rows start collapsed. A click before React has hydrated the page does nothing (next dev
    // compiles on the first visit), so the toggle is clicked until the row is open; once
    // hydrated, one click opens it at once (the class changes), so it is never clicked shut.
    const collapsedRow = page.locator('.array-field .collapsible--collapsed').first()
    for (let attempt = 0; await collapsedRow.isVisible().catch(() => false); attempt++) {
      if (attempt === 60) throw new Error('the figure row did not open after 60 clicks on its toggle')
      await collapsedRow.locator('.collapsible__toggle').first().click()
      await collapsedRow.waitFor({ state: 'detached', timeout: 1000 }).catch(() => {})
    }
    await shown.waitFor()
    const status = page.locator('.key-figure-status').first()
    await status.waitFor()
    await status
      .filter({ hasText: /✓ (Matches the data|Klopt met de data)/ })
      .waitFor({ timeout: 60_000 })
      .catch(async (error) => {
        throw new Error(`the figure status says "${(await status.innerText()).trim()}" (${error.message.split('\n')[0]})`)
      })
    console.log(`  ✓ the post's edit page shows the figure status: "${(await status.innerText()).trim().split('\n')[0]}"`)
    // The app's own code only: the CMS's start-up (src/instrumentation.ts at the repository root)
    // would log its cache-signal poller failing here.
    if (/cache signals/.test(serverLog)) throw new Error("the repository's own instrumentation ran in the minimal app (its cache-signal poller logged)")
    console.log("  ✓ only the app's own start-up ran (none of the CMS's)")
  } finally {
    await browser.close()
  }
} catch (error) {
  failed = true
  console.log(`  ✗ ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`)
  console.log(serverLog.split('\n').slice(-40).join('\n'))
} finally {
  server.kill()
  rmSync(work, { force: true, recursive: true })
}
console.log(`minimal app: browser check ${failed ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`)
process.exit(failed ? 1 : 0)
