import { describe, expect, it } from '@jest/globals'

import { Dec } from '../../../src/plugins/key-figures/engine/decimal'
import { defaultStyle, formatFigure } from '../../../src/plugins/key-figures/engine/format'
import { parseFigure } from '../../../src/plugins/key-figures/engine/parse'
import {
  FIGURE_UNITS,
  type FigureUnit,
  type MinusSign,
  type PrintStyle,
  type SpaceChar,
} from '../../../src/plugins/key-figures/engine/types'
import { seededRandom, type Random } from './random'

describe('formatFigure: the report house style', () => {
  it.each<[string, FigureUnit, Partial<PrintStyle> | undefined, string]>([
    ['1540', 'count', undefined, '1.540'],
    ['86', 'count', undefined, '86'],
    ['0', 'count', undefined, '0'],
    ['1552000', 'count', undefined, '1.552.000'],
    ['-1540', 'count', undefined, '-1.540'],
    ['82', 'percent', undefined, '82%'],
    ['66.6666', 'percent', undefined, '67%'],
    ['8.7', 'percent', { decimals: 1 }, '8,7%'],
    ['1141.52', 'percent', { decimals: 2 }, '1.141,52%'],
    ['84.8', 'percent', { decimals: 2 }, '84,80%'],
    ['95', 'percent', { parentheses: true }, '(95%)'],
    ['82', 'percent', { space: true, spaceChar: '\u00A0' }, '82\u00A0%'],
    ['3.2', 'percent', { plusSign: true, decimals: 1 }, '+3,2%'],
    ['39', 'score', undefined, '+39'],
    ['-12', 'score', undefined, '-12'],
    ['-12', 'score', { minus: '\u2212' }, '\u221212'],
    ['0', 'score', undefined, '0'],
    ['0.4', 'score', undefined, '0'],
    ['8.7', 'score', { decimals: 1, plusSign: false }, '8,7'],
    ['43245', 'duration', undefined, '720u45'],
    ['15840', 'duration', undefined, '264u00'],
    ['4095', 'duration', undefined, '68u15'],
    ['502.848837209302325581395348837209302325581', 'duration', undefined, '8u23'],
    ['502.4', 'duration', undefined, '8u22'],
    ['502.5', 'duration', undefined, '8u23'],
    ['719.5', 'duration', undefined, '12u00'],
    ['74045', 'duration', undefined, '1.234u05'],
    ['74045', 'duration', { thousands: false }, '1234u05'],
    ['-502', 'duration', undefined, '-8u22'],
    ['720', 'duration', { minutes: false }, '12u'],
    ['749', 'duration', { minutes: false }, '12u'],
    ['750', 'duration', { minutes: false }, '13u'],
    ['1552000', 'euro', undefined, '1.552.000,00 €'],
    ['1552000.00', 'euro', { euroPosition: 'before', space: false, decimals: 0 }, '€1.552.000'],
    ['-1234.56', 'euro', undefined, '-1.234,56 €'],
    ['-1234.56', 'euro', { euroPosition: 'before' }, '€ -1.234,56'],
    ['20359.47', 'euro', { spaceChar: '\u202F' }, '20.359,47\u202F€'],
    ['0.004', 'euro', undefined, '0,00 €'],
    ['12.80', 'decimal', undefined, '12,80'],
    ['1234.5', 'decimal', undefined, '1.234,5'],
    ['12.8', 'decimal', { decimals: 2 }, '12,80'],
    ['1540', 'count', { thousands: false }, '1540'],
  ])('%s (%s, style %j) prints as %j', (value, unit, style, printed) => {
    expect(formatFigure(value, unit, style)).toBe(printed)
  })

  it.each<[string, FigureUnit, number, string]>([
    ['2.5', 'count', 0, '3'],
    ['-2.5', 'count', 0, '-3'],
    ['2.49999', 'count', 0, '2'],
    ['0.125', 'decimal', 2, '0,13'],
    ['-0.125', 'decimal', 2, '-0,13'],
    ['-0.4', 'count', 0, '0'],
    ['66.665', 'percent', 2, '66,67%'],
    ['9.95', 'percent', 1, '10,0%'],
    ['999.5', 'count', 0, '1.000'],
  ])('rounds %s half away from zero to %i decimals', (value, unit, decimals, printed) => {
    expect(formatFigure(value, unit, { decimals })).toBe(printed)
  })

  it('ignores an explicit undefined in a partial style', () => {
    expect(formatFigure('1552000', 'euro', { decimals: undefined, euroPosition: undefined } as unknown as Partial<PrintStyle>)).toBe('1.552.000,00 €')
  })

  it('returns a value that is not a decimal unchanged instead of printing 0', () => {
    expect(formatFigure('abc', 'count')).toBe('abc')
    expect(formatFigure('', 'euro')).toBe('')
  })

  it('has the documented defaults', () => {
    expect(defaultStyle('euro')).toMatchObject({ decimals: 2, euroPosition: 'after', space: true })
    expect(defaultStyle('score').plusSign).toBe(true)
    expect(defaultStyle('decimal', '1.2345').decimals).toBe(4)
  })
})

