import { describe, expect, it } from '@jest/globals'

import { compareFigure, comparisonRule, type CompareInput } from '../../../src/plugins/key-figures/engine/compare'
import { deriveValue } from '../../../src/plugins/key-figures/engine/derive'
import type { FigureUnit, Operation } from '../../../src/plugins/key-figures/engine/types'

function derived(operation: Operation, operands: string[]): string {
  const result = deriveValue(operation, operands)
  if (!result.ok) throw new Error(result.reason.en)
  return result.value
}

const SHARE_114_OF_171 = derived('percentage', ['114', '171']) // 66.666…
const MINUTES_PER_PARTICIPANT = derived('ratio', ['43245', '86']) // 502.848… = 8u22.85

function passes(input: CompareInput): boolean {
  return compareFigure(input).ok
}

describe('tolerant rule: closer than one unit of the last printed digit', () => {
  it.each<[string, FigureUnit, string, boolean]>([
    // shown, unit, expected, passes?
    ['66%', 'percent', SHARE_114_OF_171, true], // truncated
    ['67%', 'percent', SHARE_114_OF_171, true], // rounded
    ['65%', 'percent', SHARE_114_OF_171, false],
    ['68%', 'percent', SHARE_114_OF_171, false],
    ['66,7%', 'percent', SHARE_114_OF_171, true],
    ['66,6%', 'percent', SHARE_114_OF_171, true],
    ['66,5%', 'percent', SHARE_114_OF_171, false],
    ['66,67%', 'percent', SHARE_114_OF_171, true],
    ['66,66%', 'percent', SHARE_114_OF_171, true],
    ['66,65%', 'percent', SHARE_114_OF_171, false],
    ['8u22', 'duration', MINUTES_PER_PARTICIPANT, true], // truncated
    ['8u23', 'duration', MINUTES_PER_PARTICIPANT, true], // rounded
    ['8u21', 'duration', MINUTES_PER_PARTICIPANT, false],
    ['8u24', 'duration', MINUTES_PER_PARTICIPANT, false],
    ['8u', 'duration', MINUTES_PER_PARTICIPANT, true], // hours only: step is 60 minutes
    ['9u', 'duration', MINUTES_PER_PARTICIPANT, true],
    ['7u', 'duration', MINUTES_PER_PARTICIPANT, false],
    ['10u', 'duration', MINUTES_PER_PARTICIPANT, false],
  ])('%j vs %s (%s): %s', (shown, unit, expected, ok) => {
    expect(passes({ shown, unit, expected, binding: 'derived' })).toBe(ok)
  })

  it.each<[string, string, boolean]>([
    // edges around one step for "66%" (value 66, step 1)
    ['66.99', '66%', true], // just under one step above
    ['66.999999999999999999999999999999', '66%', true],
    ['67', '66%', false], // exactly one step: not strictly less
    ['65', '66%', false], // exactly one step below
    ['65.00000001', '66%', true], // just under one step below
    ['64.99999', '66%', false],
    // edges with decimals (step 0.1)
    ['8.79', '8,7%', true],
    ['8.8', '8,7%', false],
    ['8.6', '8,7%', false],
    ['8.61', '8,7%', true],
  ])('expected %s, shown %j: %s', (expected, shown, ok) => {
    expect(passes({ shown, unit: 'percent', expected, binding: 'derived' })).toBe(ok)
  })

  it('offers the expected value rounded half-up in the shown style', () => {
    for (const shown of ['65%', '66%', '67%', '68%']) {
      expect(compareFigure({ shown, unit: 'percent', expected: SHARE_114_OF_171, binding: 'derived' }).expected).toBe('67%')
    }
    expect(compareFigure({ shown: '66,5%', unit: 'percent', expected: SHARE_114_OF_171, binding: 'derived' }).expected).toBe(
      '66,7%',
    )
    expect(compareFigure({ shown: '8u21', unit: 'duration', expected: MINUTES_PER_PARTICIPANT, binding: 'derived' }).expected).toBe(
      '8u23',
    )
    expect(compareFigure({ shown: '7u', unit: 'duration', expected: MINUTES_PER_PARTICIPANT, binding: 'derived' }).expected).toBe(
      '8u',
    )
  })

  it('reports the shown and expected values of a mismatch', () => {
    const result = compareFigure({ shown: ' 65% ', unit: 'percent', expected: SHARE_114_OF_171, binding: 'derived' })
    expect(result).toMatchObject({ ok: false, kind: 'mismatch', rule: 'tolerant', shownValue: '65', expected: '67%' })
    expect(result.expectedValue).toBe(SHARE_114_OF_171)
    expect(result.ok || result.reason.nl).toBe(
      '"65%" wijkt af van 67%: het verschil is niet kleiner dan één eenheid van het laatst getoonde cijfer',
    )
  })

  it('record-bound percentages, scores and durations are tolerant too', () => {
    expect(passes({ shown: '85%', unit: 'percent', expected: '84.80', binding: 'record' })).toBe(true)
    expect(passes({ shown: '84%', unit: 'percent', expected: '84.80', binding: 'record' })).toBe(true)
    expect(passes({ shown: '83%', unit: 'percent', expected: '84.80', binding: 'record' })).toBe(false)
    expect(passes({ shown: '84,8%', unit: 'percent', expected: '84.80', binding: 'record' })).toBe(true)
    expect(passes({ shown: '+39', unit: 'score', expected: '39', binding: 'record' })).toBe(true)
    expect(passes({ shown: '+38', unit: 'score', expected: '39', binding: 'record' })).toBe(false)
    expect(passes({ shown: '720u45', unit: 'duration', expected: '43245', binding: 'record' })).toBe(true)
    expect(passes({ shown: '720u44', unit: 'duration', expected: '43245', binding: 'record' })).toBe(false)
  })
})

