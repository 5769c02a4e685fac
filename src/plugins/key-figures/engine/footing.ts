/**
 * Footing: the parts of a breakdown must add up to its total.
 *
 * This checks the data itself, before any figure is compared with it: if
 * "online + offline" does not make "totaal", every figure printed from those
 * records is suspect however faithfully it was copied. The check is exact;
 * stored values are not rounded, so there is nothing to tolerate.
 */
import { Dec, decimalsOf, sumOf, toDecimal, toPlain } from './decimal.ts'
import { defaultStyle, formatFigure } from './format.ts'
import { footingInvalidValues, footingMismatch, footingMissingValues, footingNoParts } from './messages.ts'
import type { FigureUnit, Finding, LocalizedText, RecordId, RecordInfo } from './types.ts'

export interface FootingEntry {
  /** The record's id, when the caller knows it (to find the rules that use a record). */
  id?: RecordId
  key: string
  label?: string
  /** Exact decimal string; null/undefined when the record has no value. */
  value: string | null | undefined
}

export interface FootingRule {
  label: string
  total: FootingEntry
  parts: FootingEntry[]
  /** Only used to print values in messages; defaults to a plain number. */
  unit?: FigureUnit
}

export type FootingProblem = 'mismatch' | 'no-parts' | 'missing-value' | 'invalid-value'

export interface FootingResult {
  label: string
  problem: FootingProblem
  total: { key: string; label?: string; value: string | null }
  /** Exact sum of the parts; null when it cannot be computed. */
  sum: string | null
  /** Total minus sum; null when it cannot be computed. */
  difference: string | null
  parts: { key: string; label?: string; value: string | null }[]
  /** Total and sum printed with every stored decimal (never rounded). */
  printed: { total: string | null; sum: string | null }
  message: LocalizedText
}

function entryOf(entry: FootingEntry | null | undefined): { key: string; label?: string; value: string | null } {
  const key = typeof entry?.key === 'string' && entry.key !== '' ? entry.key : '?'
  const value = entry?.value === undefined || entry.value === null ? null : String(entry.value)
  return entry?.label === undefined ? { key, value } : { key, label: entry.label, value }
}

/**
 * Returns null when the parts add up to the total exactly, otherwise a
 * result that names the total, the sum and every part. Never throws.
 */
export function checkFooting(rule: FootingRule): FootingResult | null {
  const label = typeof rule?.label === 'string' ? rule.label : ''
  const total = entryOf(rule?.total)
  const parts = Array.isArray(rule?.parts) ? rule.parts.map(entryOf) : []
  const unit: FigureUnit = rule?.unit ?? 'decimal'
  const base = { label, total, parts }
  const blank = { sum: null, difference: null, printed: { total: null, sum: null } }

  if (parts.length === 0) {
    return { ...base, ...blank, problem: 'no-parts', message: footingNoParts(label, total.key) }
  }
  const entries = [total, ...parts]
  const missing = entries.filter((entry) => entry.value === null || entry.value.trim() === '')
  if (missing.length > 0) {
    return {
      ...base,
      ...blank,
      problem: 'missing-value',
      message: footingMissingValues(label, missing.map((entry) => entry.key)),
    }
  }
  const invalid = entries.filter((entry) => toDecimal(entry.value) === null)
  if (invalid.length > 0) {
    return {
      ...base,
      ...blank,
      problem: 'invalid-value',
      message: footingInvalidValues(label, invalid.map((entry) => `${entry.key} ("${entry.value}")`)),
    }
  }

  const totalNumber = toDecimal(total.value) as Dec
  const sum = sumOf(parts.map((part) => toDecimal(part.value) as Dec))
  if (sum.eq(totalNumber)) return null

  // Print everything with the most decimals stored anywhere in the rule, so
  // a difference of one cent is never rounded out of sight in the message.
  const decimals = Math.max(defaultStyle(unit).decimals, ...entries.map((entry) => decimalsOf(entry.value ?? '')))
  const print = (value: string): string => formatFigure(value, unit, { decimals, plusSign: false })
  const sumValue = toPlain(sum)
  const partsText = parts.map((part) => `${part.key} ${print(part.value ?? '')}`).join(' + ')
  return {
    ...base,
    problem: 'mismatch',
    sum: sumValue,
    difference: toPlain(totalNumber.minus(sum)),
    printed: { total: print(total.value ?? ''), sum: print(sumValue) },
    message: footingMismatch(label, total.key, print(total.value ?? ''), print(sumValue), partsText),
  }
}

/** The rules that name the record (as total or as one of the parts), by the entries' ids. */
export function footingRulesUsing<Rule extends FootingRule>(rules: readonly Rule[], recordId: RecordId): Rule[] {
  const id = String(recordId)
  const names = (entry: FootingEntry | null | undefined) => entry?.id !== undefined && entry.id !== null && String(entry.id) === id
  return (Array.isArray(rules) ? rules : []).filter((rule) => names(rule?.total) || (Array.isArray(rule?.parts) && rule.parts.some(names)))
}

/* Footing failures as findings */

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
