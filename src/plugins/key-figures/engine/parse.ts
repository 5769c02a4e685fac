/**
 * Reads figures as they are printed in the nl-BE annual report.
 *
 * The parser is deliberately strict: a figure the engine cannot read with
 * certainty is reported (with the reason, quoting the text) rather than
 * guessed, because a wrong guess would let a wrong figure pass the check.
 */
import { Dec, stepForDecimals, toPlain } from './decimal.ts'
import { unreadableFigure, why } from './messages.ts'
import type {
  FigureUnit,
  LocalizedText,
  MinusSign,
  ParsedFigure,
  ParsedFigureOk,
  PrintStyle,
  SpaceChar,
} from './types.ts'
import { defaultStyle, formatFigure } from './format.ts'

const MINUS_SIGNS: readonly string[] = ['-', '\u2212', '\u2013']
const LEADING_SPACE = /^\s+/
const TRAILING_SPACE = /\s+$/
/** "1.540", "1.552.000": thousands groups of exactly three digits. */
const GROUPED_INTEGER = /^\d{1,3}(?:\.\d{3})+$/

type Step<T> = { ok: true; value: T } | { ok: false; reason: LocalizedText }

interface NumberParts {
  negative: boolean
  /** Digits only, leading zeros removed ("0" stays). */
  integer: string
  /** Digits after the decimal comma, as printed. */
  fraction: string
  /** Evidence about thousands dots: true, false, or null when the number is too short to tell. */
  thousands: boolean | null
  /** Whether the integer part was printed with zeros in front ("0171"). */
  leadingZeros: boolean
}

function isSpaceChar(char: string | undefined): char is SpaceChar {
  return char === ' ' || char === '\u00A0' || char === '\u202F'
}

/** The first space of a run, mapped to a space we know how to reproduce. */
function spaceCharOf(run: string): SpaceChar {
  const first = run[0]
  return isSpaceChar(first) ? first : ' '
}

/**
 * Parses the integer part of a number ("1.540", "1540", "0"). Dots are
 * accepted only as thousands separators, because in nl-BE "1.540" is 1540
 * and reading "1.54" as 1,54 would silently change the value a hundredfold.
 */
function readInteger(text: string): Step<{ digits: string; thousands: boolean | null; leadingZeros: boolean }> {
  if (text.includes('.')) {
    if (!GROUPED_INTEGER.test(text)) return { ok: false, reason: why.badThousands }
    const digits = text.replace(/\./g, '')
    return { ok: true, value: { digits: stripZeros(digits), thousands: true, leadingZeros: hasLeadingZeros(digits) } }
  }
  if (!/^\d+$/.test(text)) return { ok: false, reason: why.noDigits }
  return { ok: true, value: { digits: stripZeros(text), thousands: text.length >= 4 ? false : null, leadingZeros: hasLeadingZeros(text) } }
}

/** "0171", "00,5", "0.171": a zero the report never prints. A lone "0" (as in "0,5") is no such zero. */
function hasLeadingZeros(digits: string): boolean {
  return digits.length > 1 && digits.startsWith('0')
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '')
}

function firstUnexpected(text: string, allowed: RegExp): string | null {
  for (const char of text) {
    if (!allowed.test(char)) return char
  }
  return null
}

function readDecimalBody(body: string, unit: FigureUnit): Step<Omit<NumberParts, 'negative'>> {
  if (body === '') return { ok: false, reason: why.noDigits }
  const unexpected = firstUnexpected(body, /[0-9.,]/)
  if (unexpected !== null) {
    if (unexpected === '+' || MINUS_SIGNS.includes(unexpected)) return { ok: false, reason: why.doubleSign }
    return { ok: false, reason: why.unexpectedChar(unexpected) }
  }
  const pieces = body.split(',')
  if (pieces.length > 2) return { ok: false, reason: why.multipleCommas }
  const [integerText = '', fraction] = pieces
  if (fraction !== undefined) {
    if (fraction.includes('.')) return { ok: false, reason: why.dotAfterComma }
    if (integerText === '') return { ok: false, reason: why.nothingBeforeComma }
    if (fraction === '') return { ok: false, reason: why.nothingAfterComma }
    if (unit === 'count') return { ok: false, reason: why.countNotInteger }
  }
  if (integerText === '') return { ok: false, reason: why.noDigits }
  const integer = readInteger(integerText)
  if (!integer.ok) return integer
  return {
    ok: true,
    value: { integer: integer.value.digits, fraction: fraction ?? '', thousands: integer.value.thousands, leadingZeros: integer.value.leadingZeros },
  }
}

