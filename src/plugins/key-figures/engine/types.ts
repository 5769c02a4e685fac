/**
 * The vocabulary shared by every part of the key-figure engine.
 *
 * Everything here is plain data so that the engine can run in a hook, in a
 * script or in a test without Payload, React or a database being present.
 */

/** Every kind of figure the annual report prints. */
export const FIGURE_UNITS = ['count', 'percent', 'score', 'duration', 'euro', 'decimal'] as const

/**
 * How a record value is to be read:
 * - `count`: whole number of things;
 * - `percent`: percentage points ("82" means 82%);
 * - `score`: signed number such as an NPS ("+39" is stored as "39");
 * - `duration`: MINUTES ("43245" is printed as 720u45);
 * - `euro`: euros, cents as decimals;
 * - `decimal`: any number.
 */
export type FigureUnit = (typeof FIGURE_UNITS)[number]

export function isFigureUnit(value: unknown): value is FigureUnit {
  return typeof value === 'string' && (FIGURE_UNITS as readonly string[]).includes(value)
}

export const OPERATIONS = ['sum', 'difference', 'percentage', 'ratio', 'average', 'change', 'growth', 'series'] as const

/**
 * Operations over the periods of one series: their operands are the same key in different
 * periods (`change`, `growth`: this period, then the earlier one; `series`: one per period).
 */
export const PERIOD_OPERATIONS = ['change', 'growth', 'series'] as const

export type PeriodOperation = (typeof PERIOD_OPERATIONS)[number]

export function isPeriodOperation(value: unknown): value is PeriodOperation {
  return typeof value === 'string' && (PERIOD_OPERATIONS as readonly string[]).includes(value)
}

/** How a derived figure is computed from its operand records. */
export type Operation = (typeof OPERATIONS)[number]

export function isOperation(value: unknown): value is Operation {
  return typeof value === 'string' && (OPERATIONS as readonly string[]).includes(value)
}

/** Every text an editor may read comes in both admin languages. */
export interface LocalizedText {
  nl: string
  en: string
}

/** The report uses the hyphen, the real minus sign and the en dash as minus. */
export type MinusSign = '-' | '\u2212' | '\u2013'

/** Spaces that occur between a number and its € or % sign. */
export type SpaceChar = ' ' | '\u00A0' | '\u202F'

/**
 * How a figure was printed, so that a corrected value can be offered in the
 * very same style the editor used (and pasted without retouching).
 */
export interface PrintStyle {
  /** Digits after the decimal comma. Always 0 for durations (see `minutes`). */
  decimals: number
  /**
   * Whether "." groups thousands. A short number such as "970" gives no
   * evidence either way, so it keeps the default (true); only an unbroken
   * "1540" turns it off.
   */
  thousands: boolean
  /** Whether a positive value carries an explicit "+". */
  plusSign: boolean
  /** Which character prints a negative sign. */
  minus: MinusSign
  /** Where the € sign stands (euro only). */
  euroPosition: 'before' | 'after'
  /** Whether a space separates the number from its € or % sign. */
  space: boolean
  /** Which space that is, when there is one. */
  spaceChar: SpaceChar
  /** Durations: whether minutes were printed ("8u22") or only hours ("8u"). */
  minutes: boolean
  /** Whether the figure stood in one pair of parentheses, e.g. "(95%)". */
  parentheses: boolean
}

export interface ParsedFigureOk {
  ok: true
  /** Exact decimal string in the record convention, never with an exponent. */
  value: string
  unit: FigureUnit
  /** Digits after the decimal comma as printed (0 for durations). */
  decimals: number
  /**
   * One unit of the last printed digit, in the record convention: "1",
   * "0.1", "0.01"; for durations "1" (a minute) or "60" (hours only).
   */
  step: string
  style: PrintStyle
  /** The sign as printed: "+", "-" (any minus), or null when there was none. */
  sign: '+' | '-' | null
}

