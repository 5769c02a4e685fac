import { describe, expect, it } from '@jest/globals'

import type { Finding } from '../../src/plugins/key-figures/engine/types'

import { awaitedKey } from '../../src/plugins/key-figures/engine'
import {
  copyOf,
  type DatasetSummary,
  mapFigures,
  newPeriodDataset,
  nextYearSlug,
  nextYearText,
  periodKey,
  periodsNeeded,
  plannedSlots,
  rebindFigure,
  type RecordSummary,
  type SourceData,
} from '../../src/plugins/roll-forward/plan'
import { progressOf, progressText, totalProgress } from '../../src/plugins/roll-forward/progress'

const dataset = (id: number, series: string, period: string | null, title = `${series} ${period}`): DatasetSummary => ({ id, period, series, slug: `${series}-${period}`, title })
const DATASETS = [dataset(23, 'vw', '2023'), dataset(24, 'vw', '2024', 'Vraaggestuurde werking 2024'), dataset(13, 'vte', '2013'), dataset(14, 'vte', '2014'), dataset(99, 'beleid', '2021-2025')]
const RECORDS: RecordSummary[] = [
  { dataset: 23, id: 1, key: 'vragen.totaal' },
  { dataset: 24, id: 2, key: 'vragen.totaal' },
  { dataset: 13, id: 3, key: 'vte' },
  { dataset: 14, id: 4, key: 'vte' },
  { dataset: 99, id: 5, key: 'doel.bereik' },
]
const source: SourceData = {
  datasets: new Map(DATASETS.map((entry) => [String(entry.id), entry])),
  fromYear: 2024,
  records: new Map(RECORDS.map((entry) => [String(entry.id), entry])),
  toYear: 2025,
}
const slots = (fields: Record<string, unknown>) => plannedSlots(fields, source)?.map((slot) => `${slot.series}/${slot.key}@${slot.period}`) ?? null

describe('the roll forward plan: where each figure goes', () => {
  it('moves a record to the same key in the next period of its series', () => {
    expect(slots({ operation: 'record', record: 2 })).toEqual(['vw/vragen.totaal@2025'])
  })

  it('moves both periods of a change along (2024 vs 2023 -> 2025 vs 2024)', () => {
    expect(slots({ operands: [2, 1], operation: 'change' })).toEqual(['vw/vragen.totaal@2025', 'vw/vragen.totaal@2024'])
  })

  it('grows a series by the period after its latest', () => {
    expect(slots({ operands: [3, 4], operation: 'series' })).toEqual(['vte/vte@2013', 'vte/vte@2014', 'vte/vte@2015'])
  })

  it('keeps a policy period that covers the new year', () => {
    expect(slots({ record: 5 })).toEqual(['beleid/doel.bereik@2021-2025'])
  })

  it('moves a figure that still awaits this year\'s data on to next year\'s', () => {
    const awaiting = { records: [{ dataset: 24, key: 'vragen.totaal', period: '2024', series: 'vw' }] }
    expect(slots({ awaitingData: awaiting, operation: 'record', record: null })).toEqual(['vw/vragen.totaal@2025'])
    const copied = rebindFigure({ awaitingData: awaiting, operation: 'record', record: null, shown: '104' }, { ...source, targetRecords: new Map(), targets: new Map([[periodKey('vw', '2025'), 25]]) })
    expect(copied.awaitingData).toEqual({ records: [{ dataset: 25, key: 'vragen.totaal', period: '2025', series: 'vw' }] })
  })

  it('copies an unbound figure, or one whose record is gone, as it is', () => {
    expect(slots({ shown: '5' })).toBeNull()
    expect(slots({ record: 404 })).toBeNull()
  })

  it('lists each period the new year needs once', () => {
    const needed = periodsNeeded([{ record: 2 }, { operands: [2, 1], operation: 'change' }, { record: 5 }], source)
    expect(needed.map((slot) => `${slot.series}@${slot.period}`)).toEqual(['vw@2025', 'vw@2024', 'beleid@2021-2025'])
  })
})