describe('half-up rule (opt-in)', () => {
  it.each<[string, FigureUnit, string, boolean]>([
    ['66%', 'percent', SHARE_114_OF_171, false], // truncation is rejected
    ['67%', 'percent', SHARE_114_OF_171, true],
    ['66,7%', 'percent', SHARE_114_OF_171, true],
    ['66,6%', 'percent', SHARE_114_OF_171, false],
    ['8u22', 'duration', MINUTES_PER_PARTICIPANT, false],
    ['8u23', 'duration', MINUTES_PER_PARTICIPANT, true],
    ['8u', 'duration', MINUTES_PER_PARTICIPANT, true],
    ['9u', 'duration', MINUTES_PER_PARTICIPANT, false],
    ['67%', 'percent', '66.5', true], // .5 goes up
    ['66%', 'percent', '66.5', false],
    ['66%', 'percent', '66.49999', true],
    ['-3', 'score', '-2.5', true], // half away from zero
    ['-2', 'score', '-2.5', false],
    ['+39', 'score', '39', true],
  ])('%j vs %s (%s): %s', (shown, unit, expected, ok) => {
    expect(passes({ shown, unit, expected, binding: 'derived', rounding: 'half-up' })).toBe(ok)
  })

  it('names the properly rounded value', () => {
    const result = compareFigure({
      shown: '66%',
      unit: 'percent',
      expected: SHARE_114_OF_171,
      binding: 'derived',
      rounding: 'half-up',
    })
    expect(result).toMatchObject({ ok: false, kind: 'mismatch', rule: 'half-up', expected: '67%' })
    expect(result.ok || result.reason.en).toBe('"66%" must be 67% (rounded half up)')
  })
})

