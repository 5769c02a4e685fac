import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { DatasetInfo, RecordInfo } from '../../src/plugins/key-figures/engine'
import type { ResolvedFigure } from '../../src/plugins/key-figures/resolve/resolveFigure'
import type { FigureReceipt } from '../../src/plugins/key-figures/receipts/attributes'

import { FigureCards } from '../../src/app/(site)/components/Figures'
import { RichText } from '../../src/app/(site)/components/RichText'
import { formatVerdict, receiptsInHtml } from '../../src/plugins/key-figures/cli/figuresVerify'
import { readReceipt, RECEIPT, receiptAttributes } from '../../src/plugins/key-figures/receipts/attributes'
import { summarizeReceipts } from '../../src/plugins/key-figures/receipts/summarize'
import { inferUnit, receiptName, verifyReceipts } from '../../src/plugins/key-figures/receipts/verify'

const deelnemers = { period: '2024', slug: 'deelnemers-2024', title: 'Deelnemers 2024' }
const web = { period: '2024', slug: 'websites-2024', title: 'Websites 2024' }

const resolved = (overrides: Partial<ResolvedFigure> = {}): ResolvedFigure => ({
  datasetVersion: 3,
  formatted: '1.540',
  label: 'Deelnemers',
  matches: true,
  shown: '1.540',
  source: { dataset: deelnemers, operation: 'record', records: [{ key: 'deelnemers.totaal', label: 'Totaal', value: '1540' }] },
  unit: 'count',
  value: '1540',
  verifiedAt: '2026-11-26T15:56:44.000Z',
  ...overrides,
})

describe('receiptAttributes', () => {
  it('gives a bound figure the agreed attributes: figure id, dataset, records, operation, dataset version, verified at', () => {
    expect(receiptAttributes({ id: 'f1', label: 'Deelnemers', resolved: resolved() })).toEqual({
      'data-dataset': 'deelnemers-2024',
      'data-dataset-version': '3',
      'data-figure-label': 'Deelnemers',
      'data-key-figure': 'f1',
      'data-operation': 'record',
      'data-records': 'deelnemers.totaal',
      'data-unit': 'count',
      'data-verified-at': '2026-11-26T15:56:44.000Z',
    })
  })

  it('gives an unbound figure, or one whose records the reader may not see, no receipt', () => {
    expect(receiptAttributes({ id: 'f1', resolved: null })).toBeNull()
    expect(receiptAttributes({ id: 'f1', resolved: resolved({ source: { dataset: null, operation: 'record', records: [] } }) })).toBeNull()
  })

  it('lists the records in operand order and every dataset of a figure that draws on several, without a version', () => {
    const attributes = receiptAttributes({
      id: 'f2',
      resolved: resolved({
        datasetVersion: null,
        source: {
          dataset: [deelnemers, web],
          operation: 'percentage',
          records: [
            { key: 'deel', label: 'Deel', value: '1' },
            { key: 'geheel', label: 'Geheel', value: '4' },
          ],
        },
        unit: 'percent',
      }),
      rounding: 'half-up',
    })
    expect(attributes).toMatchObject({ 'data-dataset': 'deelnemers-2024 websites-2024', 'data-operation': 'percentage', 'data-records': 'deel geheel', 'data-rounding': 'half-up' })
    expect(attributes).not.toHaveProperty('data-dataset-version')
  })

  it('reads back into the receipt it was made from', () => {
    const attributes = receiptAttributes({ id: 'f1', label: 'Deelnemers', resolved: resolved() }) as Record<string, string>
    const read = readReceipt({ attributes, value: ' 1.540 ' })
    expect(read).toEqual({
      ok: true,
      receipt: {
        datasets: ['deelnemers-2024'],
        datasetVersion: 3,
        id: 'f1',
        label: 'Deelnemers',
        operation: 'record',
        records: ['deelnemers.totaal'],
        rounding: null,
        shown: '1.540',
        unit: 'count',
        verifiedAt: '2026-11-26T15:56:44.000Z',
      },
    })
  })

  it.each([
    [{ 'data-dataset': 'd', 'data-key-figure': 'x', 'data-records': 'a' }, null, 'geen gedrukte waarde'],
    [{ 'data-key-figure': 'x', 'data-records': 'a' }, '5', 'data-dataset ontbreekt'],
    [{ 'data-dataset': 'd', 'data-key-figure': 'x' }, '5', 'data-records ontbreekt'],
    [{ 'data-dataset': 'd', 'data-key-figure': 'x', 'data-operation': 'product', 'data-records': 'a b' }, '5', 'onbekende bewerking "product"'],
    [{ 'data-dataset': 'd', 'data-key-figure': 'x', 'data-operation': 'record', 'data-records': 'a b' }, '5', 'bewerking "record" met 2 records'],
  ])('says what is wrong with a receipt it cannot read (%j)', (attributes, value, problem) => {
    const read = readReceipt({ attributes, value })
    expect(read.ok).toBe(false)
    expect(read.ok ? '' : read.problem).toContain(problem)
  })
})

