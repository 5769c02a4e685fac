#!/usr/bin/env node
/**
 * End-to-end check of the PDF edition and `figures:verify` against a running production server
 * with the seeded Jaarverslag 2024 (scripts/smoke-production.sh runs it after the build).
 *
 *   E2E_URL=http://localhost:3262 E2E_ADMIN_EMAIL=... E2E_ADMIN_PASSWORD=... node tests/e2e/pdf-edition.e2e.mjs
 *
 * What it proves: the print page renders under the site's CSP without a violation; the edition
 * job (run through /api/payload-jobs/run, as an outside cron would) prints the published report
 * with the server's Chromium; GET /jaarverslagen/<report>/pdf serves it (application/pdf, inline,
 * ETag = the SHA-256 of the bytes, 304 on a match); the report page links it with that SHA-256;
 * the PDF is A4, tagged, carries kerncijfers.json, starts every expected part (contents,
 * foreword, each published chapter and Uitgelicht article, colophon) on a page of its own, in
 * order, where its table of contents says, and prints every published figure's text;
 * `figures:verify` passes on the seeded site (home, a chapter, an article) and the PDF, fails naming the figure after a record
 * changes (REST, as admin), and passes again once it is restored.
 * Needs poppler-utils (pdfinfo, pdftotext, pdfdetach, pdftoppm).
 */
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { api, assert, BASE, expectOk, finish, launchBrowser, log, SCREENSHOT_DIR, SCREENSHOTS, step, TIMEOUT } from './harness.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const REPORT = process.env.E2E_REPORT || 'jaarverslag-2024'
const work = mkdtempSync(path.join(tmpdir(), 'pdf-edition-e2e-'))
const pdfFile = path.join(work, `${REPORT}.pdf`)

const apiOk = async (method, route, options) => expectOk(await api(method, route, options), `${method} ${route}`)

const poppler = (tool, args) => {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error(`${tool} is not installed (apt-get install poppler-utils)`)
    throw error
  }
}

/** Whitespace of every kind (pdftotext keeps no-break spaces) as one space. */
const normal = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()
/** For titles: pdftotext joins a word broken at a hyphen at the end of a line ("sociaal-|cultureel" reads "sociaalcultureel"). */
const squash = (text) => text.replace(/[\s\u00a0\u202f-]+/g, '')

/** `npm run figures:verify -- <target>`: its exit code and output. */
/**
 * `npm run figures:verify -- <target>`, run without blocking this process: a synchronous child
 * would stall the event loop, and the kept-alive sockets the server closed meanwhile would be
 * reused for the next request ("other side closed").
 */
