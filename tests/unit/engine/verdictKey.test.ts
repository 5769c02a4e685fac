import { describe, expect, it } from '@jest/globals'

import { checkFigures, verdictKey } from '../../../src/plugins/key-figures/engine/index'
import type { DatasetInfo, FigureInput, FigureResult, RecordInfo } from '../../../src/plugins/key-figures/engine/types'

import { seededRandom } from './random'

const published: DatasetInfo = { id: 1, slug: 'deelnemers-2024', title: 'Deelnemers 2024', published: true }
const draft: DatasetInfo = { id: 2, slug: 'concept-2025', title: 'Concept', published: false }

const record = (id: number | string, value: unknown, unit: unknown = 'count', dataset: DatasetInfo = published): RecordInfo =>
  ({ id, key: `key.${id}`, label: `Record ${id}`, value, unit, dataset }) as RecordInfo

const verdictOf = (result: FigureResult) => ({
  expectedValue: result.expectedValue,
  formatted: result.formatted,
  ok: result.ok,
  operation: result.source.operation,
})

const verdict = (figure: FigureInput, records: ReadonlyMap<string, RecordInfo>) => verdictOf(checkFigures([figure], records).results[0])

const base: FigureInput = { label: 'Deelnemers', path: 'keyFigures.0.shown', record: 1, shown: '1.540', unit: 'count' }
const records = new Map([['1', record(1, '1540')]])

describe('verdictKey', () => {
  it('ignores what only shapes messages: label, path, id, record key and label, dataset slug and title', () => {
    const renamed = new Map([['1', { ...record(1, '1540'), dataset: { ...published, slug: 'ander', title: 'Ander' }, key: 'x', label: 'Y' }]])
    expect(verdictKey({ ...base, id: 'row-2', label: 'Andere naam', path: 'body#3' }, renamed)).toBe(verdictKey(base, records))
  })

  it.each<[string, FigureInput, ReadonlyMap<string, RecordInfo>]>([
    ['another text shown', { ...base, shown: '1540' }, records],
    ['another unit', { ...base, unit: 'decimal' }, records],
    ['another rounding', { ...base, rounding: 'half-up' }, records],
    ['another operation', { ...base, operands: [1], operation: 'sum', record: null }, records],
    ['another record value', base, new Map([['1', record(1, '1541')]])],
    ['another record unit', base, new Map([['1', record(1, '1540', 'decimal')]])],
    ['an unpublished dataset', base, new Map([['1', record(1, '1540', 'count', draft)]])],
    ['a missing record', base, new Map()],
    ['a number value instead of its text', base, new Map([['1', record(1, 1540)]])],
  ])('changes with %s', (_name, figure, withRecords) => {
    expect(verdictKey(figure, withRecords)).not.toBe(verdictKey(base, records))
  })

  it('cannot be fooled by separators or lengths inside the texts', () => {
    const tricky = ['1|5:1540', '5:1540', '', '|', '1:', 'count', '1.540t5:1.540', '4:15401']
    const keys = new Set<string>()
    for (const shown of tricky) {
      for (const value of tricky) keys.add(verdictKey({ ...base, shown }, new Map([['1', record(1, value)]])))
    }
    expect(keys.size).toBe(tricky.length * tricky.length)
  })

  it('keeps a text shown that spells out the rest of another key apart from that key', () => {
    // Without a length before the text shown, these two would read alike: "" + "record|s12:Xrecord|s1:1…"
    // and "record|s12:X" + "record|s1:1…".
    const spelled = verdictKey({ ...base, shown: '' }, new Map([['1', record(1, 'Xrecord|s1:1')]]))
    const plain = verdictKey({ ...base, shown: 'record|s12:X' }, new Map([['1', record(1, '1')]]))
    expect(spelled).not.toBe(plain)
  })

  it('gives figures with equal keys equal verdicts (5,000 random figures, seed 20261202)', () => {
    const random = seededRandom(20261202)
    // Small pools, so that figures often share a key, and records come in pairs that differ in
    // one input only (published or not, number or text).
    const values: unknown[] = ['1540', '1540.0', '86', '0', '-3', 'abc', 86, 1e21, '1e+21']
    const recordUnits: unknown[] = ['count', 'percent', 'decimal', 'stuks']
    const pool = values.flatMap((value) => recordUnits.flatMap((unit) => [published, draft].map((dataset) => ({ dataset, unit, value }))))
    const byId = new Map(pool.map((entry, index) => [String(index + 1), record(index + 1, entry.value, entry.unit, entry.dataset)]))
    const units: unknown[] = ['count', 'percent', 'decimal', 'stuks', undefined]
    const shownTexts = ['1.540', '1540', '86', '-3', '0', '50%', 'veel']
    const operations: unknown[] = [null, 'record', 'sum', 'percentage', 'median']
    const seen = new Map<string, ReturnType<typeof verdictOf>>()
    let repeats = 0
    for (let index = 0; index < 5000; index++) {
      const id = () => (random.chance(0.05) ? 999 : random.int(1, pool.length))
      const figure = {
        label: `Figuur ${index}`,
        operands: random.chance(0.05) ? null : Array.from({ length: random.int(1, 2) }, () => (random.chance(0.05) ? null : id())),
        operation: random.pick(operations),
        path: `keyFigures.${index}.shown`,
        record: random.chance(0.05) ? null : id(),
        rounding: random.pick([null, 'tolerant', 'half-up']),
        shown: random.pick(shownTexts),
        unit: random.pick(units),
      } as unknown as FigureInput
      const key = verdictKey(figure, byId)
      const found = verdict(figure, byId)
      const earlier = seen.get(key)
      if (earlier) {
        repeats++
        expect({ figure, verdict: found }).toEqual({ figure, verdict: earlier })
      } else seen.set(key, found)
    }
    // The property is only worth something if keys repeat often and differ often.
    expect(repeats).toBeGreaterThan(1000)
    expect(seen.size).toBeGreaterThan(500)
  })
})