interface DurationParts {
  hours: string
  minutes: string | null
  thousands: boolean | null
  leadingZeros: boolean
}

function readDurationBody(body: string): Step<DurationParts> {
  if (body === '') return { ok: false, reason: why.noDigits }
  const unexpected = firstUnexpected(body, /[0-9.,uU]/)
  if (unexpected !== null) {
    if (unexpected === '+' || MINUS_SIGNS.includes(unexpected)) return { ok: false, reason: why.doubleSign }
    return { ok: false, reason: why.unexpectedChar(unexpected) }
  }
  const pieces = body.split(/[uU]/)
  if (pieces.length === 1) {
    return { ok: false, reason: body.includes(',') ? why.durationComma : why.durationNoU }
  }
  if (pieces.length > 2) return { ok: false, reason: why.unexpectedChar(body.match(/[uU]/g)?.[1] ?? 'u') }
  const [hoursText = '', minutesText = ''] = pieces
  if (hoursText.includes(',') || minutesText.includes(',')) return { ok: false, reason: why.durationComma }
  if (hoursText === '') return { ok: false, reason: why.durationNoHours }
  const hours = readInteger(hoursText)
  if (!hours.ok) return hours
  if (minutesText === '') {
    return { ok: true, value: { hours: hours.value.digits, minutes: null, thousands: hours.value.thousands, leadingZeros: hours.value.leadingZeros } }
  }
  if (!/^\d+$/.test(minutesText)) return { ok: false, reason: why.unexpectedChar(firstUnexpected(minutesText, /\d/) ?? '.') }
  if (minutesText.length !== 2) return { ok: false, reason: why.minutesTwoDigits }
  if (Number(minutesText) > 59) return { ok: false, reason: why.minutesOver59 }
  return {
    ok: true,
    value: { hours: hours.value.digits, minutes: minutesText, thousands: hours.value.thousands, leadingZeros: hours.value.leadingZeros },
  }
}

/**
 * Parses a printed figure into its exact value in the record convention.
 * Never throws: anything unreadable comes back as `{ ok: false, reason }`.
 */
