/**
 * Reads a record's value as a person or a file gives it, into the stored convention: an exact
 * decimal string with a point ("1552000.00", minutes for a duration, points for a percentage).
 *
 * One reader for every way a value comes in (the admin, REST, GraphQL, the Local API and the
 * dataset import), so the same text is never stored by one and refused by another.
 */
import { Dec, toPlain } from './decimal.ts'
import { recordValueWhy } from './messages.ts'
import { parseFigure } from './parse.ts'
import type { FigureUnit, LocalizedText } from './types.ts'

export type RecordValueReading = { ok: true; value: string } | { ok: false; reason: LocalizedText }

/** "1.540" or "1,540": a thousands group in one notation, a decimal part in the other. */
const AMBIGUOUS = /^[-−+]?[1-9]\d{0,2}[.,]\d{3}$/
/** "1540", "-3.2", "+39", "1540.50". */
const INTERNATIONAL = /^([-+]?)(\d+)(?:\.(\d+))?$/
/** "1,552,000.00": commas that group thousands, a point for decimals. */
const INTERNATIONAL_GROUPED = /^([-+]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/

/** Sign, digits and decimals as written, without leading zeros and never "-0" ("-0.00" is "0.00"). */
const canonical = (sign: string, integer: string, fraction: string | undefined): string => {
  const digits = integer.replace(/^0+(?=\d)/, '')
  const zero = /^0+$/.test(digits + (fraction ?? ''))
  return `${sign === '-' && !zero ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`
}

/**
 * Accepts plain international notation ("1540", "1540.50", "-3.2", "1,552,000.00"), the report's
 * printed nl-BE style for the unit ("1.552.000,00 €", "82%", "720u45", "8,7", read by
 * `parseFigure` with its rules) and a finite number (a JSON number is unambiguous). Decimals are
 * kept as written ("1540.50" keeps its cents for printing). Refuses "1.540" and "1,540": 1540 in
 * one notation and 1.54 in the other, and a wrong guess changes a figure a thousandfold.
 * Never throws.
 */
export function readRecordValue(input: unknown, unit: FigureUnit): RecordValueReading {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: toPlain(new Dec(input)) } : { ok: false, reason: recordValueWhy.notFinite(String(input)) }
  }
  if (typeof input !== 'string') return { ok: false, reason: recordValueWhy.notText }
  const text = input.trim()
  if (text === '') return { ok: false, reason: recordValueWhy.empty }
  if (AMBIGUOUS.test(text)) {
    const unsigned = text.replace(/^[-−+]/, '')
    const negative = /^[-−]/.test(text) ? '-' : ''
    const thousands = `${negative}${unsigned.replace(/[.,]/, '')}`
    const decimal = `${negative}${unsigned.replace(',', '.')}`
    // The decimal reading written so that it cannot be read the other way: "1.54", or "1.5450".
    const shortened = toPlain(new Dec(decimal))
    const unambiguousDecimal = AMBIGUOUS.test(shortened) ? `${decimal}0` : shortened
    return { ok: false, reason: recordValueWhy.ambiguous(text, thousands, decimal, unambiguousDecimal) }
  }
  const plain = INTERNATIONAL.exec(text) ?? INTERNATIONAL_GROUPED.exec(text)
  if (plain) return { ok: true, value: canonical(plain[1], plain[2].replace(/,/g, ''), plain[3]) }
  const parsed = parseFigure(text, unit)
  if (parsed.ok) return { ok: true, value: parsed.value }
  return { ok: false, reason: recordValueWhy.notANumber(text, parsed.reason) }
}

/**
 * A stored value (`readRecordValue`'s output) as text that `readRecordValue` reads back as exactly
 * that value, in every unit: what the dataset export writes. Only a value shaped like a thousands
 * group ("1.540", "-12.345": three decimals after one to three digits) changes: it gets a leading
 * zero ("01.540"), which no thousands-grouped number has, so it can only be international
 * notation, and the reader drops leading zeros. Writing "1.5400" or "1.54" instead would change
 * the stored text (its decimals are printed).
 */
export function writeRecordValue(stored: string): string {
  return AMBIGUOUS.test(stored) ? stored.replace(/^([-−+]?)/, '$10') : stored
}