describe('the roll forward plan: binding a copied figure', () => {
  const targets = new Map([[periodKey('vw', '2025'), 25]])

  it('awaits data while the new period has no record, keeping the text and naming the awaited keys', () => {
    const copied = rebindFigure({ id: 'row', label: 'Vragen', operands: [2, 1], operation: 'change', resolved: { value: '26' }, shown: '+26', unit: 'count' }, { ...source, targetRecords: new Map([[awaitedKey(24, 'vragen.totaal'), 2]]), targets })
    expect(copied).toEqual({
      awaitingData: {
        records: [
          { dataset: 25, key: 'vragen.totaal', period: '2025', series: 'vw' },
          { dataset: 24, key: 'vragen.totaal', period: '2024', series: 'vw' },
        ],
      },
      id: 'row',
      label: 'Vragen',
      operands: [],
      operation: 'change',
      record: null,
      shown: '+26',
      unit: 'count',
    })
  })

  it('binds at once when every record exists in the new period', () => {
    const targetRecords = new Map([[awaitedKey(25, 'vragen.totaal'), 7], [awaitedKey(24, 'vragen.totaal'), 2]])
    expect(rebindFigure({ operation: 'record', record: 2, shown: '104' }, { ...source, targetRecords, targets })).toMatchObject({ awaitingData: null, operands: [], record: 7 })
    expect(rebindFigure({ operands: [2, 1], operation: 'change', shown: '+26' }, { ...source, targetRecords, targets })).toMatchObject({ awaitingData: null, operands: [7, 2], record: null })
  })

  it('rebinds the inline figures of rich text and the figure rows alike, without touching the source', () => {
    const doc = {
      body: { root: { children: [{ children: [{ fields: { blockType: 'keyFigure', operation: 'record', record: 2, shown: '104' }, type: 'inlineBlock' }], type: 'paragraph' }], type: 'root' } },
      keyFigures: [{ operation: 'record', record: 2, shown: '104' }],
    }
    const before = JSON.stringify(doc)
    const copy = mapFigures(doc, ['body'], (fields) => ({ ...fields, record: 7 }))
    expect(JSON.stringify(doc)).toBe(before)
    expect((copy.keyFigures as { record: number }[])[0].record).toBe(7)
    expect(JSON.stringify(copy.body)).toContain('"record":7')
  })
})

describe('the roll forward plan: names and what a copy leaves behind', () => {
  it.each([
    ['Jaarverslag 2024', 'Jaarverslag 2025'],
    ['Jaarverslag 2024 (2021-2025)', 'Jaarverslag 2025 (2021-2025)'],
    ['Verslag', 'Verslag 2025'],
    ['Jaarverslag 12024', 'Jaarverslag 12024 2025'],
  ])('titles %s as %s', (from, to) => {
    expect(nextYearText(from, 2024, 2025)).toBe(to)
  })

  it('moves the year in a slug, or adds it', () => {
    expect(nextYearSlug('jaarverslag-2024', 2024, 2025)).toBe('jaarverslag-2025')
    expect(nextYearSlug('jaarverslag', 2024, 2025)).toBe('jaarverslag-2025')
  })

  it('names a new period after the one it follows, with the first free slug, as an empty draft', () => {
    const data = newPeriodDataset(DATASETS[1], '2025', new Set(['vw-2025']))
    expect(data).toEqual({ _status: 'draft', description: null, period: '2025', series: 'vw', slug: 'vw-2025-2', title: 'Vraaggestuurde werking 2025' })
  })

  it('leaves identity, publication, stored checks and workflow bookkeeping behind, keeps the content and the owner', () => {
    const copy = copyOf({ _status: 'published', body: 'x', createdAt: 'a', figureCheck: {}, id: 1, owner: 5, referencedRecords: [1], reviewNotes: [], title: 'T', updatedAt: 'b', workflowStage: 'published' })
    expect(copy).toEqual({ body: 'x', owner: 5, title: 'T' })
  })
})

describe('progress of the figures', () => {
  const finding = (path: string, kind: Finding['kind']): Finding =>
    ({ expected: null, expectedValue: null, kind, label: path, message: { en: '', nl: '' }, path, shown: '', shownValue: null, source: { dataset: null, operation: null, records: [] } })

  it('counts each figure once: confirmed, awaiting data or wrong; footing is not a figure', () => {
    const progress = progressOf(6, [finding('a', 'awaiting'), finding('b', 'mismatch'), finding('c', 'unresolved'), finding('footing:x', 'footing'), finding('b', 'unreadable')])
    expect(progress).toEqual({ awaiting: 1, confirmed: 3, total: 6, wrong: 2 })
    expect(progressText(progress).nl).toBe('3 van 6 kerncijfers bevestigd, 1 wachten op data, 2 fout')
  })

  it('adds the documents up for the report', () => {
    expect(totalProgress([{ awaiting: 1, confirmed: 3, total: 6, wrong: 2 }, { awaiting: 0, confirmed: 4, total: 4, wrong: 0 }])).toEqual({ awaiting: 1, confirmed: 7, total: 10, wrong: 2 })
  })
})
