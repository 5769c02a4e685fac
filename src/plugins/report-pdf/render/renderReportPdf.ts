/**
 * Prints a report's print page (`/jaarverslagen/<report>/afdrukken`) to a PDF with headless
 * Chromium: A4 and running heads from the page's own print CSS, tagged (structure for screen
 * readers) with an outline, the table-of-contents page numbers filled in over two passes, and
 * the figure manifest attached (what the page marked with `data-key-figure`).
 */
import { createHash } from 'node:crypto'
import { PDFDocument } from 'pdf-lib'

import type { RawReceipt } from '@jaarverslag/key-figures/receipts'

import { attachManifest, type FigureManifest, MANIFEST_FILE, MANIFEST_FORMAT, RECEIPT } from '@jaarverslag/key-figures/receipts'
import { ChromiumMissingError, findChromium } from './chromium'
import { destinationPages } from './destinations'
import { MAX_PASSES, missingTargets, type PageNumbers, pageNumbersFor, sameNumbers } from './pageNumbers'

/** The attribute that asks for a target's page number: `<span data-page-of="hoofdstuk-3"></span>`. */
export const PAGE_OF = 'data-page-of'

export type RenderOptions = {
  /** The print page to render. */
  url: string
  /** The public address of the site, written into the manifest (where figures:verify reads the data). */
  site: null | string
  chromiumPath?: null | string
  timeoutMs?: number
}

export type RenderedPdf = {
  bytes: Uint8Array
  sha256: string
  pages: number
  manifest: FigureManifest
  /** The page numbers printed in the table of contents, by target id. */
  pageNumbers: PageNumbers
  passes: number
}

export class PrintPageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PrintPageError'
  }
}

type PageInfo = { generatedAt: null | string; receipts: RawReceipt[]; slug: string; targets: string[]; title: string; organisation: string }

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export const renderReportPdf = async ({ chromiumPath, site, timeoutMs = 120_000, url }: RenderOptions): Promise<RenderedPdf> => {
  const executablePath = chromiumPath === undefined ? findChromium() : chromiumPath
  if (!executablePath) throw new ChromiumMissingError()
  // Loaded here, not at the top: the server only needs it when it prints.
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ args: LAUNCH_ARGS, executablePath, headless: true, timeout: timeoutMs })
  try {
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { height: 1123, width: 794 } })
    const page = await context.newPage()
    page.setDefaultTimeout(timeoutMs)
    const response = await page.goto(url, { timeout: timeoutMs, waitUntil: 'networkidle' })
    if (!response || !response.ok()) throw new PrintPageError(`De afdrukpagina ${url} antwoordde HTTP ${response?.status() ?? '?'}; is het jaarverslag gepubliceerd en draait de site?`)
    await page.emulateMedia({ media: 'print' })
    // Lazy images below the fold would print empty: load and decode every image, and the fonts.
    await page.evaluate(async () => {
      const images = Array.from(document.images)
      images.forEach((image) => (image.loading = 'eager'))
      await Promise.all(images.map((image) => (image.complete ? image.decode().catch(() => undefined) : new Promise((resolve) => image.addEventListener('load', resolve, { once: true })).then(() => image.decode().catch(() => undefined)))))
      await document.fonts.ready
    })
    const info: PageInfo = await page.evaluate(
      ({ names, pageOf }) => {
        const root = document.querySelector<HTMLElement>('[data-print-edition]')
        const receipts = Array.from(document.querySelectorAll<HTMLElement>(`[${names.figure}]`)).map((element) => {
          const attributes: Record<string, string> = {}
          for (const name of Object.values(names)) {
            const value = element.getAttribute(name)
            if (value !== null && name !== names.value) attributes[name] = value
          }
          const value = element.querySelector(`[${names.value}]`)?.textContent ?? null
          return { attributes, value }
        })
        const targets = Array.from(new Set(Array.from(document.querySelectorAll(`[${pageOf}]`)).map((element) => element.getAttribute(pageOf) ?? '')))
        return {
          generatedAt: root?.dataset.generatedAt ?? null,
          organisation: root?.dataset.organisation ?? '',
          receipts,
          slug: root?.dataset.reportSlug ?? '',
          targets: targets.filter(Boolean),
          title: root?.dataset.reportTitle ?? document.title,
        }
      },
      { names: RECEIPT, pageOf: PAGE_OF },
    )
    if (!info.slug) throw new PrintPageError(`${url} is geen afdrukpagina van een jaarverslag (geen [data-print-edition]).`)

    let shown: PageNumbers = {}
    let pdf: Uint8Array | null = null
    let passes = 0
    for (passes = 1; passes <= MAX_PASSES; passes++) {
      const printed = new Uint8Array(await page.pdf({ outline: true, preferCSSPageSize: true, printBackground: true, tagged: true }))
      const wanted = pageNumbersFor(info.targets, await destinationPages(printed))
      if (passes > 1 && sameNumbers(shown, wanted)) {
        pdf = printed
        break
      }
      shown = wanted
      await page.evaluate(
        ({ numbers, pageOf }) => {
          document.querySelectorAll<HTMLElement>(`[${pageOf}]`).forEach((element) => {
            element.textContent = numbers[element.getAttribute(pageOf) ?? ''] ?? ''
          })
        },
        { numbers: wanted, pageOf: PAGE_OF },
      )
    }
    if (!pdf) throw new PrintPageError(`De paginanummers van de inhoudstafel bleven verschuiven na ${MAX_PASSES} keer afdrukken.`)
    const missing = missingTargets(shown)
    if (missing.length) throw new PrintPageError(`De inhoudstafel verwijst naar onderdelen die niet in de pdf staan: ${missing.join(', ')}.`)

    const generatedAt = info.generatedAt ?? new Date().toISOString()
    const manifest: FigureManifest = {
      figures: info.receipts,
      format: MANIFEST_FORMAT,
      generatedAt,
      report: { slug: info.slug, title: info.title },
      site,
      source: url,
    }
    const edition = await PDFDocument.load(pdf, { updateMetadata: false })
    edition.setTitle(`${info.title} (pdf-editie)`, { showInWindowTitleBar: true })
    if (info.organisation) edition.setAuthor(info.organisation)
    edition.setSubject(`${info.title}: de gedrukte editie van het online jaarverslag, met de bron van elk kerncijfer in ${MANIFEST_FILE}.`)
    edition.setKeywords(['jaarverslag', 'kerncijfers', info.slug])
    edition.setLanguage('nl-BE')
    edition.setCreator('jaarverslag-cms')
    edition.setProducer('Chromium (playwright-core) en pdf-lib')
    edition.setCreationDate(new Date(generatedAt))
    edition.setModificationDate(new Date(generatedAt))
    await attachManifest(edition, manifest)
    const bytes = await edition.save()
    return {
      bytes,
      manifest,
      pageNumbers: shown,
      pages: edition.getPageCount(),
      passes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    }
  } finally {
    await browser.close()
  }
}
