import { describe, expect, it } from '@jest/globals'

import type { DatasetInfo, FigureInput, RecordInfo } from '../../src/plugins/key-figures/engine'

import { checkFigures } from '../../src/plugins/key-figures/engine'
import { createVerdictCache } from '../../src/plugins/key-figures/resolve/verdicts'

const dataset: DatasetInfo = { id: 1, published: true, slug: 'cijfers-2024', title: 'Kerncijfers 2024' }
const record = (id: number, value: string, unit: RecordInfo['unit'] = 'count'): RecordInfo => ({ dataset, id, key: `k${id}`, label: `R${id}`, unit, value })
const recordsOf = (...list: RecordInfo[]) => new Map(list.map((entry) => [String(entry.id), entry]))

const figures: FigureInput[] = [
  { label: 'Deelnemers', path: 'keyFigures.0.shown', record: 1, shown: '1.540', unit: 'count' },
  { label: 'Fout', path: 'keyFigures.1.shown', record: 2, shown: '87', unit: 'count' },
  { label: 'Aandeel', operands: [2, 1], operation: 'percentage', path: 'keyFigures.2.shown', shown: '6%', unit: 'percent' },
  { label: 'Onleesbaar', path: 'keyFigures.3.shown', record: 1, shown: 'veel', unit: 'count' },
  { label: 'Zonder bron', path: 'body#0', shown: '12', unit: 'count' },
]
const records = recordsOf(record(1, '1540'), record(2, '86'))

describe('createVerdictCache', () => {
  it('gives what the engine says of each figure', () => {
    const verdicts = createVerdictCache()(figures, records)
    expect(verdicts).toEqual(
      checkFigures(figures, records).results.map((result) => ({
        expectedValue: result.expectedValue,
        formatted: result.formatted,
        ok: result.ok,
        operation: result.source.operation,
      })),
    )
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, false, true, false, false])
  })

  it('remembers a verdict for the same inputs and checks again when the data changes', () => {
    const cache = createVerdictCache()
    const first = cache(figures, records)
    expect(cache(figures, records)).toEqual(first)
    cache(figures, records).forEach((verdict, index) => expect(verdict).toBe(first[index]))

    const changed = cache(figures, recordsOf(record(1, '1541'), record(2, '86')))
    expect(changed[0]).toMatchObject({ expectedValue: '1541', formatted: '1.541', ok: false })
    expect(changed[1]).toBe(first[1])
  })

  it('forgets the oldest verdict beyond its limit', () => {
    const cache = createVerdictCache(2)
    const [a, b] = cache(figures.slice(0, 2), records)
    expect(cache([figures[0]], records)[0]).toBe(a)
    cache([figures[2]], records)
    expect(cache([figures[1]], records)[0]).toBe(b)
    const again = cache([figures[0]], records)[0]
    expect(again).toEqual(a)
    expect(again).not.toBe(a)
  })
})
