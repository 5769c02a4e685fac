import { describe, expect, it } from '@jest/globals'

import { readRecordValue } from '../../../src/plugins/key-figures/engine/recordValue'
import type { FigureUnit } from '../../../src/plugins/key-figures/engine/types'

describe('readRecordValue: one reader for every way a record value comes in', () => {
  it.each<[unknown, FigureUnit, string]>([
    // given, unit, stored
    ['1540', 'count', '1540'],
    ['  1540 ', 'count', '1540'],
    ['+39', 'score', '39'],
    ['-3.2', 'decimal', '-3.2'],
    ['1540.50', 'euro', '1540.50'],
    ['1,552,000.00', 'euro', '1552000.00'],
    ['0.540', 'decimal', '0.540'],
    ['1540.500', 'decimal', '1540.500'],
    ['-0', 'count', '0'],
    ['+0', 'count', '0'],
    ['-0.00', 'euro', '0.00'],
    ['0171', 'count', '171'],
    ['-007.5', 'decimal', '-7.5'],
    ['1.552.000,00 €', 'euro', '1552000.00'],
    ['82%', 'percent', '82'],
    ['1,540%', 'percent', '1.540'],
    ['8,7', 'score', '8.7'],
    ['720u45', 'duration', '43245'],
    [1.54, 'decimal', '1.54'],
    [1540, 'count', '1540'],
    [-0, 'count', '0'],
    [1e21, 'count', '1000000000000000000000'],
  ])('stores %p (%s) as %p', (given, unit, stored) => {
    expect(readRecordValue(given, unit)).toEqual({ ok: true, value: stored })
  })

  it.each<[string, string, string]>([
    // given, the nl-BE reading, the international reading written unambiguously
    ['1.540', '1540', '1.54'],
    ['1,540', '1540', '1.54'],
    ['-2.500', '-2500', '-2.5'],
    ['+1.540', '1540', '1.54'],
    ['1.545', '1545', '1.5450'],
    ['999,999', '999999', '999.9990'],
  ])('refuses %p as ambiguous, naming both readings', (given, thousands, decimal) => {
    const reading = readRecordValue(given, 'count')
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.reason.en).toContain(`value "${given}" is ambiguous`)
    expect(reading.reason.en).toContain(`Write ${thousands} for the first, ${decimal} for the second`)
    expect(reading.reason.nl).toContain(`waarde "${given}" is dubbelzinnig`)
  })

  it.each<[unknown, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not a number'],
    ['12 stuks', 'not a number'],
    ['1e5', 'not a number'],
    ['.5', 'not a number'],
    ['5.', 'not a number'],
    ['01.540,00 €', 'does not start with a zero'],
    [Number.NaN, 'not a finite number'],
    [Number.POSITIVE_INFINITY, 'not a finite number'],
    [null, 'not text or a number'],
    [{}, 'not text or a number'],
  ])('refuses %p with a reason (%s)', (given, reason) => {
    const reading = readRecordValue(given, 'euro')
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reading.reason.en).toContain(reason)
  })

  it('cuts a long value short in its message', () => {
    const reading = readRecordValue(`x${'9'.repeat(500)}`, 'count')
    expect(reading.ok || reading.reason.en.length < 300).toBe(true)
  })
})
