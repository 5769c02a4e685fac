/**
 * Exact decimal arithmetic for figures.
 *
 * JavaScript numbers cannot hold 0.1 exactly, so a report that checks
 * "0,1 + 0,2 = 0,3" with them would flag correct figures. All value
 * arithmetic in the engine therefore goes through this private Decimal clone,
 * whose settings cannot be changed by other code that also uses decimal.js.
 */
import { Decimal as DecimalJs } from 'decimal.js'

/**
 * 50 significant digits keeps non-terminating quotients (114/171) far more
 * precise than any printed figure, so nothing is rounded before comparing.
 * The exponent limits make `toString()` never fall back to exponent notation.
 */
export const Dec = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
})

export type Dec = DecimalJs

/** A record value: optional sign, digits, optional "." and decimals. */
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/

/**
 * Reads a stored value strictly. Anything that is not a plain decimal
 * (including "", "1e3", "NaN", "12,5") gives null so callers can report it
 * instead of silently treating it as zero.
 */
export function toDecimal(value: unknown): Dec | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Dec(value) : null
  }
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (!DECIMAL_STRING.test(text)) return null
  return new Dec(text)
}

export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_STRING.test(value.trim())
}

/** Plain notation, no exponent, and never "-0". */
export function toPlain(value: Dec): string {
  if (value.isZero()) return value.abs().toFixed()
  return value.toFixed()
}

/** Plain notation with exactly `decimals` digits after the point. */
export function toPlainFixed(value: Dec, decimals: number): string {
  const fixed = value.toFixed(decimals, DecimalJs.ROUND_HALF_UP)
  return /^-0(?:\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed
}

/**
 * Digits after the point as written in the string; "12.80" has two, even
 * though decimal.js would report one. Written precision matters for printing.
 */
export function decimalsOf(value: string | number): number {
  const text = String(value).trim()
  const point = text.indexOf('.')
  return point === -1 ? 0 : text.length - point - 1
}

/** One unit of the last of `decimals` digits: 0 -> "1", 2 -> "0.01". */
export function stepForDecimals(decimals: number): string {
  return decimals <= 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`
}

/**
 * Rounds to a whole multiple of `step`, half away from zero. Working with a
 * step rather than a digit count lets durations round to whole hours (60).
 */
export function roundToStep(value: Dec, step: Dec | string): Dec {
  const unit = typeof step === 'string' ? new Dec(step) : step
  return value.div(unit).toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP).times(unit)
}

export function sumOf(values: readonly Dec[]): Dec {
  return values.reduce<Dec>((total, value) => total.plus(value), new Dec(0))
}