export interface ParsedFigureError {
  ok: false
  /** Quotes the text and says why it cannot be read. */
  reason: LocalizedText
  /** The text exactly as it was given. */
  text: string
}

export type ParsedFigure = ParsedFigureOk | ParsedFigureError

/**
 * `tolerant`: anything closer than one unit of the last printed digit passes,
 * so both rounding and truncation are accepted. `half-up`: only the value
 * rounded half-up to the printed precision passes.
 */
export type RoundingMode = 'tolerant' | 'half-up'

/** A figure either shows one record as is, or something computed from records. */
export type BindingKind = 'record' | 'derived'

/* ------------------------------------------------------------------------ */
/* Document-level types                                                      */
/* ------------------------------------------------------------------------ */

/** Database ids are numbers (SQL) or strings (MongoDB); never assume which. */
export type RecordId = string | number

/**
 * A relationship as Payload may hand it over: a bare id, a populated
 * document, or a polymorphic `{ relationTo, value }` pair.
 */
export type RecordRef = RecordId | { id: RecordId } | { relationTo?: string; value: RecordId | { id: RecordId } }

export interface FigureBinding {
  record?: RecordRef | null
  operation?: Operation | null
  operands?: RecordRef[] | null
  rounding?: RoundingMode | null
}

/**
 * One record a rolled-forward figure waits for: the same key in the next period's dataset, which
 * has no such record yet. Set by the roll forward, cleared when an import brings the record.
 */
export interface AwaitedRecord {
  dataset: RecordId
  series: string
  period: string
  key: string
}

/**
 * What a figure copied into next year's report waits for, in operand order (one entry for a
 * `record` figure). While it is set the figure is neither ok nor wrong: it awaits data.
 */
export interface AwaitingData {
  records: AwaitedRecord[]
}

export interface FigureInput extends FigureBinding {
  /** Set on a rolled-forward figure until its new period's records exist. */
  awaiting?: AwaitingData | null
  /** Where the figure lives in the document; echoed into findings. */
  path: string
  label: string
  /** The figure as the editor typed it. */
  shown: string
  unit: FigureUnit
  id?: string
}

export interface DatasetInfo {
  id: RecordId
  slug: string
  title: string
  published: boolean
  period?: string
  /** The series the dataset is one period of (records keep their key across its periods). */
  series?: string
}

export interface RecordInfo {
  id: RecordId
  key: string
  label: string
  /** Exact decimal string in the convention of `unit`. */
  value: string
  unit: FigureUnit
  dataset: DatasetInfo
}

export type FindingKind = 'mismatch' | 'unreadable' | 'unresolved' | 'footing' | 'stale' | 'awaiting'

export interface FindingSource {
  /** Dataset slug(s); several slugs are joined with ", ". */
  dataset: string | null
  /** Record keys, in operand order. */
  records: string[]
  operation: Operation | 'record' | null
  /** The periods a figure over periods compares, in operand order (`change`: this, then earlier). */
  periods?: string[]
}

export interface Finding {
  kind: FindingKind
  path: string
  label: string
  shown: string
  /** The expected value printed in the style of `shown`, ready to paste. */
  expected: string | null
  shownValue: string | null
  expectedValue: string | null
  source: FindingSource
  message: LocalizedText
}

export interface FigureResult {
  path: string
  label: string
  id?: string
  ok: boolean
  status: 'ok' | FindingKind
  shown: string
  shownValue: string | null
  /** Exact expected value (may carry many digits for quotients). */
  expectedValue: string | null
  /** Expected value printed in the style of `shown` (or the unit's default). */
  expected: string | null
  /**
   * The exact value printed in the style of `shown` as it is (see `CompareBase.formatted`); null
   * when there is no value to print.
   */
  formatted: string | null
  source: FindingSource
  finding: Finding | null
}

export interface CheckResult {
  findings: Finding[]
  /** Number of figures examined (every input figure counts, whatever the outcome). */
  checked: number
  /** One entry per input figure, in input order. */
  results: FigureResult[]
}
