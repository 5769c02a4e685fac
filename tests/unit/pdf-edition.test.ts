import { describe, expect, it } from '@jest/globals'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'

import type { FigureManifest } from '../../src/plugins/key-figures/receipts/pdfManifest'

import { attachManifest, MANIFEST_FILE, MANIFEST_FORMAT, readAttachment, readManifest } from '../../src/plugins/key-figures/receipts/pdfManifest'
import { destinationPages } from '../../src/plugins/report-pdf/render/destinations'
import { missingTargets, pageNumbersFor, sameNumbers } from '../../src/plugins/report-pdf/render/pageNumbers'
import { needsStoredStatus, publicationChange, reportsOf } from '../../src/plugins/report-pdf/server/publication'
import { editionConcurrencyKey } from '../../src/plugins/report-pdf/server/queue'

const manifest: FigureManifest = {
  figures: [{ attributes: { 'data-dataset': 'd', 'data-key-figure': 'f1', 'data-records': 'a' }, value: '1.540' }],
  format: MANIFEST_FORMAT,
  generatedAt: '2026-12-07T10:00:00.000Z',
  report: { slug: 'jaarverslag-2024', title: 'Jaarverslag 2024' },
  site: 'https://jaarverslag.example',
  source: 'http://127.0.0.1:3000/jaarverslagen/jaarverslag-2024/afdrukken',
}

const pdfWithPages = async (count: number) => {
  const pdf = await PDFDocument.create()
  for (let index = 0; index < count; index++) pdf.addPage()
  return pdf
}

describe('the figure manifest of a PDF edition', () => {
  it('comes back exactly as it was attached', async () => {
    const pdf = await pdfWithPages(1)
    await attachManifest(pdf, manifest)
    const bytes = await pdf.save()
    expect(await readManifest(bytes)).toEqual(manifest)
    expect(JSON.parse(new TextDecoder().decode((await readAttachment(bytes, MANIFEST_FILE)) as Uint8Array))).toEqual(manifest)
  })

  it('is null for a PDF without one, and refuses a kerncijfers.json of another format', async () => {
    const plain = await (await pdfWithPages(1)).save()
    expect(await readManifest(plain)).toBeNull()
    const other = await pdfWithPages(1)
    await other.attach(new TextEncoder().encode('{"format":"iets anders","figures":[]}'), MANIFEST_FILE, { mimeType: 'application/json' })
    await expect(readManifest(await other.save())).rejects.toThrow('onbekend formaat')
  })
})

describe('destinationPages', () => {
  it('reads the page of every named destination, from /Dests (as Chromium writes it) and from the /Names tree', async () => {
    const pdf = await pdfWithPages(4)
    const pages = pdf.getPages()
    const dest = (index: number) => pdf.context.obj([pages[index].ref, PDFName.of('XYZ'), 0, 800, 0])
    pdf.catalog.set(PDFName.of('Dests'), pdf.context.obj({ colofon: dest(3), 'hoofdstuk-onze-missie': dest(1) }))
    const tree = pdf.context.obj({ Names: [PDFString.of('voorwoord'), pdf.context.obj({ D: dest(2) })] })
    pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({ Dests: tree }))
    const found = await destinationPages(await pdf.save())
    expect(Object.fromEntries(found)).toEqual({ colofon: 4, 'hoofdstuk-onze-missie': 2, voorwoord: 3 })
  })
})

describe('page numbers of the table of contents', () => {
  const destinations = new Map([
    ['voorwoord', 3],
    ['hoofdstuk-a', 5],
  ])

  it('gives each target the page it landed on, and an empty number for one that is not in the PDF', () => {
    const numbers = pageNumbersFor(['voorwoord', 'hoofdstuk-a', 'colofon'], destinations)
    expect(numbers).toEqual({ colofon: '', 'hoofdstuk-a': '5', voorwoord: '3' })
    expect(missingTargets(numbers)).toEqual(['colofon'])
  })

  it('is final only when the print shows the numbers its own layout gives', () => {
    expect(sameNumbers({}, pageNumbersFor(['voorwoord'], destinations))).toBe(false)
    expect(sameNumbers({ voorwoord: '3' }, { voorwoord: '3' })).toBe(true)
    expect(sameNumbers({ voorwoord: '3' }, { voorwoord: '4' })).toBe(false)
    expect(sameNumbers({ voorwoord: '3' }, { 'hoofdstuk-a': '5', voorwoord: '3' })).toBe(false)
  })
})

describe('when a save changes what the public sees of a report', () => {
  it.each([
    // status after the save, status before, stored status (read only when needed), change
    ['published', undefined, undefined, 'publish'],
    ['published', 'draft', undefined, 'publish'],
    ['published', 'published', undefined, 'publish'],
    ['draft', 'published', 'draft', 'unpublish'],
    ['draft', 'published', 'published', null],
    ['draft', 'draft', undefined, null],
    ['draft', undefined, undefined, null],
  ] as const)('a save resulting in %s after %s (stored: %s) is a %s', (status, previousStatus, mainStatus, change) => {
    expect(publicationChange({ mainStatus, previousStatus, status })).toBe(change)
  })

  it('reads the stored status only for a draft result of a published document', () => {
    expect(needsStoredStatus('draft', 'published')).toBe(true)
    expect(needsStoredStatus('published', 'published')).toBe(false)
    expect(needsStoredStatus('draft', 'draft')).toBe(false)
  })

  it('regenerates both reports when a document moves from one to another', () => {
    expect(reportsOf('report', { report: 2 }, { report: { id: 1 } })).toEqual([2, 1])
    expect(reportsOf('report', { report: 'a' }, { report: 'a' }, null)).toEqual(['a'])
    expect(reportsOf('report', { title: 'zonder verslag' })).toEqual([])
  })

  it('keeps one pending job per report', () => {
    expect(editionConcurrencyKey({ input: { report: 7 } })).toBe('report-pdf:7')
    expect(editionConcurrencyKey({ input: { report: '7' } })).toBe(editionConcurrencyKey({ input: { report: 7 } }))
  })
})
