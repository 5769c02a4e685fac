import { describe, expect, it } from '@jest/globals'

import { FIGURE_UNITS, type FigureUnit, readRecordValue } from '../../../src/plugins/key-figures/engine'
import { writeRecordValue } from '../../../src/plugins/key-figures/engine/recordValue'
import { type ExportRecord, readImportFile, recordsToCsv, recordsToXlsx } from '../../../src/plugins/key-figures/import'
import { type Random, seededRandom } from '../engine/random'

/**
 * A value as the record reader stores it: an optional minus (never on zero), digits without
 * leading zeros, and decimals as written, trailing zeros included. One in four is written like a
 * thousands group ("1.540", "-12.345"), which the reader refuses as ambiguous when it reads it as
 * text.
 */
const storedValue = (random: Random): string => {
  let integer: string
  let fraction: string | undefined
  if (random.chance(0.25)) {
    integer = random.digits(random.int(1, 3))
    if (integer === '0') integer = '1'
    fraction = Array.from({ length: 3 }, () => String(random.int(0, 9))).join('')
  } else {
    integer = random.chance(0.1) ? '0' : random.digits(random.int(1, 16))
    fraction = random.chance(0.4) ? undefined : Array.from({ length: random.int(1, 6) }, () => String(random.int(0, 9))).join('')
  }
  const zero = /^0+$/.test(integer + (fraction ?? ''))
  const sign = !zero && random.chance(0.3) ? '-' : ''
  return `${sign}${integer}${fraction === undefined ? '' : `.${fraction}`}`
}

describe('writeRecordValue: a stored value as text the record reader reads back exactly', () => {
  it.each([
    ['1.540', '01.540'],
    ['-12.345', '-012.345'],
    ['999.000', '0999.000'],
    ['1540', '1540'],
    ['1552000.00', '1552000.00'],
    ['0.540', '0.540'],
    ['1.5400', '1.5400'],
    ['-3.25', '-3.25'],
  ])('%s -> %s', (stored, written) => {
    expect(writeRecordValue(stored)).toBe(written)
    for (const unit of FIGURE_UNITS) expect(readRecordValue(written, unit)).toEqual({ ok: true, value: stored })
  })
})

describe('export -> import reads every stored value back, in every unit (property)', () => {
  const SEED = 20261214
  const ROUNDS = 40
  const PER_FILE = 60

  it.each(['csv', 'xlsx'] as const)('%s', async (format) => {
    const random = seededRandom(SEED)
    for (let round = 0; round < ROUNDS; round++) {
      const records: ExportRecord[] = Array.from({ length: PER_FILE }, (_, index) => ({
        key: `r${round}.${index}`,
        label: `Record ${index}`,
        unit: random.pick(FIGURE_UNITS) as FigureUnit,
        value: storedValue(random),
      }))
      const file = format === 'csv' ? recordsToCsv(records) : await recordsToXlsx(records)
      const { problems, rows } = await readImportFile(`export.${format}`, file)
      const context = `seed ${SEED}, round ${round}`
      expect([context, problems]).toEqual([context, []])
      expect([context, rows.map(({ key, unit, value }) => ({ key, unit, value }))]).toEqual([context, records.map(({ key, unit, value }) => ({ key, unit, value }))])
    }
  })
})
