#!/usr/bin/env node
/**
 * The public site as a new reader meets it, on the seeded Jaarverslag 2024, in a real Chromium.
 *
 *   E2E_URL=http://localhost:3000 node tests/e2e/site-reader.e2e.mjs
 *
 * What it proves: a reader finds the report from the home page, reads a chapter under the report's
 * own numbering, understands a chart (its text alternative and its table come from the data) and
 * checks a number's source with the keyboard; every bound figure on a page carries exactly one
 * receipt (counted against the content API) and nothing else does; Tab reaches every receipt and
 * every link of a chapter; axe-core finds no WCAG 2.1 A/AA violation on any page type at 1440 and
 * 390 px; the site loads nothing from another origin and breaks no CSP rule. Needs the seed
 * (skipped with a note without it). E2E_SCREENSHOTS=1 saves screenshots to tests/e2e/screenshots/.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { api, assert, BASE, expectOk, finish, launchBrowser, log, shoot, step, TIMEOUT } from './harness.mjs'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const REPORT = 'jaarverslag-2024'
const WIDTHS = [1440, 390]

const apiOk = async (route) => expectOk(await api('GET', route), `GET ${route}`)

/** The figures a document prints that are bound to data: its cards and the inline figures of its body. */
const boundFigures = (doc) => {
  const inline = []
  const walk = (node) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'keyFigure') inline.push(node.fields)
    for (const child of node.children ?? []) walk(child)
  }
  walk(doc.body?.root)
  return [...inline, ...(doc.keyFigures ?? [])].filter((figure) => (figure.resolved?.source?.records ?? []).length > 0)
}

