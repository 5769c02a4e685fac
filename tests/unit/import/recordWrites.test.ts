import { describe, expect, it } from '@jest/globals'

import type { RecordChange } from '../../../src/plugins/key-figures/import'

import { pickerTitleOf } from '../../../src/plugins/key-figures/collections/pickerTitle'
import { recordToCreate, recordToUpdate } from '../../../src/plugins/key-figures/import/server/recordWrites'
import { progressPrinter } from '../../../src/plugins/key-figures/cli/datasetsImport'

const dataset = { id: 7, slug: 'budget' }
const now = '2026-12-07T10:00:00.000Z'

describe('the records an import writes without the collection hooks', () => {
  it('a new record gets its dataset, timestamps and the picker title the save hook would give it', () => {
    expect(recordToCreate({ key: 'budget.totaal', label: 'Budget', row: 2, unit: 'euro', value: '1552000.00' }, dataset, now)).toEqual({
      createdAt: now,
      dataset: 7,
      key: 'budget.totaal',
      label: 'Budget',
      pickerTitle: 'budget · budget.totaal · Budget = 1.552.000,00 €',
      unit: 'euro',
      updatedAt: now,
      value: '1552000.00',
    })
  })

  it('a changed record writes only what an import changes, with a new picker title and updatedAt', () => {
    const change: RecordChange = {
      after: { label: 'Duur', unit: 'duration', value: '43245' },
      before: { label: 'Duur', unit: 'duration', value: '43200' },
      fields: ['value'],
      id: 'abc',
      key: 'duur',
      row: 3,
    }
    expect(recordToUpdate(change, dataset, now)).toEqual({
      data: { label: 'Duur', pickerTitle: 'budget · duur · Duur = 720u45', unit: 'duration', updatedAt: now, value: '43245' },
      id: 'abc',
    })
  })

  it.each([
    ['a printed value', { value: '1.552.000,00', unit: 'euro' }, /waarde "1\.552\.000,00" is geen getal/],
    ['an empty value', { value: '', unit: 'count' }, /waarde "" is geen getal/],
    ['an unknown unit', { value: '12', unit: 'stuks' }, /eenheid "stuks" is onbekend/],
  ])('refuses %s, naming the record, like the collection validation would', (_name, { unit, value }, message) => {
    const row = { key: 'x.y', label: 'X', row: 2, unit, value } as never
    expect(() => recordToCreate(row, dataset, now)).toThrow(message)
    expect(() => recordToCreate(row, dataset, now)).toThrow(/^Record x\.y: /)
  })

  it('the picker title prints the value in the style of its unit, and leaves an unreadable value as typed', () => {
    expect(pickerTitleOf('vragen', { key: 'k', label: 'Aandeel', unit: 'percent', value: '82' })).toBe('vragen · k · Aandeel = 82%')
    expect(pickerTitleOf('vragen', { key: 'k', label: 'Kapot', unit: 'count', value: 'veel' })).toBe('vragen · k · Kapot = veel')
  })
})

describe('the import CLI progress', () => {
  it('prints each tenth once, however often progress is reported', () => {
    const lines: string[] = []
    const report = progressPrinter((line) => lines.push(line))
    for (const written of [0, 50, 99, 100, 150, 250, 999, 1000, 1000]) report({ total: 1000, written })
    expect(lines).toEqual([
      'Import: 100 van 1000 records geschreven (10%).',
      'Import: 250 van 1000 records geschreven (20%).',
      'Import: 999 van 1000 records geschreven (90%).',
      'Import: 1000 van 1000 records geschreven (100%).',
    ])
  })
})
