/**
 * Checks all key figures of a document against their data.
 *
 * Still pure: the caller loads the referenced records (see
 * `collectReferencedRecordIds`) and hands them in, so the same function runs
 * in a save hook, a publish gate, a CLI and the tests.
 */
import { compareFigure } from './compare'
import { Dec, isDecimalString, toPlain } from './decimal'
import { deriveValue } from './derive'
import { checkFooting, type FootingRule } from './footing'
import {
  figureMismatch,
  figureUnreadable,
  figureUnresolved,
  sourceText,
  unknownOperation,
  unresolvedWhy,
} from './messages'
import {
  isFigureUnit,
  isOperation,
  type CheckResult,
  type FigureBinding,
  type FigureInput,
  type FigureResult,
  type FigureUnit,
  type Finding,
  type FindingSource,
  type LocalizedText,
  type Operation,
  type RecordId,
  type RecordInfo,
} from './units'

/**
 * The id inside whatever shape a relationship value has: a bare id, a
 * populated document `{ id }`, or a polymorphic `{ relationTo, value }`.
 * Empty strings and non-finite numbers are not ids.
 */
export function normalizeRecordId(ref: unknown): RecordId | null {
  if (typeof ref === 'string') return ref.trim() === '' ? null : ref.trim()
  if (typeof ref === 'number') return Number.isFinite(ref) ? ref : null
  if (typeof ref === 'object' && ref !== null) {
    const object = ref as { id?: unknown; value?: unknown }
    if (object.id !== undefined && object.id !== null) return normalizeRecordId(object.id)
    if (object.value !== undefined && object.value !== null) return normalizeRecordId(object.value)
  }
  return null
}

type ResolvedBinding =
  | { kind: 'none' }
  | { kind: 'bad-operation'; operation: unknown }
  | { kind: 'record'; id: RecordId }
  | { kind: 'derived'; operation: Operation; ids: (RecordId | null)[] }

/**
 * One interpretation of a binding, shared by id collection and checking so
 * that exactly the records that are checked get loaded. An operation wins
 * over a single record; "record" as an operation means "no operation".
 */
function resolveBinding(figure: FigureBinding): ResolvedBinding {
  const operation: unknown = figure.operation
  if (operation !== undefined && operation !== null && operation !== '' && operation !== 'record') {
    if (!isOperation(operation)) return { kind: 'bad-operation', operation }
    const operands: unknown[] = Array.isArray(figure.operands) ? figure.operands : []
    // Empty operands are kept (as null) so they are reported, not dropped:
    // dropping one would silently change a sum or a share.
    return { kind: 'derived', operation, ids: operands.map(normalizeRecordId) }
  }
  const id = normalizeRecordId(figure.record)
  return id === null ? { kind: 'none' } : { kind: 'record', id }
}

/** Every record id the figures need, deduplicated by its string form, first-seen order. */
export function collectReferencedRecordIds(figures: readonly FigureBinding[]): RecordId[] {
  const ids = new Map<string, RecordId>()
  for (const figure of Array.isArray(figures) ? figures : []) {
    if (typeof figure !== 'object' || figure === null) continue
    const binding = resolveBinding(figure)
    const found = binding.kind === 'record' ? [binding.id] : binding.kind === 'derived' ? binding.ids : []
    for (const id of found) {
      if (id !== null && !ids.has(String(id))) ids.set(String(id), id)
    }
  }
  return [...ids.values()]
}

function referenceOf(record: RecordInfo): string {
  return `${record.dataset?.slug ?? '?'} / ${record.key}`
}

function sourceOf(operation: Operation | 'record' | null, records: RecordInfo[]): FindingSource {
  const slugs = [...new Set(records.map((record) => record.dataset?.slug).filter((slug): slug is string => !!slug))]
  return {
    dataset: slugs.length > 0 ? slugs.join(', ') : null,
    records: records.map((record) => record.key),
    operation,
  }
}

/**
 * A record's value as exact decimal text: stored text as it is (trimmed), a number (from data that
 * did not come through Payload) in plain notation, so 1e21 is read as the 22-digit number it is;
 * null when it is neither.
 */
function valueText(record: RecordInfo): string | null {
  const value: unknown = record.value
  if (typeof value === 'number') return Number.isFinite(value) ? toPlain(new Dec(value)) : null
  return isDecimalString(value) ? value.trim() : null
}

interface Expectation {
  value: string
  binding: 'record' | 'derived'
}

/**
 * Finds why a bound figure cannot be compared, or the value it must show.
 * Checks run from the most to the least fundamental problem so the editor
 * is told the thing to fix first.
 */
