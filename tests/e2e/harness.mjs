/**
 * What every end-to-end script shares: where the server and the browser are, named steps that
 * count and report, the REST client, screenshots (E2E_SCREENSHOTS=1) and logging in to the admin.
 * Each *.e2e.mjs file is its own process, so the step counters here belong to that one file.
 */
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

export const BASE = (process.env.E2E_URL ?? '').replace(/\/$/, '')
if (!BASE) {
  console.error('Set E2E_URL to the address of a running CMS, e.g. E2E_URL=http://localhost:3000')
  process.exit(2)
}
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1'
export const SCREENSHOT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots')
/** The first compile of a dev server is slow. */
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 180_000)
/** Unique per run, so every run makes its own data and can run again on the same database. */
export const run = Date.now().toString(36)
/** Where admin-figures.e2e.mjs leaves what it made for site.e2e.mjs (one file per server). */
export const STATE_FILE =
  process.env.E2E_STATE_FILE || path.join(tmpdir(), `jaarverslag-e2e-${new URL(BASE).host.replace(/[^A-Za-z0-9]/g, '-')}.json`)

export const log = (...args) => console.log(...args)

const counts = { failed: 0, passed: 0 }
let onFailure = null

/** Called before a failing step is reported, e.g. to take a screenshot of the page it left. */
export const setFailureHook = (hook) => {
  onFailure = hook
}

/** One named step; a failing step is counted and reported, and returns false so callers can skip what depends on it. */
export const step = async (name, fn) => {
  try {
    await fn()
    counts.passed += 1
    log(`  ✓ ${name}`)
    return true
  } catch (error) {
    if (onFailure) await Promise.resolve(onFailure(counts.passed + counts.failed + 1)).catch(() => undefined)
    counts.failed += 1
    log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`)
    return false
  }
}

export const assert = (condition, message) => {
  if (!condition) throw new Error(message)
}

/** Runs the script's main, reports the count of passed and failed steps, and exits 0 or 1. */
export const finish = async (main) => {
  try {
    await main()
  } catch (error) {
    counts.failed += 1
    log(`  ✗ unexpected error\n      ${String(error?.stack ?? error)}`)
  }
  log(`\n${counts.passed} passed, ${counts.failed} failed`)
  process.exit(counts.failed > 0 ? 1 : 0)
}

/** A REST call against the server: `{ json, status }`, whatever the status. */
export const api = async (method, route, { body, token } = {}) => {
  const response = await fetch(`${BASE}/api${route}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  }).catch((error) => {
    // undici says only "fetch failed"; its cause (refused, closed, a bad header) is what helps.
    throw new Error(`${method} ${route}: ${error.message}: ${error.cause?.message ?? error.cause ?? 'no cause given'}`)
  })
  const text = await response.text()
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { json, status: response.status }
}

/** The body of a successful call; an error status throws with what was tried and the answer. */
export const expectOk = (result, what) => {
  if (result.status >= 400) throw new Error(`${what}: HTTP ${result.status} ${JSON.stringify(result.json).slice(0, 400)}`)
  return result.json
}

export const launchBrowser = () =>
  chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    executablePath: CHROMIUM,
    headless: true,
  })

/** A full-page screenshot under tests/e2e/screenshots/ when E2E_SCREENSHOTS=1. */
export const shoot = async (page, name) => {
  if (!SCREENSHOTS) return
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ fullPage: true, path: path.join(SCREENSHOT_DIR, `${name}.png`) })
}

/** A fresh browser context (Dutch, desktop size) logged in to the admin as this user. */
export const adminLogin = async (browser, { email, password }) => {
  // A Flemish editor's browser: Dutch, Belgian time.
  const context = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { height: 1000, width: 1440 } })
  const page = await context.newPage()
  page.setDefaultTimeout(TIMEOUT)
  await page.goto(`${BASE}/admin/login`, { timeout: TIMEOUT })
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: TIMEOUT })
  return { context, page }
}
