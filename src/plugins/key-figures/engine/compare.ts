/**
 * Decides whether a printed figure agrees with the value the data gives.
 *
 * A printed figure is a rounded view of an exact value, and reports round in
 * different ways (66,67% may print as 66% or 67%). The tolerant rule accepts
 * any figure closer than one unit of its last printed digit; the rules are
 * tightened where rounding cannot be an excuse (a count or an amount copied
 * from one record) or where the organisation asks for it (half-up).
 */
import { decimalsOf, Dec, roundToStep, toDecimal } from './decimal.ts'
import { defaultStyle, formatFigure } from './format.ts'
import { exactMismatch, halfUpMismatch, tolerantMismatch, unreadableFigure, why } from './messages.ts'
import { parseFigure } from './parse.ts'
import type { BindingKind, FigureUnit, LocalizedText, ParsedFigureOk, PrintStyle, RoundingMode } from './types.ts'

export interface CompareInput {
  shown: string
  unit: FigureUnit
  /** Exact decimal string in the record convention. */
  expected: string
  binding: BindingKind
  rounding?: RoundingMode | null
  /**
   * Whether the figure shows a change (a `difference`), which is printed with its sign: "+39".
   * Anything else carries a "+" only where its unit's house style does (a score, "+39").
   */
  change?: boolean
}

export type ComparisonRule = 'exact' | 'tolerant' | 'half-up'

interface CompareBase {
  rule: ComparisonRule
  /** Exact expected value, as given. */
  expectedValue: string
  /** Expected value printed in the style of the shown text, ready to paste. */
  expected: string
  /**
   * The exact value printed in the style of the shown text as it is (the unit's house style when
   * the text is unreadable). Equal to `expected` except for a figure copied exactly from one
   * record, where `expected` keeps every decimal of the data.
   */
  formatted: string
}

export interface CompareOk extends CompareBase {
  ok: true
  parsed: ParsedFigureOk
  shownValue: string
}

export interface CompareMismatch extends CompareBase {
  ok: false
  kind: 'mismatch'
  parsed: ParsedFigureOk
  shownValue: string
  reason: LocalizedText
}

export interface CompareUnreadable extends CompareBase {
  ok: false
  kind: 'unreadable'
  shownValue?: undefined
  reason: LocalizedText
}

export type CompareResult = CompareOk | CompareMismatch | CompareUnreadable

/**
 * A count or euro amount that simply shows one record is copied, not
 * computed, so any difference at all is an error. Everything else is
 * compared with the rounding rule (tolerant unless half-up is requested).
 */
export function comparisonRule(
  unit: FigureUnit,
  binding: BindingKind,
  rounding?: RoundingMode | null,
): ComparisonRule {
  if (binding === 'record' && (unit === 'count' || unit === 'euro')) return 'exact'
  return rounding === 'half-up' ? 'half-up' : 'tolerant'
}

/**
 * Style for printing an expected value when the editor's text gave no style
 * to copy. A record value is shown with all its stored decimals (so
 * "84.80" percent reads 84,80%, not 85%); a computed decimal number is capped
 * at two decimals instead of printing fifty digits of a quotient.
 */
export function fallbackStyle(unit: FigureUnit, expected: string, binding: BindingKind): PrintStyle {
  const style = defaultStyle(unit, expected)
  if (unit === 'duration') return style
  const own = decimalsOf(expected)
  if (binding === 'record') return { ...style, decimals: Math.max(style.decimals, own) }
  if (unit === 'decimal') return { ...style, decimals: Math.min(own, 2) }
  return style
}

/** Whether a figure may be printed with a "+": a change, or a unit whose house style signs it. */
export function mayCarryPlus(unit: FigureUnit, change: boolean): boolean {
  return change || defaultStyle(unit).plusSign
}

/**
 * Compares a printed figure with its expected value.
 * Throws a RangeError only when `expected` itself is not a decimal string:
 * that is a programming error, not an editor's mistake.
 */
export function compareFigure(input: CompareInput): CompareResult {
  const { shown, unit, binding } = input
  const expectedNumber = toDecimal(input.expected)
  if (expectedNumber === null) {
    throw new RangeError(`compareFigure: expected value ${JSON.stringify(input.expected)} is not a decimal string`)
  }
  const expectedValue = String(input.expected).trim()
  const rule = comparisonRule(unit, binding, input.rounding)

  const parsed = parseFigure(shown, unit)
  if (!parsed.ok) {
    const expected = formatFigure(expectedValue, unit, fallbackStyle(unit, expectedValue, binding))
    return { ok: false, kind: 'unreadable', rule, expectedValue, expected, formatted: expected, reason: parsed.reason }
  }

  if (parsed.sign === '+' && !mayCarryPlus(unit, input.change === true)) {
    // Readable, but printed as a change it is not: judged like an unreadable text, and the value
    // offered to copy is printed without the sign.
    const style = { ...parsed.style, plusSign: false }
    const decimals = rule === 'exact' ? Math.max(style.decimals, decimalsOf(expectedValue)) : style.decimals
    const expected = formatFigure(expectedValue, unit, { ...style, decimals })
    const reason = unreadableFigure(shown.trim(), unit, why.plusWithoutChange(formatFigure(parsed.value, unit, style)))
    return { ok: false, kind: 'unreadable', rule, expectedValue, expected, formatted: formatFigure(expectedValue, unit, style), reason }
  }

  const shownNumber = new Dec(parsed.value)
  const step = new Dec(parsed.step)
  let agrees: boolean
  let expected: string
  let formatted: string
  if (rule === 'exact') {
    agrees = shownNumber.eq(expectedNumber)
    // Never round the value we ask the editor to copy exactly.
    const decimals = Math.max(parsed.style.decimals, decimalsOf(expectedValue))
    expected = formatFigure(expectedValue, unit, { ...parsed.style, decimals })
    formatted = decimals === parsed.style.decimals ? expected : formatFigure(expectedValue, unit, parsed.style)
  } else {
    agrees =
      rule === 'tolerant'
        ? shownNumber.minus(expectedNumber).abs().lt(step)
        : roundToStep(expectedNumber, step).eq(shownNumber)
    expected = formatFigure(expectedValue, unit, parsed.style)
    formatted = expected
  }

  const text = shown.trim()
  if (agrees) return { ok: true, rule, parsed, shownValue: parsed.value, expectedValue, expected, formatted }
  const reason =
    rule === 'exact'
      ? exactMismatch(text, expected)
      : rule === 'half-up'
        ? halfUpMismatch(text, expected)
        : tolerantMismatch(text, expected)
  return { ok: false, kind: 'mismatch', rule, parsed, shownValue: parsed.value, expectedValue, expected, formatted, reason }
}