function expectationFor(
  unit: FigureUnit,
  binding: Extract<ResolvedBinding, { kind: 'record' | 'derived' }>,
  records: RecordInfo[],
): { ok: true; expectation: Expectation } | { ok: false; reason: LocalizedText } {
  const unpublished = records.find((record) => record.dataset?.published !== true)
  if (unpublished) return { ok: false, reason: unresolvedWhy.datasetUnpublished(unpublished.dataset?.slug ?? '?') }
  const values = records.map(valueText)
  const invalid = values.indexOf(null)
  if (invalid !== -1) return { ok: false, reason: unresolvedWhy.invalidRecordValue(referenceOf(records[invalid]), records[invalid].value) }

  if (binding.kind === 'record') {
    const [record] = records as [RecordInfo]
    if (record.unit !== unit) return { ok: false, reason: unresolvedWhy.recordUnit(unit, referenceOf(record), record.unit) }
    return { ok: true, expectation: { value: values[0] as string, binding: 'record' } }
  }

  const { operation } = binding
  if (operation === 'percentage') {
    if (unit !== 'percent') return { ok: false, reason: unresolvedWhy.percentageUnit(unit) }
    const [first] = records
    const other = records.find((record) => record.unit !== first?.unit)
    if (first && other) {
      return { ok: false, reason: unresolvedWhy.mixedPercentageOperands(referenceOf(first), referenceOf(other)) }
    }
  } else if (operation !== 'ratio') {
    // A ratio may mix units (minutes per participant); the others add like to like.
    const other = records.find((record) => record.unit !== unit)
    if (other) return { ok: false, reason: unresolvedWhy.operandUnit(operation, unit, referenceOf(other), other.unit) }
  }
  const derived = deriveValue(operation, values as string[])
  if (!derived.ok) return { ok: false, reason: derived.reason }
  return { ok: true, expectation: { value: derived.value, binding: 'derived' } }
}

/** The text a figure shows, as the engine reads it: missing is empty, anything else as text. */
export function shownText(figure: Pick<FigureInput, 'shown'>): string {
  return typeof figure.shown === 'string' ? figure.shown : figure.shown == null ? '' : String(figure.shown)
}

function checkOne(figure: FigureInput, records: ReadonlyMap<string, RecordInfo>): FigureResult {
  const shown = shownText(figure)
  const label = typeof figure.label === 'string' && figure.label.trim() !== '' ? figure.label : figure.path
  const result = (
    finding: Omit<Finding, 'path' | 'label' | 'shown'> | null,
    values: { shownValue: string | null; expectedValue: string | null; expected: string | null; source: FindingSource },
    formatted: string | null = null,
  ): FigureResult => {
    const full: Finding | null = finding ? { ...finding, path: figure.path, label, shown } : null
    // Written out property by property. Built with two spreads (`{ ...base, ...values }`), Node 20
    // took about 8 µs per object, 70 % of the engine's time (CPU profile of the 2024 report's
    // 70-figure chapter: checkFigures 1.1 ms before, 0.4-0.6 ms after).
    const entry: FigureResult = {
      path: figure.path,
      label,
      shown,
      ok: full === null,
      status: full ? full.kind : 'ok',
      shownValue: values.shownValue,
      expectedValue: values.expectedValue,
      expected: values.expected,
      source: values.source,
      formatted,
      finding: full,
    }
    if (figure.id !== undefined) entry.id = figure.id
    return entry
  }
  const unresolved = (reason: LocalizedText, source: FindingSource): FigureResult => {
    const values = { shownValue: null, expectedValue: null, expected: null, source }
    return result({ kind: 'unresolved', ...values, message: figureUnresolved(label, shown.trim(), reason) }, values)
  }

  const noSource: FindingSource = { dataset: null, records: [], operation: null }
  const unit: unknown = figure.unit
  if (!isFigureUnit(unit)) return unresolved(unresolvedWhy.unknownUnit(unit), noSource)

  const binding = resolveBinding(figure)
  if (binding.kind === 'none') return unresolved(unresolvedWhy.notLinked, noSource)
  if (binding.kind === 'bad-operation') return unresolved(unknownOperation(binding.operation), noSource)

  const operation: Operation | 'record' = binding.kind === 'record' ? 'record' : binding.operation
  const ids = binding.kind === 'record' ? [binding.id] : binding.ids
  const found: RecordInfo[] = []
  let missing: LocalizedText | null = null
  for (const [index, id] of ids.entries()) {
    const record = id === null ? undefined : records.get(String(id))
    if (record) found.push(record)
    else missing ??= id === null ? unresolvedWhy.emptyOperand(index) : unresolvedWhy.recordMissing(String(id))
  }
  const source = sourceOf(operation, found)
  if (missing !== null) return unresolved(missing, source)

  const outcome = expectationFor(unit, binding, found)
  if (!outcome.ok) return unresolved(outcome.reason, source)

  const { expectation } = outcome
  const comparison = compareFigure({
    shown,
    unit,
    expected: expectation.value,
    binding: expectation.binding,
    rounding: figure.rounding === 'half-up' ? 'half-up' : 'tolerant',
    change: operation === 'difference',
  })
  const values = {
    shownValue: comparison.shownValue ?? null,
    expectedValue: comparison.expectedValue,
    expected: comparison.expected,
    source,
  }
  if (comparison.ok) return result(null, values, comparison.formatted)
  const described = sourceText(operation, found.map(referenceOf))
  const message =
    comparison.kind === 'unreadable'
      ? figureUnreadable(label, comparison.reason, comparison.expected, described)
      : figureMismatch(label, shown.trim(), comparison.expected, described)
  return result({ kind: comparison.kind, ...values, message }, values, comparison.formatted)
}

