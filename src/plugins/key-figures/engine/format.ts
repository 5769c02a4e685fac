/**
 * Prints values the way the nl-BE annual report prints them.
 *
 * Formatting is the inverse of parsing: the engine offers editors a corrected
 * figure in the style they already used, so it must be able to reproduce
 * every style the parser accepts.
 */
import { Dec, decimalsOf, roundToStep, toDecimal, toPlainFixed } from './decimal.ts'
import type { FigureUnit, PrintStyle } from './types.ts'

const BASE_STYLE: PrintStyle = {
  decimals: 0,
  thousands: true,
  plusSign: false,
  minus: '-',
  euroPosition: 'after',
  space: false,
  spaceChar: ' ',
  minutes: true,
  parentheses: false,
}

const UNIT_DEFAULTS: Record<FigureUnit, Partial<PrintStyle>> = {
  count: {},
  percent: {},
  score: { plusSign: true },
  duration: {},
  euro: { decimals: 2, space: true },
  decimal: {},
}

/**
 * The report's house style for a unit. For `decimal` the value (when given)
 * decides the decimals, because there is no single sensible default there.
 */
export function defaultStyle(unit: FigureUnit, value?: string): PrintStyle {
  const style: PrintStyle = { ...BASE_STYLE, ...UNIT_DEFAULTS[unit] }
  if (unit === 'decimal' && value !== undefined) style.decimals = decimalsOf(value)
  return style
}

/** Caps silly requests so a bad style can never allocate a giant string. */
const MAX_DECIMALS = 60

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** Absolute value as "1.234,56", without sign or unit. */
function printMagnitude(plain: string, thousands: boolean): string {
  const unsigned = plain.startsWith('-') ? plain.slice(1) : plain
  const [integer = '0', fraction] = unsigned.split('.')
  const grouped = thousands ? groupThousands(integer) : integer
  return fraction === undefined ? grouped : `${grouped},${fraction}`
}

function printDuration(value: Dec, style: PrintStyle): { negative: boolean; positive: boolean; body: string } {
  // Fractional minutes are rounded half-up to the printed precision, so
  // 502.85 minutes prints as 8u23 and 525 minutes as "9u" in hours-only style.
  const rounded = roundToStep(value, style.minutes ? '1' : '60')
  const total = rounded.abs()
  const hours = total.divToInt(60)
  const hoursText = printMagnitude(hours.toFixed(0), style.thousands)
  const body = style.minutes ? `${hoursText}u${total.mod(60).toFixed(0).padStart(2, '0')}` : `${hoursText}u`
  return { negative: rounded.isNegative() && !rounded.isZero(), positive: rounded.isPositive() && !rounded.isZero(), body }
}

/** An explicit `undefined` in a partial style means "no preference", not "unset". */
function definedOnly(style: Partial<PrintStyle> | undefined): Partial<PrintStyle> {
  const defined: Record<string, unknown> = {}
  if (!style) return defined
  // A plain loop: this runs for every figure on every check and every read.
  for (const key in style) {
    const setting = (style as Record<string, unknown>)[key]
    if (setting !== undefined) defined[key] = setting
  }
  return defined as Partial<PrintStyle>
}

/**
 * Prints an exact decimal string as the report would. Missing style fields
 * fall back to the unit's house style. Rounds half away from zero when the
 * style has fewer decimals than the value. A value that is not a decimal
 * string is returned unchanged: printing must never hide bad data as "0".
 */
export function formatFigure(value: string, unit: FigureUnit, style?: Partial<PrintStyle>): string {
  const number = toDecimal(value)
  if (number === null) return String(value)
  const defaults = defaultStyle(unit, String(value).trim())
  const merged: PrintStyle = { ...defaults, ...definedOnly(style) }
  const decimals =
    Number.isInteger(merged.decimals) && merged.decimals >= 0
      ? Math.min(merged.decimals, MAX_DECIMALS)
      : defaults.decimals

  let negative: boolean
  let positive: boolean
  let body: string
  if (unit === 'duration') {
    ;({ negative, positive, body } = printDuration(number, merged))
  } else {
    const plain = toPlainFixed(number, decimals)
    const rounded = new Dec(plain)
    negative = rounded.isNegative() && !rounded.isZero()
    positive = rounded.isPositive() && !rounded.isZero()
    body = printMagnitude(plain, merged.thousands)
  }

  const signed = `${negative ? merged.minus : positive && merged.plusSign ? '+' : ''}${body}`
  const gap = merged.space ? merged.spaceChar : ''
  let printed = signed
  if (unit === 'percent') printed = `${signed}${gap}%`
  if (unit === 'euro') printed = merged.euroPosition === 'before' ? `€${gap}${signed}` : `${signed}${gap}€`
  return merged.parentheses ? `(${printed})` : printed
}