export function parseFigure(shown: string, unit: FigureUnit): ParsedFigure {
  const original = typeof shown === 'string' ? shown : String(shown ?? '')
  const text = original.trim()
  const fail = (reason: LocalizedText): ParsedFigure => ({
    ok: false,
    reason: unreadableFigure(text, unit, reason),
    text: original,
  })
  if (typeof shown !== 'string') return fail(why.notText)
  if (text === '') return fail(why.empty)

  let rest = text
  let parentheses = false
  if (rest.startsWith('(') && rest.endsWith(')')) {
    parentheses = true
    rest = rest.slice(1, -1).trim()
  }

  // A sign may stand before the € ("-€ 12") or right after it ("€ -12").
  let sign: string | null = null
  const takeSign = (): void => {
    const first = rest[0]
    if (first !== undefined && (first === '+' || MINUS_SIGNS.includes(first))) {
      sign = first
      rest = rest.slice(1)
    }
  }
  takeSign()

  let euroPosition: PrintStyle['euroPosition'] | null = null
  let percent = false
  let spaceRun: string | null = null

  if (rest.startsWith('€')) {
    euroPosition = 'before'
    rest = rest.slice(1)
    const run = LEADING_SPACE.exec(rest)
    if (run) {
      spaceRun = run[0]
      rest = rest.slice(run[0].length)
    }
    if (sign === null) takeSign()
  } else if (rest.endsWith('€')) {
    euroPosition = 'after'
    rest = rest.slice(0, -1)
    const run = TRAILING_SPACE.exec(rest)
    if (run) {
      spaceRun = run[0]
      rest = rest.slice(0, -run[0].length)
    }
  }
  if (rest.endsWith('%')) {
    percent = true
    rest = rest.slice(0, -1)
    const run = TRAILING_SPACE.exec(rest)
    if (run) {
      spaceRun = run[0]
      rest = rest.slice(0, -run[0].length)
    }
  }

  if (unit !== 'euro' && (euroPosition !== null || rest.includes('€'))) return fail(why.symbolNotForUnit('€', unit))
  if (unit !== 'percent' && (percent || rest.includes('%'))) return fail(why.symbolNotForUnit('%', unit))
  if (rest.includes('€') || rest.includes('%')) return fail(why.misplacedSymbol(rest.includes('€') ? '€' : '%'))
  if (unit === 'euro' && euroPosition === null) return fail(why.missingEuro)
  if (unit === 'percent' && !percent) return fail(why.missingPercent)
  if (/\s/.test(rest)) {
    // Said with the figure it would be: the same characters without the spaces, in the house
    // style's thousands grouping ("1 540" -> "1.540").
    const compact = parseFigure(text.replace(rest, rest.replace(/\s+/g, '')), unit)
    return fail(why.innerSpace(compact.ok ? formatFigure(compact.value, unit, { ...compact.style, thousands: true }) : null))
  }

  const negative = sign !== null && sign !== '+'
  const defaults = defaultStyle(unit)
  const baseStyle = (thousands: boolean | null, positive: boolean): PrintStyle => ({
    ...defaults,
    thousands: thousands ?? defaults.thousands,
    // A "+" proves the style; a positive number without one disproves it;
    // zero and negative numbers say nothing, so the unit default stays.
    plusSign: sign === '+' ? true : positive ? false : defaults.plusSign,
    minus: negative ? (sign as MinusSign) : defaults.minus,
    euroPosition: euroPosition ?? defaults.euroPosition,
    space: unit === 'euro' || unit === 'percent' ? spaceRun !== null : defaults.space,
    spaceChar: spaceRun !== null ? spaceCharOf(spaceRun) : defaults.spaceChar,
    parentheses,
  })
  const explicitSign: ParsedFigureOk['sign'] = sign === null ? null : sign === '+' ? '+' : '-'

  let result: ParsedFigureOk
  let leadingZeros: boolean
  if (unit === 'duration') {
    const parts = readDurationBody(rest)
    if (!parts.ok) return fail(parts.reason)
    const { hours, minutes, thousands } = parts.value
    leadingZeros = parts.value.leadingZeros
    const total = new Dec(hours).times(60).plus(minutes ?? '0')
    const signed = negative ? total.neg() : total
    result = {
      ok: true,
      value: toPlain(signed),
      unit,
      decimals: 0,
      step: minutes === null ? '60' : '1',
      style: { ...baseStyle(thousands, !negative && !total.isZero()), decimals: 0, minutes: minutes !== null },
      sign: explicitSign,
    }
  } else {
    const parts = readDecimalBody(rest, unit)
    if (!parts.ok) return fail(parts.reason)
    const { integer, fraction, thousands } = parts.value
    leadingZeros = parts.value.leadingZeros
    const isZero = /^0+$/.test(integer + fraction)
    result = {
      ok: true,
      value: `${negative && !isZero ? '-' : ''}${integer}${fraction === '' ? '' : `.${fraction}`}`,
      unit,
      decimals: fraction.length,
      step: stepForDecimals(fraction.length),
      style: { ...baseStyle(thousands, !negative && !isZero), decimals: fraction.length },
      sign: explicitSign,
    }
  }

  // Readable, but never printed so: said with the figure as the report would print it.
  if (leadingZeros) return fail(why.leadingZeros(formatFigure(result.value, unit, result.style)))
  if (explicitSign !== null && new Dec(result.value).isZero()) return fail(why.signedZero(formatFigure(result.value, unit, { ...result.style, plusSign: false })))
  return result
}
