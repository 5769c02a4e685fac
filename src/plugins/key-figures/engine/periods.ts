/**
 * Periods of a dataset series: a year ("2024") or a range of years ("2021-2025", a policy period).
 * Pure: used by the engine (ordering and naming the periods a figure compares) and by the roll
 * forward planner (which period follows which).
 */

export interface Period {
  start: number
  end: number
}

const YEAR = /^\s*(\d{4})\s*$/
const RANGE = /^\s*(\d{4})\s*[-\u2013]\s*(\d{4})\s*$/

/** "2024" -> 2024..2024, "2021-2025" (hyphen or en dash) -> 2021..2025; anything else null. */
export function parsePeriod(text: unknown): Period | null {
  if (typeof text === 'number' && Number.isInteger(text)) return { end: text, start: text }
  if (typeof text !== 'string') return null
  const year = YEAR.exec(text)
  if (year) return { end: Number(year[1]), start: Number(year[1]) }
  const range = RANGE.exec(text)
  if (!range) return null
  const start = Number(range[1])
  const end = Number(range[2])
  return end >= start ? { end, start } : null
}

/** The period as it is written: "2024" or "2021-2025". */
export function formatPeriod(period: Period): string {
  return period.start === period.end ? String(period.start) : `${period.start}-${period.end}`
}

/** Orders periods by their first year, then their last; unreadable periods last. */
export function comparePeriods(a: unknown, b: unknown): number {
  const left = parsePeriod(a)
  const right = parsePeriod(b)
  if (!left || !right) return left ? -1 : right ? 1 : 0
  return left.start - right.start || left.end - right.end
}

/** Whether a period covers a year ("2021-2025" covers 2025). */
export function periodCovers(period: unknown, year: number): boolean {
  const parsed = parsePeriod(period)
  return parsed !== null && parsed.start <= year && year <= parsed.end
}

/**
 * The period a figure of `fromYear`'s report moves to in `toYear`'s report: a period that covers
 * the new year already stays (a policy period 2021-2025 serves the 2025 report too); otherwise
 * the period moves by the years between the two reports, keeping its length ("2024" -> "2025",
 * "2023" in a change figure -> "2024"). Null when the period cannot be read.
 */
export function nextPeriod(period: unknown, fromYear: number, toYear: number): string | null {
  const parsed = parsePeriod(period)
  if (!parsed) return null
  if (parsed.end - parsed.start > 0 && parsed.start <= toYear && toYear <= parsed.end) return formatPeriod(parsed)
  const shift = toYear - fromYear
  return formatPeriod({ end: parsed.end + shift, start: parsed.start + shift })
}

/**
 * The series key a dataset gets when it names none: its slug without a trailing period
 * ("vraaggestuurde-werking-2024" with period 2024 -> "vraaggestuurde-werking"), else the slug as
 * it is, so every dataset is a series of at least one period.
 */
export function seriesKeyOf(slug: string, period: unknown): string {
  const parsed = parsePeriod(period)
  if (parsed) {
    const suffix = `-${formatPeriod(parsed)}`
    if (slug.endsWith(suffix) && slug.length > suffix.length) return slug.slice(0, -suffix.length)
  }
  return slug
}