describe('the site marks every bound figure, and only those', () => {
  const figures = [
    { id: 'a', label: 'Deelnemers', resolved: resolved(), shown: '1.540' },
    { id: 'b', label: 'Zonder data', resolved: null, shown: '178' },
    { id: 'c', label: 'Aandeel', resolved: resolved({ source: { dataset: deelnemers, operation: 'percentage', records: [{ key: 'p', label: 'P', value: '1' }, { key: 'q', label: 'Q', value: '2' }] }, unit: 'percent' }), shown: '50%' },
  ]

  // The site's (and the print page's) own components, read back as figures:verify and the PDF job read them.
  it('figure cards carry a receipt per bound figure, with the figure id and the printed text alone in [data-key-figure-value]', () => {
    const html = renderToStaticMarkup(createElement(FigureCards, { figures, idPrefix: 'k', reportName: 'jaarverslag 2024' }))
    const raw = receiptsInHtml(html)
    expect(raw.map((entry) => entry.attributes['data-key-figure'])).toEqual(['a', 'c'])
    expect(raw.map((entry) => entry.value)).toEqual(['1.540', '50%'])
    expect(raw.map(readReceipt).map((read) => (read.ok ? read.receipt.label : read.problem))).toEqual(['Deelnemers', 'Aandeel'])
  })

  it('an inline figure in running text carries its receipt on the figure itself', () => {
    const paragraph = (children: unknown[]) => ({ children, type: 'paragraph', version: 1 })
    const data = {
      root: {
        children: [paragraph([{ text: 'Er waren ', type: 'text', version: 1 }, { fields: { ...figures[0], blockType: 'keyFigure' }, type: 'inlineBlock', version: 1 }, { text: ' deelnemers.', type: 'text', version: 1 }])],
        type: 'root',
        version: 1,
      },
    }
    const html = renderToStaticMarkup(createElement(RichText, { data, idPrefix: 't', reportName: 'jaarverslag 2024' }))
    expect(receiptsInHtml(html)).toEqual([{ attributes: expect.objectContaining({ 'data-key-figure': 'a', 'data-records': 'deelnemers.totaal' }), value: '1.540' }])
  })
})

const dataset = (slug: string, published = true): DatasetInfo => ({ id: slug, published, slug, title: slug })
const record = (id: number, set: DatasetInfo, key: string, value: string, unit: RecordInfo['unit'] = 'count'): RecordInfo => ({ dataset: set, id, key, label: key, unit, value })
const receipt = (overrides: Partial<FigureReceipt>): FigureReceipt => ({
  datasets: ['d'],
  datasetVersion: 1,
  id: 'x',
  label: 'Cijfer',
  operation: 'record',
  records: ['a'],
  rounding: null,
  shown: '1',
  unit: null,
  verifiedAt: null,
  ...overrides,
})

