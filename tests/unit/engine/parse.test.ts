import { describe, expect, it } from '@jest/globals'

import { parseFigure } from '../../../src/plugins/key-figures/engine/parse'
import type { FigureUnit, ParsedFigure, ParsedFigureOk, PrintStyle } from '../../../src/plugins/key-figures/engine/types'

function expectOk(result: ParsedFigure): ParsedFigureOk {
  if (!result.ok) throw new Error(`expected a readable figure, got: ${result.reason.en}`)
  return result
}

describe('parseFigure: every figure format printed in the Jaarverslag 2024', () => {
  it.each<[string, FigureUnit, string, number, string]>([
    // shown, unit, value, decimals, step
    ['86', 'count', '86', 0, '1'],
    ['1.540', 'count', '1540', 0, '1'],
    ['970', 'count', '970', 0, '1'],
    ['379', 'count', '379', 0, '1'],
    ['2.120', 'count', '2120', 0, '1'],
    ['1.035', 'count', '1035', 0, '1'],
    ['0', 'count', '0', 0, '1'],
    ['1540', 'count', '1540', 0, '1'],
    ['  86  ', 'count', '86', 0, '1'],
    ['82%', 'percent', '82', 0, '1'],
    ['(95%)', 'percent', '95', 0, '1'],
    ['8,7%', 'percent', '8.7', 1, '0.1'],
    ['73,4%', 'percent', '73.4', 1, '0.1'],
    ['95,7%', 'percent', '95.7', 1, '0.1'],
    ['84,80%', 'percent', '84.80', 2, '0.01'],
    ['100%', 'percent', '100', 0, '1'],
    ['1.141,52%', 'percent', '1141.52', 2, '0.01'],
    ['141,87%', 'percent', '141.87', 2, '0.01'],
    ['5,8%', 'percent', '5.8', 1, '0.1'],
    ['82 %', 'percent', '82', 0, '1'],
    ['82\u00A0%', 'percent', '82', 0, '1'],
    ['82\u202F%', 'percent', '82', 0, '1'],
    ['( 95 % )', 'percent', '95', 0, '1'],
    ['-3,5%', 'percent', '-3.5', 1, '0.1'],
    ['+39', 'score', '39', 0, '1'],
    ['+53', 'score', '53', 0, '1'],
    ['39', 'score', '39', 0, '1'],
    ['-12', 'score', '-12', 0, '1'],
    ['\u221212', 'score', '-12', 0, '1'],
    ['\u201312', 'score', '-12', 0, '1'],
    ['8,7', 'score', '8.7', 1, '0.1'],
    ['0', 'score', '0', 0, '1'],
    ['720u45', 'duration', '43245', 0, '1'],
    ['388u30', 'duration', '23310', 0, '1'],
    ['68u15', 'duration', '4095', 0, '1'],
    ['264u00', 'duration', '15840', 0, '1'],
    ['8u22', 'duration', '502', 0, '1'],
    ['0u05', 'duration', '5', 0, '1'],
    ['1.234u05', 'duration', '74045', 0, '1'],
    ['12u', 'duration', '720', 0, '60'],
    ['-8u22', 'duration', '-502', 0, '1'],
    ['1.552.000,00 €', 'euro', '1552000.00', 2, '0.01'],
    ['199.277,97 €', 'euro', '199277.97', 2, '0.01'],
    ['20.359,47 €', 'euro', '20359.47', 2, '0.01'],
    ['€ 1.552.000,00', 'euro', '1552000.00', 2, '0.01'],
    ['€1.552.000', 'euro', '1552000', 0, '1'],
    ['-1.234,56 €', 'euro', '-1234.56', 2, '0.01'],
    ['€ -1.234,56', 'euro', '-1234.56', 2, '0.01'],
    ['-€ 1.234,56', 'euro', '-1234.56', 2, '0.01'],
    ['1.552.000,00\u00A0€', 'euro', '1552000.00', 2, '0.01'],
    ['1.552.000,00\u202F€', 'euro', '1552000.00', 2, '0.01'],
    ['€\u00A01.552.000,00', 'euro', '1552000.00', 2, '0.01'],
    ['12,80', 'decimal', '12.80', 2, '0.01'],
    ['5,8', 'decimal', '5.8', 1, '0.1'],
    ['1.234,5', 'decimal', '1234.5', 1, '0.1'],
    ['0,05', 'decimal', '0.05', 2, '0.01'],
  ])('reads %j as %s %s', (shown, unit, value, decimals, step) => {
    const parsed = expectOk(parseFigure(shown, unit))
    expect(parsed.value).toBe(value)
    expect(parsed.unit).toBe(unit)
    expect(parsed.decimals).toBe(decimals)
    expect(parsed.step).toBe(step)
  })

  it('reads "1.035 (95%)" as two separate figures, but not as one', () => {
    expect(expectOk(parseFigure('1.035', 'count')).value).toBe('1035')
    expect(expectOk(parseFigure('(95%)', 'percent')).value).toBe('95')
    const combined = parseFigure('1.035 (95%)', 'count')
    expect(combined.ok).toBe(false)
  })
})

