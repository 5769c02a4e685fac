#!/usr/bin/env node
// Part of `npm run bench` (needs `npm run build` first): the public site as a reader's browser
// gets it. Starts the production server (`next start`) on a fresh SQLite file that the first
// start seeds with the Jaarverslag 2024, then on loopback:
//   - site_chapter_transfer_kb: the HTML, CSS and JavaScript of the first published chapter of
//     "2024 in cijfers" as transferred (compressed bodies, as the server sends them), summed from
//     the browser's Resource Timing (`encodedBodySize`) in Debian's Chromium, each file once
//     (the page lists its stylesheet twice since 8 December 2026, the second time from the
//     browser's cache: `transferSize` 0); fonts and images are not counted. Goal <= 150.
//   - lighthouse_performance and lighthouse_accessibility (0-100): Lighthouse 12 (npm) driving
//     the same Chromium, its default mobile emulation and simulated throttling, on the home page
//     and that chapter; each page's score is the median of BENCH_LIGHTHOUSE_RUNS runs (default 5,
//     as Lighthouse's own advice on score variability says: one run of the same page on this
//     machine scored anywhere from 95 to 99), every run printed too; each metric is the lower of
//     the two pages. Goal >= 95.
// Prints one `name=value` per line on stdout; progress goes to stderr.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

import { median } from './load.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.BENCH_SITE_PORT || 3108)
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 5)
const base = `http://127.0.0.1:${port}`
const work = mkdtempSync(path.join(tmpdir(), 'bench-site-'))
const log = (text) => process.stderr.write(`[bench:site] ${text}\n`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const startServer = async () => {
  log(`next start on ${base}`)
  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(work, 'site.db')}`,
      FILES_DIR: path.join(work, 'files'),
      MEDIA_DIR: path.join(work, 'media'),
      NEXT_PUBLIC_SERVER_URL: base,
      NODE_ENV: 'production',
      PAYLOAD_JOBS_AUTORUN: 'false',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr += chunk))
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start ended (${server.exitCode}): ${stderr}`)
    try {
      const response = await fetch(`${base}/api/chapters?limit=1&depth=0`)
      // The first start seeds in the background: wait until the chapters are there.
      if (response.ok && (await response.json()).totalDocs >= 10) return server
    } catch {
      // not listening yet
    }
    await sleep(1000)
  }
  server.kill()
  throw new Error('next start did not answer within 10 minutes')
}

/** The first published chapter of the report's "… in cijfers" section. */
const figuresChapterPath = async () => {
  const report = (await (await fetch(`${base}/api/reports?where[slug][equals]=jaarverslag-2024&depth=0&limit=1`)).json()).docs[0]
  const section = report.sections.find((candidate) => /in-cijfers$/.test(candidate.key))
  const query = `where[and][0][report][equals]=${report.id}&where[and][1][section][equals]=${section.key}&sort=sortKey&limit=1&depth=0&select[slug]=true`
  const chapter = (await (await fetch(`${base}/api/chapters?${query}`)).json()).docs[0]
  return `/jaarverslagen/${report.slug}/${chapter.slug}`
}

const transferKb = async (pagePath) => {
  const browser = await chromium.launch({ args: ['--no-sandbox', '--disable-gpu'], executablePath: chromePath, headless: true })
  try {
    const page = await (await browser.newContext({ viewport: { height: 900, width: 1440 } })).newPage()
    await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle' })
    const entries = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => ({
        bytes: entry.encodedBodySize,
        name: entry.name,
        type: entry.entryType === 'navigation' ? 'html' : entry.initiatorType,
      })),
    )
    const files = entries.filter((entry) => entry.type === 'html' || /\.(js|css)(\?|$)/.test(new URL(entry.name).pathname))
    // A file the page uses twice is downloaded once: the second entry is the browser's cache.
    const counted = [...new Map(files.map((entry) => [entry.name, entry])).values()]
    for (const entry of counted) log(`  ${(entry.bytes / 1024).toFixed(1).padStart(7)} kB  ${entry.name.replace(base, '')}`)
    return counted.reduce((sum, entry) => sum + entry.bytes, 0) / 1024
  } finally {
    await browser.close()
  }
}

const lighthouseScores = async (pagePath) => {
  const chrome = await chromeLauncher.launch({
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    chromePath,
  })
  try {
    const result = await lighthouse(`${base}${pagePath}`, { logLevel: 'error', onlyCategories: ['performance', 'accessibility'], output: 'json', port: chrome.port })
    const { accessibility, performance } = result.lhr.categories
    return { accessibility: Math.round(accessibility.score * 100), performance: Math.round(performance.score * 100) }
  } finally {
    await chrome.kill()
  }
}

const server = await startServer()
try {
  const chapter = await figuresChapterPath()
  log(`chapter of "2024 in cijfers": ${chapter}`)
  // One warm-up view of each page, so the measures do not include the server's first compile of a route.
  await fetch(`${base}/`)
  await fetch(`${base}${chapter}`)
  const kb = await transferKb(chapter)
  console.log(`site_chapter_transfer_kb=${kb.toFixed(1)}`)
  const scores = {}
  for (const [name, pagePath] of [['home', '/'], ['chapter', chapter]]) {
    const runs = []
    for (let run = 1; run <= lighthouseRuns; run++) {
      log(`lighthouse ${pagePath} (${run}/${lighthouseRuns})`)
      runs.push(await lighthouseScores(pagePath))
    }
    scores[name] = { accessibility: median(runs.map((run) => run.accessibility)), performance: median(runs.map((run) => run.performance)) }
    console.log(`lighthouse_performance_${name}=${scores[name].performance}`)
    console.log(`lighthouse_performance_${name}_runs=${runs.map((run) => run.performance).join(' ')}`)
    console.log(`lighthouse_accessibility_${name}=${scores[name].accessibility}`)
  }
  console.log(`lighthouse_performance=${Math.min(scores.home.performance, scores.chapter.performance)}`)
  console.log(`lighthouse_accessibility=${Math.min(scores.home.accessibility, scores.chapter.accessibility)}`)
  console.log('bench_site=done')
} finally {
  server.kill()
  rmSync(work, { force: true, recursive: true })
}