/** axe-core in the page (evaluated through the debugging protocol, so the page's CSP does not apply). */
const axeViolations = async (page) => {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length}× e.g. ${violation.nodes[0]?.target?.join(' ')} — ${violation.help}`)
  })
}

const main = async () => {
  log(`Site reader e2e against ${BASE}`)
  const reports = await apiOk(`/reports?where[slug][equals]=${REPORT}&depth=0&limit=1`)
  const report = reports.docs?.[0]
  if (!report) {
    log(`  - skipped: no published ${REPORT} (the seed) on this server`)
    return
  }
  const reportPath = `/jaarverslagen/${REPORT}`
  const chapters = (await apiOk(`/chapters?where[report][equals]=${report.id}&sort=sortKey&limit=200&depth=0`)).docs
  const figuresSection = report.sections.find((section) => /in-cijfers$/.test(section.key))
  const figuresChapter = chapters.find((chapter) => chapter.section === figuresSection.key)
  const seriesChapter = chapters.find((chapter) => chapter.slug === 'ons-zakelijk-plan')
  const article = (await apiOk(`/featured-articles?where[report][equals]=${report.id}&sort=title&limit=1&depth=0`)).docs[0]
  const chapterPath = `${reportPath}/${figuresChapter.slug}`
  const pageTypes = {
    'home': '/',
    'table of contents': reportPath,
    'chapter with figures': chapterPath,
    'chapter with a series chart': seriesChapter ? `${reportPath}/${seriesChapter.slug}` : null,
    'article': article ? `${reportPath}/uitgelicht/${article.slug}` : null,
    'practices': '/praktijken',
    'practices, filtered and paged': '/praktijken?erkenning=erkend&pagina=1',
    'podcasts': '/podcasts',
    'publications': '/publicaties',
    'accessibility statement': '/toegankelijkheid',
    'not found': '/deze-pagina-bestaat-niet',
  }

  const browser = await launchBrowser()
  const origin = new URL(BASE).origin
  const foreign = []
  const cspViolations = []
  const pageErrors = []
  const watch = (page) => {
    page.setDefaultTimeout(TIMEOUT)
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url)
    })
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
    })
    page.on('pageerror', (error) => pageErrors.push(error.message))
  }
  try {
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { height: 900, width: 1440 } })
    const page = await context.newPage()
    watch(page)

    await step('a new reader finds the report from the home page: cover, figures at a glance, chapters', async () => {
      await page.goto(`${BASE}/`, { timeout: TIMEOUT })
      assert((await page.locator('h1').innerText()).trim() === report.title, `the home page's h1 is ${await page.locator('h1').innerText()}`)
      assert((await page.locator('.hero').textContent()).includes(report.organisation), 'the cover does not name the organisation')
      assert((await page.locator('.glance [data-key-figure]').count()) > 0, 'no key figures at a glance')
      await shoot(page, 'reader-01-home')
      await page.getByRole('link', { name: 'Lees het jaarverslag' }).click()
      await page.waitForURL(`**${reportPath}`)
    })

    await step("the table of contents prints the report's own numbering once, drafts left out; the foreword is signed once", async () => {
      const links = page.getByRole('navigation', { name: 'Inhoud' }).locator('a.toc__link')
      const texts = (await links.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())
      const published = chapters.filter((chapter) => report.sections.some((section) => section.key === chapter.section))
      assert(texts.length === published.length, `${texts.length} chapters listed, ${published.length} published`)
      published.forEach((chapter, index) => assert(texts[index] === `${chapter.number} ${chapter.title}`, `entry ${index + 1} reads "${texts[index]}", expected "${chapter.number} ${chapter.title}"`))
      assert(!texts.some((text) => /^\d+\.\s+\d+/.test(text)), `a number printed twice: ${texts.find((text) => /^\d+\.\s+\d+/.test(text))}`)
      const listStyles = await page.locator('.toc__chapters').evaluateAll((lists) => lists.map((list) => getComputedStyle(list).listStyleType))
      assert(listStyles.every((style) => style === 'none'), `a list adds its own numbers: ${listStyles}`)
      const foreword = await page.locator('.foreword').innerText()
      const signatures = foreword.split('Fred Dhont').length - 1
      assert(signatures === 1, `the foreword is signed ${signatures} times`)
    })

    await step('the reader opens a chapter of "2024 in cijfers" and reads it under its own number', async () => {
      await page.getByRole('navigation', { name: 'Inhoud' }).getByRole('link', { name: new RegExp(`^${figuresChapter.number} ${figuresChapter.title}$`) }).click()
      await page.waitForURL(`**${chapterPath}`)
      const heading = (await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim()
      assert(heading === `${figuresChapter.number}. ${figuresChapter.title}`, `the chapter's heading reads "${heading}"`)
      await shoot(page, 'reader-02-chapter')
    })

    await step('every bound figure of the chapter has exactly one receipt with its provenance, counted against the API', async () => {
      const doc = (await apiOk(`/chapters/${figuresChapter.id}?depth=0`))
      const bound = boundFigures(doc)
      // The agreed receipt (src/plugins/key-figures/receipts/attributes.ts): an absent optional attribute reads ''.
      const receipts = await page.locator('main [data-key-figure]').evaluateAll((elements) =>
        elements.map((element) => ({
          controls: element.querySelectorAll('[data-receipt-toggle]').length,
          dataset: element.getAttribute('data-dataset'),
          id: element.getAttribute('data-key-figure'),
          operation: element.getAttribute('data-operation'),
          receiptExists: Boolean(document.getElementById(element.querySelector('[data-receipt-toggle]')?.getAttribute('aria-controls') ?? '')),
          records: element.getAttribute('data-records'),
          value: [...element.querySelectorAll('[data-key-figure-value]')].map((value) => value.textContent),
          verifiedAt: element.getAttribute('data-verified-at') ?? '',
          version: element.getAttribute('data-dataset-version') ?? '',
        })),
      )
      assert(bound.length > 0, 'the chapter has no bound figures')
      assert(receipts.length === bound.length, `${receipts.length} receipts on the page, ${bound.length} bound figures in the API`)
      for (const [index, figure] of bound.entries()) {
        const receipt = receipts[index]
        const slugs = [figure.resolved.source.dataset].flat().map((dataset) => dataset.slug).join(' ')
        assert(receipt.id === figure.id, `figure ${index + 1}: data-key-figure "${receipt.id}", expected its id ${figure.id}`)
        assert(receipt.value.length === 1 && receipt.value[0] === figure.shown, `figure ${index + 1}: [data-key-figure-value] ${JSON.stringify(receipt.value)}, expected "${figure.shown}"`)
        assert(receipt.dataset === slugs, `figure ${index + 1}: data-dataset ${receipt.dataset}, expected ${slugs}`)
        assert(receipt.records === figure.resolved.source.records.map((record) => record.key).join(' '), `figure ${index + 1}: data-records ${receipt.records}`)
        assert(receipt.operation === (figure.resolved.source.operation ?? 'record'), `figure ${index + 1}: data-operation ${receipt.operation}`)
        assert(receipt.version === String(figure.resolved.datasetVersion ?? ''), `figure ${index + 1}: data-dataset-version ${receipt.version}`)
        assert(receipt.verifiedAt === (figure.resolved.verifiedAt ? new Date(figure.resolved.verifiedAt).toISOString() : ''), `figure ${index + 1}: data-verified-at ${receipt.verifiedAt}`)
        assert(receipt.controls === 1 && receipt.receiptExists, `figure ${index + 1}: ${receipt.controls} buttons, receipt element found: ${receipt.receiptExists}`)
      }
      const exportLink = page.locator('main a[href*="/api/key-figures/export?report="]')
      assert((await exportLink.count()) >= 1, 'the chapter does not link to the open-data export')
      const footer = await page.locator('footer').innerText()
      assert(footer.includes('Andere getallen in de tekst zijn niet gekoppeld en niet nagekeken.'), `the footer claims: ${footer}`)
    })

    await step('the reader understands a chart: its text alternative and its table are the data', async () => {
      const chart = page.locator('figure.chart[data-chart="parts"]').first()
      await chart.waitFor()
      const alt = await chart.locator('[role="img"]').getAttribute('aria-label')
      assert(/: [\d.,]+ in totaal, waarvan /.test(alt ?? ''), `the chart's text alternative reads: ${alt}`)
      assert((await chart.locator('svg').count()) === 1, 'no SVG in the chart')
      const table = chart.locator('table')
      assert(!(await table.isVisible()), 'the table shows before it is asked for')
      await chart.getByText('Toon de cijfers als tabel').click()
      await table.waitFor({ state: 'visible' })
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())))
      for (const [label, value] of rows) assert(alt.includes(`${label.toLocaleLowerCase('nl-BE')} ${value}`), `the text alternative does not say ${label} ${value}: ${alt}`)
      const total = (await table.locator('tfoot td').first().innerText()).trim()
      assert(alt.includes(`${total} in totaal`), `the total ${total} is not in the text alternative`)
      await shoot(page, 'reader-03-chart-table')
    })

    if (seriesChapter) {
      await step('a series of periods is drawn as columns: the FTE evolution 2013-2024 with its 12 years as a table', async () => {
        await page.goto(`${BASE}${reportPath}/${seriesChapter.slug}`, { timeout: TIMEOUT })
        const chart = page.locator('figure.chart[data-chart="series"]').first()
        await chart.waitFor()
        const rows = await chart.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()))
        assert(rows.length === 12, `${rows.length} years in the table`)
        assert(/^2013\s*13,8/.test(rows[0]) && /^2024/.test(rows[11]), `the years read ${rows[0]} … ${rows[11]}`)
        const alt = await chart.locator('[role="img"]').getAttribute('aria-label')
        assert(/2013 tot 2024: van 13,8\d* in 2013 naar/.test(alt ?? ''), `the text alternative reads: ${alt}`)
      })
    }

    await step('keyboard only: Tab reaches every receipt and every link of the chapter; Enter opens a receipt, Escape closes it', async () => {
      await page.goto(`${BASE}${chapterPath}`, { timeout: TIMEOUT })
      const targets = await page.evaluate(() => {
        const all = [...document.querySelectorAll('a[href], [data-receipt-toggle]')].filter((element) => element.getClientRects().length > 0)
        all.forEach((element, index) => element.setAttribute('data-e2e-target', String(index)))
        return all.length
      })
      const reached = new Set()
      for (let i = 0; i < targets * 2 + 20 && reached.size < targets; i++) {
        await page.keyboard.press('Tab')
        const target = await page.evaluate(() => document.activeElement?.getAttribute('data-e2e-target'))
        if (target !== null && target !== undefined) reached.add(target)
      }
      const missed = await page.evaluate((seen) => [...document.querySelectorAll('[data-e2e-target]')].filter((element) => !seen.includes(element.getAttribute('data-e2e-target'))).map((element) => element.outerHTML.slice(0, 120)), [...reached])
      assert(missed.length === 0, `Tab never reached ${missed.length} of ${targets}: ${missed.slice(0, 3).join(' | ')}`)
      const receipts = await page.locator('[data-receipt-toggle]').count()
      log(`      Tab reached all ${targets} links and receipt buttons (${receipts} receipts)`)

      const button = page.locator('main [data-receipt-toggle]').first()
      await button.focus()
      await page.keyboard.press('Enter')
      const receipt = page.locator(`#${await button.getAttribute('aria-controls')}`)
      await receipt.waitFor({ state: 'visible', timeout: 5_000 })
      assert((await button.getAttribute('aria-expanded')) === 'true', 'aria-expanded is not true after Enter')
      const sentence = await receipt.innerText()
      assert(/^Bron: tabel ‘.+’, .*jaarverslag 2024; nagekeken op \d{1,2} \w+ \d{4}\.$/.test(sentence), `the receipt reads: ${sentence}`)
      await shoot(page, 'reader-04-receipt-open')
      await page.keyboard.press('Escape')
      await receipt.waitFor({ state: 'hidden', timeout: 5_000 })
      assert((await page.evaluate(() => document.activeElement?.matches('[data-receipt-toggle]'))) === true, 'the focus left the button on Escape')
    })

    await step('receipts count equals bound figures on the home page and the article too; an unbound number has none', async () => {
      await page.goto(`${BASE}/`, { timeout: TIMEOUT })
      const glance = await page.locator('main [data-key-figure]').count()
      const cards = await page.locator('main .figure-card').count()
      assert(glance === cards && glance > 0, `${glance} receipts for ${cards} cards on the home page`)
      if (article) {
        await page.goto(`${BASE}${reportPath}/uitgelicht/${article.slug}`, { timeout: TIMEOUT })
        const doc = await apiOk(`/featured-articles/${article.id}?depth=0`)
        const count = await page.locator('main [data-key-figure]').count()
        assert(count === boundFigures(doc).length, `${count} receipts on the article, ${boundFigures(doc).length} bound figures`)
      }
    })

    await step('practices: filtered and paged through the address, recognition "onbekend" is never shown', async () => {
      await page.goto(`${BASE}/praktijken`, { timeout: TIMEOUT })
      assert(!(await page.locator('main').innerText()).includes('Onbekend'), 'a practice shows "Onbekend"')
      assert((await page.locator('select[name="erkenning"] option').allInnerTexts()).every((text) => text !== 'Onbekend'), 'the filter offers "Onbekend"')
      const total = (await apiOk('/practices?limit=1&depth=0')).totalDocs
      const listed = await page.locator('.practice').count()
      assert(listed < total && listed > 0, `${listed} of ${total} practices on the first page`)
      await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende →' }).click()
      await page.waitForURL('**/praktijken?pagina=2')
      assert((await page.locator('[aria-current="page"]').innerText()).includes('2'), 'page 2 is not marked current')
      const region = await page.locator('select[name="regio"] option').nth(1).getAttribute('value')
      await page.selectOption('select[name="regio"]', region)
      await page.getByRole('button', { name: 'Filter' }).click()
      await page.waitForURL((url) => url.searchParams.get('regio') === region)
      const regions = await page.locator('.practice').count()
      const expected = (await apiOk(`/practices?limit=1&depth=0&where[region][equals]=${encodeURIComponent(region)}`)).totalDocs
      assert(regions === Math.min(expected, 12), `${regions} practices in ${region}, the API has ${expected}`)
    })

    for (const width of WIDTHS) {
      await step(`axe-core: no WCAG 2.1 A/AA violation on any page type at ${width} px`, async () => {
        const viewer = await browser.newContext({ locale: 'nl-BE', viewport: { height: 900, width } })
        const tab = await viewer.newPage()
        watch(tab)
        const problems = []
        for (const [name, path] of Object.entries(pageTypes)) {
          if (!path) continue
          const response = await tab.goto(`${BASE}${path}`, { timeout: TIMEOUT })
          if (name === 'not found') assert(response.status() === 404, `${path} answered ${response.status()}`)
          else assert(response.status() === 200, `${path} answered ${response.status()}`)
          if (name === 'chapter with figures') {
            // Also with a receipt open and a chart's table shown.
            await tab.locator('main [data-receipt-toggle]').first().click()
            await tab.locator('.chart__table summary').first().click().catch(() => undefined)
          }
          const violations = await axeViolations(tab)
          violations.forEach((violation) => problems.push(`${name} (${path}): ${violation}`))
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          if (overflow > 1) problems.push(`${name} (${path}): ${overflow}px wider than the window`)
          if (width === 390) await shoot(tab, `reader-phone-${name.replace(/\W+/g, '-')}`)
        }
        await viewer.close()
        assert(problems.length === 0, problems.join('\n      '))
      })
    }

    await step('the site loads nothing from another origin and breaks no CSP rule; no script errors', async () => {
      assert(foreign.length === 0, `requests to other origins: ${[...new Set(foreign)].slice(0, 5).join(', ')}`)
      assert(cspViolations.length === 0, cspViolations.slice(0, 3).join('\n'))
      assert(pageErrors.length === 0, pageErrors.join('\n'))
    })
    await context.close()
  } finally {
    await browser.close()
  }
}

await finish(main)