describe('parseFigure: a readable number printed as the report never prints it is refused, with the print it should have', () => {
  it.each<[string, FigureUnit, string]>([
    // shown, unit, the same number as the report prints it
    ['0171', 'count', '171'],
    ['007', 'decimal', '7'],
    ['00,5', 'decimal', '0,5'],
    ['0.171', 'count', '171'],
    ['01.540', 'count', '1.540'],
    ['012%', 'percent', '12%'],
    ['07u30', 'duration', '7u30'],
    ['€ 0.171,00', 'euro', '€ 171,00'],
    ['-0', 'score', '0'],
    ['+0', 'count', '0'],
    ['-0,00', 'decimal', '0,00'],
    ['\u22120%', 'percent', '0%'],
    ['+0u00', 'duration', '0u00'],
    ['1 540', 'count', '1.540'],
    ['1\u00A0540', 'count', '1.540'],
    ['1 540 €', 'euro', '1.540 €'],
    ['- 12', 'score', '-12'],
    ['12, 5%', 'percent', '12,5%'],
  ])('%j (%s) would be printed %j', (shown, unit, printed) => {
    const result = parseFigure(shown, unit)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.reason.nl).toContain(`"${shown}"`)
    expect(result.reason.en).toContain(`"${shown}"`)
    expect(result.reason.nl).toContain(`correct gedrukt is dat "${printed}"`)
    expect(result.reason.en).toContain(`correctly printed that is "${printed}"`)
  })

  it.each<[string, FigureUnit, string]>([
    ['0', 'count', '0'],
    ['0,5', 'decimal', '0.5'],
    ['0,05%', 'percent', '0.05'],
    ['0u05', 'duration', '5'],
    ['8u05', 'duration', '485'],
    ['€ 0,50', 'euro', '0.50'],
    ['1.005', 'count', '1005'],
  ])('a zero that belongs to the number is fine: %j (%s) is %s', (shown, unit, value) => {
    expect(expectOk(parseFigure(shown, unit)).value).toBe(value)
  })

  it.each<[string, FigureUnit, '+' | '-' | null]>([
    ['+39', 'score', '+'],
    ['-12', 'score', '-'],
    ['\u221212', 'score', '-'],
    ['€ -1.234,56', 'euro', '-'],
    ['(+3,2%)', 'percent', '+'],
    ['39', 'score', null],
  ])('%j (%s) reports its printed sign as %p', (shown, unit, sign) => {
    expect(expectOk(parseFigure(shown, unit)).sign).toBe(sign)
  })

  it('surrounding spaces are not inside the number', () => {
    expect(expectOk(parseFigure('  171 ', 'count')).value).toBe('171')
  })
})

describe('parseFigure: print style is captured', () => {
  it.each<[string, FigureUnit, Partial<PrintStyle>]>([
    ['1.552.000,00 €', 'euro', { euroPosition: 'after', space: true, spaceChar: ' ', decimals: 2, thousands: true }],
    ['€1.552.000', 'euro', { euroPosition: 'before', space: false, decimals: 0 }],
    ['€\u00A01.552.000,00', 'euro', { euroPosition: 'before', space: true, spaceChar: '\u00A0' }],
    ['1.552.000,00\u202F€', 'euro', { space: true, spaceChar: '\u202F' }],
    ['82%', 'percent', { space: false, decimals: 0, parentheses: false }],
    ['82\u00A0%', 'percent', { space: true, spaceChar: '\u00A0' }],
    ['(95%)', 'percent', { parentheses: true }],
    ['84,80%', 'percent', { decimals: 2 }],
    ['+39', 'score', { plusSign: true }],
    ['8,7', 'score', { plusSign: false, decimals: 1 }],
    ['-12', 'score', { plusSign: true, minus: '-' }],
    ['\u221212', 'score', { minus: '\u2212' }],
    ['\u201312', 'score', { minus: '\u2013' }],
    ['1540', 'count', { thousands: false }],
    ['1.540', 'count', { thousands: true }],
    ['970', 'count', { thousands: true, plusSign: false }],
    ['720u45', 'duration', { minutes: true, decimals: 0 }],
    ['12u', 'duration', { minutes: false }],
    ['1234u05', 'duration', { thousands: false }],
  ])('%j has style %j', (shown, unit, style) => {
    expect(expectOk(parseFigure(shown, unit)).style).toMatchObject(style)
  })
})