describe('verifyReceipts', () => {
  const d = dataset('d')
  const e = dataset('e')
  const records = [
    record(1, d, 'a', '1540'),
    record(2, d, 'deel', '114'),
    record(3, d, 'geheel', '171'),
    record(4, d, 'duur', '43245', 'duration'),
    record(5, d, 'aantal', '86'),
    record(6, e, 'a', '7'),
    record(7, e, 'paginas', '3400'),
    record(8, e, 'bezoeken', '1000'),
  ]

  it('passes a printed figure that agrees with the current records, by the engine rule', () => {
    const verdicts = verifyReceipts(
      [
        receipt({ records: ['a'], shown: '1.540' }),
        receipt({ operation: 'percentage', records: ['deel', 'geheel'], shown: '67%' }),
        receipt({ operation: 'percentage', records: ['deel', 'geheel'], shown: '66%' }),
        receipt({ operation: 'ratio', records: ['duur', 'aantal'], shown: '8u22' }),
      ],
      records,
    )
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, true, true, true])
    expect(verdicts[0].expected).toBe('1.540')
  })

  it('fails a figure the data no longer agrees with, naming the label, the printed text and the data', () => {
    const [verdict] = verifyReceipts([receipt({ label: 'Deelnemers', records: ['a'], shown: '1.541' })], records)
    expect(verdict.ok).toBe(false)
    expect(verdict.expected).toBe('1.540')
    expect(verdict.problem).toContain('Deelnemers')
    expect(verdict.problem).toContain('1.541')
  })

  it('keeps to half-up rounding when the receipt asks for it', () => {
    const ratio = { operation: 'ratio' as const, records: ['duur', 'aantal'], shown: '8u22' }
    expect(verifyReceipts([receipt({ ...ratio, rounding: 'half-up' })], records)[0].ok).toBe(false)
  })

  it('fails a receipt whose record is gone, or that two of its datasets both hold', () => {
    const [gone, ambiguous] = verifyReceipts([receipt({ records: ['weg'] }), receipt({ datasets: ['d', 'e'], records: ['a'] })], records)
    expect(gone.problem).toBe('record "weg" bestaat niet (meer) in d')
    expect(ambiguous.problem).toContain('meer dan één dataset')
  })

  it('reads a figure over periods record by record: the same key, one dataset per record, in order', () => {
    const period = (year: string): DatasetInfo => ({ id: `vw-${year}`, period: year, published: true, series: 'vw', slug: `vw-${year}`, title: `vw ${year}` })
    const periods = [record(21, period('2023'), 'vragen', '78'), record(22, period('2024'), 'vragen', '104')]
    const [change, series] = verifyReceipts(
      [
        receipt({ datasets: ['vw-2024', 'vw-2023'], operation: 'change', records: ['vragen', 'vragen'], shown: '+26' }),
        receipt({ datasets: ['vw-2023', 'vw-2024'], operation: 'series', records: ['vragen', 'vragen'], shown: '104' }),
      ],
      periods,
    )
    expect([change.ok, change.problem]).toEqual([true, null])
    expect([series.ok, series.problem]).toEqual([true, null])
  })

  it('fails a figure on a dataset that is no longer published', () => {
    const hidden = dataset('h', false)
    const [verdict] = verifyReceipts([receipt({ datasets: ['h'], records: ['a'], shown: '5' })], [record(9, hidden, 'a', '5')])
    expect(verdict.ok).toBe(false)
  })

  it('infers the unit a receipt does not name the way the gate binds units', () => {
    const count = { unit: 'count' as const }
    const duration = { unit: 'duration' as const }
    expect(inferUnit('record', [count])).toBe('count')
    expect(inferUnit('sum', [duration, duration])).toBe('duration')
    expect(inferUnit('percentage', [count, count])).toBe('percent')
    expect(inferUnit('ratio', [count, count])).toBe('decimal')
    expect(inferUnit('ratio', [duration, count])).toBe('duration')
    expect(verifyReceipts([receipt({ datasets: ['e'], operation: 'ratio', records: ['paginas', 'bezoeken'], shown: '3,4' })], records)[0].ok).toBe(true)
  })
})

describe('summarizeReceipts', () => {
  it('names per dataset the versions its figures were checked against and the span of verification', () => {
    const summary = summarizeReceipts([
      receipt({ datasets: ['d'], datasetVersion: 2, verifiedAt: '2026-11-26T10:00:00.000Z' }),
      receipt({ datasets: ['d'], datasetVersion: 3, verifiedAt: '2026-12-01T10:00:00.000Z' }),
      receipt({ datasets: ['d', 'e'], datasetVersion: null, verifiedAt: null }),
    ])
    expect(summary).toEqual({
      datasets: [
        { dataset: 'd', figures: 3, versions: [2, 3] },
        { dataset: 'e', figures: 1, versions: [] },
      ],
      figures: 3,
      verifiedFrom: '2026-11-26T10:00:00.000Z',
      verifiedUntil: '2026-12-01T10:00:00.000Z',
    })
  })
})

describe('naming a figure in figures:verify', () => {
  it('uses the label, else the id, else where the figure comes from', () => {
    expect(receiptName(receipt({ id: 'f1', label: 'Deelnemers' }))).toBe('Deelnemers')
    expect(receiptName(receipt({ id: 'f1', label: null }))).toBe('f1')
    expect(receiptName(receipt({ datasets: ['d'], id: '', label: null, operation: 'percentage', records: ['a', 'b'] }))).toBe('d: percentage van a, b')
    const [verdict] = verifyReceipts([receipt({ id: '', label: null, records: ['a'], shown: '9' })], [record(1, dataset('d'), 'a', '8')])
    expect(formatVerdict(verdict)).toBe('✗ 9  d: a: Kerncijfer "d: a" toont 9 maar de data zegt 8 (bron: d / a)')
  })
})