describe('exact rule: counts and euro amounts bound to one record', () => {
  it.each<[string, FigureUnit, string, boolean]>([
    ['1.540', 'count', '1540', true],
    ['1.541', 'count', '1540', false],
    ['1.539', 'count', '1540', false],
    ['1.540', 'count', '1540.4', false], // tolerant would accept this
    ['1.552.000,00 €', 'euro', '1552000', true],
    ['1.552.000,00 €', 'euro', '1552000.00', true],
    ['€1.552.000', 'euro', '1552000.00', true],
    ['1.552.000 €', 'euro', '1552000.40', false], // tolerant would accept this
    ['1.552.000,01 €', 'euro', '1552000.00', false],
    ['199.277,97 €', 'euro', '199277.97', true],
  ])('%j vs record %s (%s): %s', (shown, unit, expected, ok) => {
    expect(passes({ shown, unit, expected, binding: 'record' })).toBe(ok)
    expect(compareFigure({ shown, unit, expected, binding: 'record' }).rule).toBe('exact')
  })

  it('the same figures bound to a derivation are compared tolerantly', () => {
    expect(passes({ shown: '1.540', unit: 'count', expected: '1540.4', binding: 'derived' })).toBe(true)
    expect(passes({ shown: '1.552.000 €', unit: 'euro', expected: '1552000.40', binding: 'derived' })).toBe(true)
  })

  it('half-up does not loosen the exact rule', () => {
    expect(passes({ shown: '1.552.000 €', unit: 'euro', expected: '1552000.40', binding: 'record', rounding: 'half-up' })).toBe(
      false,
    )
    expect(comparisonRule('count', 'record', 'half-up')).toBe('exact')
    expect(comparisonRule('percent', 'record', 'half-up')).toBe('half-up')
    expect(comparisonRule('percent', 'record', null)).toBe('tolerant')
  })

  it('never rounds the value the editor must copy', () => {
    const result = compareFigure({ shown: '1.552.000 €', unit: 'euro', expected: '1552000.40', binding: 'record' })
    expect(result).toMatchObject({ ok: false, kind: 'mismatch', expected: '1.552.000,40 €' })
    expect(result.ok || result.reason.nl).toBe(
      '"1.552.000 €" moet exact gelijk zijn aan 1.552.000,40 €: een aantal of bedrag uit één record wordt nooit afgerond',
    )
    const count = compareFigure({ shown: '1.541', unit: 'count', expected: '1540', binding: 'record' })
    expect(count).toMatchObject({ ok: false, kind: 'mismatch', shownValue: '1541', expected: '1.540' })
  })
})

describe('the expected text copies the shown style', () => {
  it.each<[string, FigureUnit, string, 'record' | 'derived', string]>([
    ['€1.552.001', 'euro', '1552000', 'record', '€1.552.000'],
    ['€ 1.552.001,00', 'euro', '1552000', 'record', '€ 1.552.000,00'],
    ['1.552.001,00\u00A0€', 'euro', '1552000', 'record', '1.552.000,00\u00A0€'],
    ['(94%)', 'percent', '95.43', 'derived', '(95%)'],
    ['82 %', 'percent', '80', 'derived', '80 %'],
    ['+38', 'score', '39', 'record', '+39'],
    ['\u221212', 'score', '-13', 'record', '\u221213'],
    ['1541', 'count', '1540', 'record', '1540'],
    ['720u00', 'duration', '43245', 'record', '720u45'],
  ])('%j vs %s (%s) offers %j', (shown, unit, expected, binding, text) => {
    const result = compareFigure({ shown, unit, expected, binding })
    expect(result.ok).toBe(false)
    expect(result.expected).toBe(text)
  })

  it('also when the figure passes', () => {
    const result = compareFigure({ shown: '(95%)', unit: 'percent', expected: '95.43', binding: 'derived' })
    expect(result).toMatchObject({ ok: true, expected: '(95%)', shownValue: '95', expectedValue: '95.43' })
  })
})

describe('the value printed in the shown style as it is (`formatted`)', () => {
  it('is the expected text wherever rounding may excuse a difference', () => {
    for (const input of [
      { shown: '(95%)', unit: 'percent', expected: '95.43', binding: 'derived' },
      { shown: '82 %', unit: 'percent', expected: '80', binding: 'derived' },
      { shown: '8u22', unit: 'duration', expected: MINUTES_PER_PARTICIPANT, binding: 'derived' },
    ] as CompareInput[]) {
      const result = compareFigure(input)
      expect(result.formatted).toBe(result.expected)
    }
  })

  it('keeps the shown decimals where the exact rule asks to copy every decimal of the data', () => {
    const result = compareFigure({ shown: '1.552.000 €', unit: 'euro', expected: '1552000.40', binding: 'record' })
    expect(result).toMatchObject({ ok: false, expected: '1.552.000,40 €', formatted: '1.552.000 €' })
    const passing = compareFigure({ shown: '1.552.000,00 €', unit: 'euro', expected: '1552000', binding: 'record' })
    expect(passing).toMatchObject({ ok: true, expected: '1.552.000,00 €', formatted: '1.552.000,00 €' })
  })

  it('uses the house style when the shown text is unreadable', () => {
    const result = compareFigure({ shown: 'ongeveer veel', unit: 'percent', expected: '66.6667', binding: 'derived' })
    expect(result.ok).toBe(false)
    expect(result.formatted).toBe(result.expected)
    expect(result.formatted).toMatch(/%$/)
  })
})