describe('parseFigure: unreadable figures are reported, never guessed', () => {
  it.each<[string, FigureUnit, string, string]>([
    // shown, unit, part of the Dutch reason, part of the English reason
    ['12,3,4', 'decimal', 'meer dan één decimale komma', 'more than one decimal comma'],
    ['12,3,4', 'percent', 'procentteken', 'percent sign'],
    ['12,5', 'count', 'geheel getal', 'whole number'],
    ['82%', 'count', 'het teken "%" hoort niet bij een aantal', 'the "%" sign does not belong to a count'],
    ['1.035 (95%)', 'count', '"%"', '"%"'],
    ['12 €', 'count', '"€"', '"€"'],
    ['82%', 'euro', 'het teken "%" hoort niet bij een eurobedrag', 'does not belong to a euro amount'],
    ['82', 'percent', 'het procentteken (%) ontbreekt', 'the percent sign (%) is missing'],
    ['%82', 'percent', 'verkeerde plaats', 'wrong place'],
    ['82%%', 'percent', 'verkeerde plaats', 'wrong place'],
    ['1.552.000,00', 'euro', 'het euroteken (€) ontbreekt', 'the euro sign (€) is missing'],
    ['€ 12 €', 'euro', 'verkeerde plaats', 'wrong place'],
    ['1.54', 'count', 'duizendtallen', 'thousands'],
    ['15.40', 'decimal', 'duizendtallen', 'thousands'],
    ['12.5', 'decimal', 'gebruik een komma voor decimalen', 'use a comma for decimals'],
    ['1.5400', 'count', 'duizendtallen', 'thousands'],
    ['.540', 'count', 'duizendtallen', 'thousands'],
    ['1,234.5', 'decimal', 'een punt na de decimale komma', 'a dot after the decimal comma'],
    [',5', 'decimal', 'geen cijfers vóór de decimale komma', 'no digits before the decimal comma'],
    ['5,', 'decimal', 'geen cijfers na de decimale komma', 'no digits after the decimal comma'],
    ['abc', 'count', 'onverwacht teken "a"', 'unexpected character "a"'],
    ['12a', 'score', 'onverwacht teken "a"', 'unexpected character "a"'],
    ['1 540', 'count', 'spatie', 'space'],
    ['- 12', 'score', 'spatie', 'space'],
    ['--12', 'score', 'meer dan één plus- of minteken', 'more than one plus or minus sign'],
    ['+-12', 'score', 'meer dan één plus- of minteken', 'more than one plus or minus sign'],
    ['+', 'score', 'geen cijfers', 'no digits'],
    ['%', 'percent', 'geen cijfers', 'no digits'],
    ['()', 'count', 'geen cijfers', 'no digits'],
    ['8u75', 'duration', 'tussen 00 en 59', 'between 00 and 59'],
    ['8u60', 'duration', 'tussen 00 en 59', 'between 00 and 59'],
    ['8u5', 'duration', 'twee cijfers', 'two digits'],
    ['8u123', 'duration', 'twee cijfers', 'two digits'],
    ['720', 'duration', '"u"', '"u"'],
    ['u45', 'duration', 'geen uren', 'no hours'],
    ['8,5u', 'duration', 'geen decimale komma', 'no decimal comma'],
    ['8,5', 'duration', 'geen decimale komma', 'no decimal comma'],
    ['8u22u', 'duration', 'onverwacht teken "u"', 'unexpected character "u"'],
    ['8u2.2', 'duration', 'onverwacht teken "."', 'unexpected character "."'],
    ['1.23u05', 'duration', 'duizendtallen', 'thousands'],
    ['8h22', 'duration', 'onverwacht teken "h"', 'unexpected character "h"'],
    ['12%', 'duration', '"%"', '"%"'],
  ])('%j as %s is unreadable', (shown, unit, nl, en) => {
    const result = parseFigure(shown, unit)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.text).toBe(shown)
    expect(result.reason.nl).toContain(`"${shown.trim()}"`)
    expect(result.reason.en).toContain(`"${shown.trim()}"`)
    expect(result.reason.nl).toContain(nl)
    expect(result.reason.en).toContain(en)
  })

  it('words the reason as in the brief', () => {
    const result = parseFigure('12,3,4', 'decimal')
    expect(result).toEqual({
      ok: false,
      text: '12,3,4',
      reason: {
        nl: '"12,3,4" is geen geldig getal: meer dan één decimale komma',
        en: '"12,3,4" is not a valid number: more than one decimal comma',
      },
    })
  })

  it('calls a bad duration a duration', () => {
    const result = parseFigure('8u75', 'duration')
    expect(result.ok || result.reason.nl).toBe('"8u75" is geen geldige duur: de minuten moeten tussen 00 en 59 liggen')
  })

  it.each(['', '   ', '\u00A0'])('an empty text %j is unreadable, not zero', (shown) => {
    const result = parseFigure(shown, 'count')
    expect(result.ok).toBe(false)
    expect(result.ok || result.reason.nl).toContain('leeg')
    expect(result.ok || result.reason.en).toContain('empty')
  })

  it.each<unknown>([null, undefined, 12, {}])('non-text input %j does not crash', (shown) => {
    const result = parseFigure(shown as string, 'count')
    expect(result.ok).toBe(false)
  })
})