describe('format and parse are each other’s inverse', () => {
  it.each<[string, FigureUnit]>([
    ['86', 'count'],
    ['1.540', 'count'],
    ['1540', 'count'],
    ['970', 'count'],
    ['379', 'count'],
    ['1.035', 'count'],
    ['82%', 'percent'],
    ['(95%)', 'percent'],
    ['8,7%', 'percent'],
    ['73,4%', 'percent'],
    ['1.141,52%', 'percent'],
    ['141,87%', 'percent'],
    ['84,80%', 'percent'],
    ['100%', 'percent'],
    ['5,8%', 'percent'],
    ['82\u00A0%', 'percent'],
    ['+39', 'score'],
    ['\u221212', 'score'],
    ['-12', 'score'],
    ['8,7', 'score'],
    ['0', 'score'],
    ['720u45', 'duration'],
    ['388u30', 'duration'],
    ['68u15', 'duration'],
    ['264u00', 'duration'],
    ['12u', 'duration'],
    ['1.234u05', 'duration'],
    ['1.552.000,00 €', 'euro'],
    ['199.277,97 €', 'euro'],
    ['20.359,47 €', 'euro'],
    ['€1.552.000', 'euro'],
    ['€ -1.234,56', 'euro'],
    ['-1.234,56 €', 'euro'],
    ['12,80', 'decimal'],
    ['1.234,5', 'decimal'],
  ])('%j reprints identically from its parsed value and style', (shown, unit) => {
    const parsed = parseFigure(shown, unit)
    if (!parsed.ok) throw new Error(parsed.reason.en)
    expect(formatFigure(parsed.value, unit, parsed.style)).toBe(shown)
  })
})

/* ------------------------------------------------------------------------ */
/* Property tests                                                            */
/* ------------------------------------------------------------------------ */

const SEED = 20240531
const RUNS_PER_UNIT = 400

interface Sample {
  value: string
  style: Partial<PrintStyle>
}

/** A canonical decimal string with exactly `decimals` decimals and no "-0". */
function randomValue(random: Random, decimals: number, allowNegative: boolean): string {
  const integer = random.chance(0.1) ? '0' : random.digits(random.int(1, 12))
  const fraction = decimals > 0 ? Array.from({ length: decimals }, () => String(random.int(0, 9))).join('') : ''
  const isZero = /^0+$/.test(integer + fraction)
  const negative = allowNegative && !isZero && random.chance(0.3)
  return `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`
}

function randomLook(random: Random): Partial<PrintStyle> {
  return {
    thousands: random.chance(0.7),
    parentheses: random.chance(0.2),
    minus: random.pick<MinusSign>(['-', '\u2212', '\u2013']),
    plusSign: random.chance(0.5),
    space: random.chance(0.5),
    spaceChar: random.pick<SpaceChar>([' ', '\u00A0', '\u202F']),
    euroPosition: random.pick(['before', 'after'] as const),
  }
}

function sample(unit: FigureUnit, random: Random, styled: boolean): Sample {
  const look = styled ? randomLook(random) : {}
  switch (unit) {
    case 'count':
      return { value: randomValue(random, 0, true), style: look }
    case 'duration': {
      const minutes = random.chance(0.8)
      const value = randomValue(random, 0, true)
      // Hours-only printing can only reproduce whole hours.
      const whole = minutes ? value : new Dec(value).times(60).toFixed()
      return { value: whole, style: styled ? { ...look, minutes } : {} }
    }
    case 'euro': {
      const decimals = styled ? random.pick([0, 2]) : 2
      return { value: randomValue(random, decimals, true), style: styled ? { ...look, decimals } : {} }
    }
    case 'decimal': {
      // Default style prints as many decimals as the value has.
      return { value: randomValue(random, random.int(0, 4), true), style: look }
    }
    case 'percent':
    case 'score': {
      const decimals = styled ? random.int(0, 3) : 0
      return { value: randomValue(random, decimals, true), style: styled ? { ...look, decimals } : {} }
    }
  }
}

describe('property: parseFigure(formatFigure(v)) === v', () => {
  it.each(FIGURE_UNITS.flatMap((unit) => [[unit, false] as const, [unit, true] as const]))(
    'round-trips random %s values (random styles: %s)',
    (unit, styled) => {
      const random = seededRandom(SEED + unit.length * 31 + (styled ? 7 : 0))
      const failures: string[] = []
      for (let run = 0; run < RUNS_PER_UNIT; run++) {
        const { value, style } = sample(unit, random, styled)
        const printed = formatFigure(value, unit, style)
        const parsed = parseFigure(printed, unit)
        const back = parsed.ok ? parsed.value : `unreadable: ${parsed.reason.en}`
        if (back !== value) failures.push(`${value} -> ${JSON.stringify(printed)} -> ${back}`)
      }
      expect(failures).toEqual([])
    },
  )

  it.each(FIGURE_UNITS.filter((unit) => unit !== 'count'))(
    'printing %s values with fewer decimals lands within half a step (half-up)',
    (unit) => {
      const random = seededRandom(SEED + 99 + unit.length)
      const failures: string[] = []
      for (let run = 0; run < RUNS_PER_UNIT; run++) {
        const value = randomValue(random, random.int(1, 6), true)
        const decimals = unit === 'duration' ? 0 : random.int(0, 2)
        const printed = formatFigure(value, unit, { decimals })
        const parsed = parseFigure(printed, unit)
        if (!parsed.ok) {
          failures.push(`${value} -> ${printed}: ${parsed.reason.en}`)
          continue
        }
        const distance = new Dec(parsed.value).minus(value).abs()
        const half = new Dec(parsed.step).div(2)
        if (distance.gt(half)) failures.push(`${value} -> ${printed} is ${distance.toFixed()} away`)
      }
      expect(failures).toEqual([])
    },
  )
})