/**
 * Everything `checkFigures` reads to reach a figure's verdict (`ok`, `expectedValue`,
 * `formatted`, `source.operation`): the text shown, unit, rounding and binding, and for each
 * bound record its value, its unit and whether its dataset is published. Labels, keys, slugs and
 * paths only shape messages and sources, so they are left out. Two figures with the same key get
 * the same verdict, whatever else differs: a caller may remember verdicts by it.
 */
export function verdictKey(figure: FigureInput, records: ReadonlyMap<string, RecordInfo>): string {
  // Every free text carries its length, so no text, whatever characters it holds, can make two
  // different figures read as the same key. Values the engine rejects alike share one mark.
  const part = (value: unknown) => {
    const text = String(value)
    return `${text.length}:${text}`
  }
  const unit: unknown = figure.unit
  if (!isFigureUnit(unit)) return '?unit'
  const shown = shownText(figure)
  let key = `${unit}${figure.rounding === 'half-up' ? 'h' : 't'}${part(shown)}`
  const binding = resolveBinding(figure)
  if (binding.kind === 'none') return `${key}none`
  if (binding.kind === 'bad-operation') return `${key}bad`
  key += binding.kind === 'record' ? 'record' : binding.operation
  for (const id of binding.kind === 'record' ? [binding.id] : binding.ids) {
    const record = id === null ? undefined : records.get(String(id))
    if (!record) {
      key += id === null ? '|empty' : '|missing'
      continue
    }
    // A number and its text read alike in String() but not in toDecimal; any other unit than the
    // six never equals the figure's.
    const value = `${typeof record.value === 'number' ? 'n' : 's'}${part(record.value)}`
    key += `|${value}${isFigureUnit(record.unit) ? record.unit : '?'}${record.dataset?.published === true ? 'p' : 'u'}`
  }
  return key
}

/**
 * Checks every figure; one result per figure in input order, and the
 * findings of those that failed. `records` is keyed by `String(id)`.
 * Never throws on bad figures or bad records.
 */
export function checkFigures(
  figures: readonly FigureInput[],
  records: ReadonlyMap<string, RecordInfo>,
): CheckResult {
  const list = Array.isArray(figures) ? figures : []
  const results = list.map((figure) => checkOne(figure, records))
  return {
    findings: results.flatMap((entry) => (entry.finding ? [entry.finding] : [])),
    checked: list.length,
    results,
  }
}

/* ------------------------------------------------------------------------ */
/* Footing findings                                                          */
/* ------------------------------------------------------------------------ */

export interface DatasetFootingRule extends FootingRule {
  /** Where the rule lives (e.g. "datasets/deelnemers-2024"); defaults to "footing:<label>". */
  path?: string
  /** Dataset slug, for the finding's source. */
  dataset?: string | null
}

/** Footing failures as findings, so one list can hold every problem of a report. */
export function checkDatasetsFooting(rules: readonly DatasetFootingRule[]): Finding[] {
  const findings: Finding[] = []
  for (const rule of Array.isArray(rules) ? rules : []) {
    const failure = checkFooting(rule)
    if (!failure) continue
    findings.push({
      kind: 'footing',
      path: rule.path ?? `footing:${failure.label}`,
      label: failure.label,
      shown: failure.printed.total ?? failure.total.value ?? '',
      expected: failure.printed.sum,
      shownValue: failure.total.value,
      expectedValue: failure.sum,
      source: {
        dataset: rule.dataset ?? null,
        records: [failure.total.key, ...failure.parts.map((part) => part.key)],
        operation: 'sum',
      },
      message: failure.message,
    })
  }
  return findings
}

/**
 * Builds a footing rule from record keys, taking values, labels and unit
 * from the records. A key without a record yields an entry without value,
 * which `checkFooting` reports as missing.
 */
export function footingRuleFromRecords(
  spec: { label: string; total: string; parts: readonly string[]; path?: string },
  records: Iterable<RecordInfo>,
): DatasetFootingRule {
  const byKey = new Map<string, RecordInfo>()
  for (const record of records) byKey.set(record.key, record)
  const entry = (key: string) => {
    const record = byKey.get(key)
    return record ? { key, label: record.label, value: record.value } : { key, value: null }
  }
  const total = byKey.get(spec.total)
  const rule: DatasetFootingRule = {
    label: spec.label,
    total: entry(spec.total),
    parts: spec.parts.map(entry),
    dataset: total?.dataset?.slug ?? null,
  }
  if (total) rule.unit = total.unit
  if (spec.path !== undefined) rule.path = spec.path
  return rule
}