const verify = (target) =>
  new Promise((resolve) => {
    execFile(process.execPath, ['scripts/run-ts.mjs', 'scripts/figures-verify.ts', target], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: TIMEOUT }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}\n${stderr}` }),
    )
  })

const main = async () => {
  log(`PDF edition e2e against ${BASE}`)
  const { token } = await apiOk('POST', '/users/login', { body: { email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD } })
  const report = (await apiOk('GET', `/reports?where[slug][equals]=${REPORT}&depth=0&limit=1`)).docs[0]
  assert(report, `no published report ${REPORT} on ${BASE}`)
  const chapters = (await apiOk('GET', `/chapters?where[report][equals]=${report.id}&sort=sortKey&limit=200&depth=0&select[number]=true&select[title]=true&select[section]=true&select[slug]=true`)).docs
  const articles = (await apiOk('GET', `/featured-articles?where[report][equals]=${report.id}&limit=200&depth=0&select[title]=true&select[chapter]=true&select[slug]=true`)).docs
  const exported = (await apiOk('GET', `/key-figures/export?report=${REPORT}&format=json`)).figures

  await step('the print page renders under the site’s CSP without a violation, and marks every bound figure', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const violations = []
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
      })
      const response = await page.goto(`${BASE}/jaarverslagen/${REPORT}/afdrukken`, { timeout: TIMEOUT, waitUntil: 'networkidle' })
      assert(response.ok(), `print page answered ${response.status()}`)
      assert(/script-src[^;]*'nonce-/.test(response.headers()['content-security-policy'] ?? ''), 'the print page has no nonce CSP')
      const marked = await page.locator('[data-key-figure]').count()
      const bound = exported.filter((figure) => figure.records.length > 0).length
      assert(marked === bound, `${marked} figures marked on the print page, ${bound} bound figures published`)
      assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`)
    } finally {
      await browser.close()
    }
  })

  let edition = null
  await step('the edition job prints the report with Chromium and stores it as the current edition', async () => {
    const findEdition = async () =>
      (await apiOk('GET', `/report-pdfs?where[report][equals]=${report.id}&where[latest][equals]=true&depth=0&limit=1`)).docs[0] ?? null
    for (let round = 0; round < 6 && !edition; round++) {
      const ran = await fetch(`${BASE}/api/payload-jobs/run?queue=default&limit=10`, { headers: { Authorization: `JWT ${token}` }, signal: AbortSignal.timeout(TIMEOUT) }).catch((error) => ({ error }))
      if (ran.error) log(`      (jobs/run: ${ran.error.message}; looking for the edition anyway)`)
      edition = await findEdition()
    }
    assert(edition, 'no current edition after running the queue')
    assert(/^[0-9a-f]{64}$/.test(edition.sha256) && edition.pages > 3, `edition ${JSON.stringify(edition).slice(0, 300)}`)
  })
  if (!edition) return

  await step('GET /jaarverslagen/<report>/pdf serves it inline, with its SHA-256 as ETag, and 304 when that matches', async () => {
    const response = await fetch(`${BASE}/jaarverslagen/${REPORT}/pdf`)
    assert(response.status === 200, `status ${response.status}`)
    assert(response.headers.get('content-type') === 'application/pdf', `content-type ${response.headers.get('content-type')}`)
    assert(/^inline; filename="[^"]+\.pdf"$/.test(response.headers.get('content-disposition') ?? ''), `content-disposition ${response.headers.get('content-disposition')}`)
    assert(response.headers.get('x-content-type-options') === 'nosniff', 'no nosniff')
    const bytes = Buffer.from(await response.arrayBuffer())
    writeFileSync(pdfFile, bytes)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    assert(sha256 === edition.sha256 && response.headers.get('etag') === `"${sha256}"`, `sha256 ${sha256}, etag ${response.headers.get('etag')}, edition ${edition.sha256}`)
    const again = await fetch(`${BASE}/jaarverslagen/${REPORT}/pdf`, { headers: { 'If-None-Match': `"${sha256}"` } })
    assert(again.status === 304, `If-None-Match answered ${again.status}`)
  })

  await step('the report page links the PDF edition with its SHA-256', async () => {
    const html = await (await fetch(`${BASE}/jaarverslagen/${REPORT}`)).text()
    assert(html.includes(`href="/jaarverslagen/${REPORT}/pdf"`), 'no link to the PDF edition')
    assert(html.includes(edition.sha256), 'the SHA-256 is not shown')
  })

  await step('the PDF is A4, tagged, titled, and carries its figure manifest', async () => {
    const info = poppler('pdfinfo', [pdfFile])
    assert(/^Tagged:\s+yes$/m.test(info), `not tagged:\n${info}`)
    assert(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/m.test(info), `not A4:\n${info}`)
    assert(new RegExp(`^Title:\\s+${report.title}`, 'm').test(info), `title:\n${info}`)
    assert(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]) === edition.pages, 'page count differs from the edition record')
    assert(/kerncijfers\.json/.test(poppler('pdfdetach', ['-list', pdfFile])), 'no kerncijfers.json attached')
  })

  await step('every expected part starts a page of its own, in order, on the page its table of contents names', async () => {
    const pages = Array.from({ length: edition.pages }, (_, index) =>
      poppler('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdfFile, '-'])
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    const runningHead = `${report.organisation} · ${report.title}`
    const sectionTitle = (key) => report.sections?.find((section) => section.key === key)?.title ?? ''
    const printedChapters = chapters.filter((chapter) => report.sections?.some((section) => section.key === chapter.section))
    const label = (chapter) => (chapter.number ? `${chapter.number}. ${chapter.title}` : chapter.title)
    // A chapter or article opens with its kicker (section, or "Uitgelicht") above its title, which
    // only its first page prints; the other parts open with their title right under the running head.
    const expected = [
      { kicker: '', title: 'Inhoud' },
      ...(report.foreword ? [{ kicker: '', title: 'Voorwoord' }] : []),
      ...printedChapters.map((chapter) => ({ kicker: sectionTitle(chapter.section).toUpperCase(), title: label(chapter) })),
      ...articles.map((article) => ({ kicker: 'UITGELICHT', title: article.title })),
      { kicker: '', title: 'Colofon' },
    ]
    const starts = expected.map(({ kicker, title }) => {
      const found = pages.flatMap((lines, index) => {
        const text = squash((lines[0] === runningHead ? lines.slice(1) : lines).slice(0, 10).join(' '))
        return (kicker ? text.includes(squash(`${kicker} ${title}`)) : text.startsWith(squash(title))) ? [index + 1] : []
      })
      assert(found.length === 1, `"${title}" starts ${found.length} pages (${found.join(', ')}), not one`)
      return { page: found[0], title }
    })
    const chapterStarts = starts.slice(report.foreword ? 2 : 1, (report.foreword ? 2 : 1) + printedChapters.length).map((start) => start.page)
    assert(chapterStarts.every((page, index) => index === 0 || page > chapterStarts[index - 1]), `chapters out of order: ${chapterStarts.join(', ')}`)
    assert(new Set(starts.map((start) => start.page)).size === starts.length, `two parts start on one page: ${JSON.stringify(starts)}`)
    const contents = poppler('pdftotext', ['-layout', '-f', '2', '-l', '3', pdfFile, '-'])
    let checked = 0
    for (const start of starts.filter((entry) => entry.title !== 'Inhoud')) {
      const line = contents.split('\n').find((candidate) => normal(candidate).startsWith(`${start.title} `) && /\d+\s*$/.test(candidate))
      if (!line) continue
      checked += 1
      const printedPage = Number(/(\d+)\s*$/.exec(line)[1])
      assert(printedPage === start.page, `contents say "${start.title}" is on page ${printedPage}, it starts on ${start.page}`)
    }
    assert(checked >= printedChapters.length, `only ${checked} contents lines could be read`)
    log(`      ${starts.length} parts, contents checked for ${checked}; ${edition.pages} pages`)
  })

  await step('the PDF prints the text of every published figure', async () => {
    const text = normal(poppler('pdftotext', [pdfFile, '-']))
    const missing = exported.filter((figure) => !text.includes(normal(figure.shown)))
    assert(exported.length > 100, `only ${exported.length} published figures`)
    assert(missing.length === 0, `${missing.length} figures not printed: ${missing.slice(0, 5).map((figure) => `${figure.label} "${figure.shown}"`).join('; ')}`)
  })

  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '6', pdfFile, path.join(SCREENSHOT_DIR, 'pdf-edition')])
  }

  // A chapter with many figures (cards and inline), and the figure the record change breaks.
  const figured = exported.filter((figure) => figure.collection === 'chapters' && figure.records.length === 1 && figure.operation === 'record' && figure.unit === 'count')
  const byChapter = {}
  for (const figure of figured) (byChapter[figure.documentSlug] ??= []).push(figure)
  const [chapterSlug] = Object.entries(byChapter).sort((a, b) => b[1].length - a[1].length)[0]
  const target = byChapter[chapterSlug][0]
  const chapterUrl = `${BASE}/jaarverslagen/${REPORT}/${chapterSlug}`
  const pdfUrl = `${BASE}/jaarverslagen/${REPORT}/pdf`

  // An article that prints bound figures (the designed site's article page marks them like a chapter's).
  const articleWithFigures = articles.find((article) => exported.some((figure) => figure.collection === 'featured-articles' && figure.documentSlug === article.slug && figure.records.length > 0))
  const siteUrls = [`${BASE}/`, chapterUrl, ...(articleWithFigures ? [`${BASE}/jaarverslagen/${REPORT}/uitgelicht/${articleWithFigures.slug}`] : [])]

  await step('figures:verify passes on the seeded site (home, a chapter with figures, an article) and on the PDF edition', async () => {
    assert(articleWithFigures, 'no Uitgelicht article with bound figures in the seed')
    for (const url of [...siteUrls, pdfUrl]) {
      const result = await verify(url)
      assert(result.code === 0, `${url}: exit ${result.code}\n${result.output.slice(-1500)}`)
      const checked = Number(/Alle (\d+) kerncijfers kloppen/.exec(result.output)?.[1] ?? 0)
      assert(checked > 0, `${url}: no figure checked\n${result.output.slice(-500)}`)
      log(`      ${url.replace(BASE, '') || '/'}: ${checked} kerncijfers kloppen`)
    }
  })

  const [recordDoc] = (
    await apiOk('GET', `/dataset-records?where[and][0][key][equals]=${encodeURIComponent(target.records[0].key)}&where[and][1][dataset.slug][equals]=${target.datasets[0].slug}&depth=0&limit=1`)
  ).docs
  const changed = String(BigInt(recordDoc.value.split('.')[0]) + 1n)
  await step('after a record changes, figures:verify fails on the page and on the PDF, naming the figure; restored, it passes again', async () => {
    await apiOk('PATCH', `/dataset-records/${recordDoc.id}`, { body: { value: changed }, token })
    try {
      for (const url of [chapterUrl, pdfUrl]) {
        const result = await verify(url)
        assert(result.code === 1, `${url}: exit ${result.code} after the change\n${result.output.slice(-800)}`)
        assert(result.output.includes(`✗ ${target.shown}`) && result.output.includes(target.label), `${url}: the figure "${target.label}" is not named:\n${result.output.slice(-800)}`)
      }
    } finally {
      await apiOk('PATCH', `/dataset-records/${recordDoc.id}`, { body: { value: recordDoc.value }, token })
    }
    const restored = await verify(chapterUrl)
    assert(restored.code === 0, `after the restore: exit ${restored.code}\n${restored.output.slice(-800)}`)
  })
}

finish(async () => {
  try {
    await main()
  } finally {
    rmSync(work, { force: true, recursive: true })
  }
})