describe('unreadable shown text', () => {
  it('is reported with the reason and the expected value in the default style', () => {
    const result = compareFigure({ shown: '12,3,4', unit: 'count', expected: '1540', binding: 'record' })
    expect(result).toMatchObject({ ok: false, kind: 'unreadable', expected: '1.540', expectedValue: '1540' })
    expect(result.shownValue).toBeUndefined()
    expect(result.ok || result.reason.nl).toContain('"12,3,4"')
  })

  it.each<[FigureUnit, string, 'record' | 'derived', string]>([
    ['percent', '84.80', 'record', '84,80%'],
    ['percent', SHARE_114_OF_171, 'derived', '67%'],
    ['euro', '1552000', 'record', '1.552.000,00 €'],
    ['score', '8.7', 'record', '+8,7'],
    ['decimal', derived('average', ['1', '2', '4']), 'derived', '2,33'],
    ['duration', MINUTES_PER_PARTICIPANT, 'derived', '8u23'],
  ])('a %s expected %s (%s) is offered as %j', (unit, expected, binding, text) => {
    const result = compareFigure({ shown: '??', unit, expected, binding })
    expect(result).toMatchObject({ ok: false, kind: 'unreadable', expected: text })
  })
})

it('throws only for an expected value that is not a decimal (a programming error)', () => {
  expect(() => compareFigure({ shown: '1', unit: 'count', expected: 'abc', binding: 'record' })).toThrow(RangeError)
})

describe('a plus sign: printed on a change or a score only', () => {
  it.each<[string, FigureUnit, string, 'derived' | 'record', boolean]>([
    // shown, unit, expected, binding, is the figure a change?
    ['+39', 'score', '39', 'record', false], // a score's house style is signed (NPS)
    ['+39', 'count', '39', 'derived', true],
    ['+3,2%', 'percent', '3.2', 'derived', true],
    ['+720u45', 'duration', '43245', 'derived', true],
    ['-3', 'count', '-3', 'record', false], // a minus is the number's own sign
    ['-3', 'count', '-3', 'derived', true],
    ['39', 'count', '39', 'derived', true], // a change may also go without its "+"
  ])('%j (%s, %s, %s, change: %s) passes', (shown, unit, expected, binding, change) => {
    expect(compareFigure({ shown, unit, expected, binding, change })).toMatchObject({ ok: true })
  })

  it.each<[string, FigureUnit, string, 'derived' | 'record', boolean, string]>([
    // shown, unit, expected, binding, change, the same figure printed without the sign
    ['+171', 'count', '171', 'record', false, '171'],
    ['+1.540', 'count', '1540', 'derived', false, '1.540'],
    ['+3,2%', 'percent', '3.2', 'derived', false, '3,2%'],
    ['+1.552.000,00 €', 'euro', '1552000.00', 'record', false, '1.552.000,00 €'],
    ['(+82%)', 'percent', '82', 'record', false, '(82%)'],
    ['+8u22', 'duration', '502', 'record', false, '8u22'],
  ])('%j (%s, %s, %s, change: %s) is refused, saying it would be %j', (shown, unit, expected, binding, change, printed) => {
    const result = compareFigure({ shown, unit, expected, binding, change })
    expect(result).toMatchObject({ ok: false, kind: 'unreadable', expected: printed })
    if (result.ok) return
    expect(result.reason.nl).toContain(`"${shown}"`)
    expect(result.reason.nl).toContain(`correct gedrukt is dat "${printed}"`)
    expect(result.reason.en).toContain(`correctly printed that is "${printed}"`)
  })

  it('offers the data value without the sign when the data differs too', () => {
    expect(compareFigure({ shown: '+171', unit: 'count', expected: '172', binding: 'record' })).toMatchObject({ ok: false, kind: 'unreadable', expected: '172' })
  })
})
