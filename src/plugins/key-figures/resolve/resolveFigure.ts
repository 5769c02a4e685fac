import type { FigureInput, FigureUnit, Operation, RecordId, RecordInfo } from '../engine/index.ts'
import type { Verdict } from './verdicts.ts'

import { comparePeriods, isFigureUnit, isPeriodOperation, normalizeRecordId, shownText } from '../engine/index.ts'

export type ResolvedDataset = { period: string | null; slug: string; title: string }

/**
 * What the content API adds to every figure (`keyFigures[i].resolved`, and `resolved` in the
 * fields of every inline figure in rich text). Computed on read, never stored.
 */
export type ResolvedFigure = {
  /** The figure's label and its text exactly as printed, repeated so `resolved` stands on its own. */
  label: string
  shown: string
  /** The data's exact value (the record's value, or the derived value); null when it cannot be resolved. */
  value: string | null
  unit: FigureUnit | null
  /** `value` printed nl-BE in the style of `shown` (or the unit's house style when `shown` is unreadable). */
  formatted: string | null
  /** Whether `shown` passes the check against the data. */
  matches: boolean
  source: {
    operation: Operation | 'record' | null
    /** One dataset, a list when the records come from several, null when none is known. */
    dataset: ResolvedDataset | ResolvedDataset[] | null
    records: { key: string; label: string; value: string }[]
  }
  /** When the document's figures were last checked (`figureCheck.checkedAt`). */
  verifiedAt: string | null
  /**
   * The version of the figure's dataset (number of applied imports) its check was made
   * against (`figureCheck.datasetVersions`); null before any check or when the figure draws on
   * several datasets.
   */
  datasetVersion: number | null
  /**
   * A figure over the periods of a series (`change`, `growth`, `series`): each period's value of
   * the record (`change`/`growth`: this period, then the earlier one; `series`: chronological,
   * what a chart draws) and the period it is compared with (`change`/`growth`; null for a
   * series). Null for every other figure.
   */
  periods?: { values: { period: string; value: string }[]; comparedWith: string | null } | null
}

/** The records a binding names, in operand order; mirrors the engine's reading of a binding. */
const boundIds = (figure: FigureInput): RecordId[] => {
  const operation: unknown = figure.operation
  const ids =
    operation !== undefined && operation !== null && operation !== '' && operation !== 'record'
      ? (Array.isArray(figure.operands) ? figure.operands : []).map(normalizeRecordId)
      : [normalizeRecordId(figure.record)]
  return ids.filter((id): id is RecordId => id !== null)
}

/**
 * Builds the read-side view of one checked figure. `showUnpublished` decides whether records
 * of an unpublished dataset (and that dataset) may be named: only for logged-in readers, as
 * anonymous readers cannot read unpublished datasets either.
 */
export const resolveFigure = (
  figure: FigureInput,
  verdict: Verdict,
  records: ReadonlyMap<string, RecordInfo>,
  {
    datasetVersions,
    showUnpublished,
    verifiedAt,
  }: { datasetVersions?: Record<string, number> | null; showUnpublished: boolean; verifiedAt: string | null },
): ResolvedFigure => {
  const unit = isFigureUnit(figure.unit) ? figure.unit : null
  const value = verdict.expectedValue
  // The check printed the value in the style of `shown` already.
  const formatted = value !== null && unit ? verdict.formatted : null
  const found = boundIds(figure)
    .map((id) => records.get(String(id)))
    .filter((record): record is RecordInfo => record !== undefined && (showUnpublished || record.dataset.published))
  const datasets = [...new Map(found.map(({ dataset }) => [String(dataset.id), dataset])).values()].map(
    ({ period, slug, title }): ResolvedDataset => ({ period: period ?? null, slug, title }),
  )
  const datasetIds = [...new Set(found.map(({ dataset }) => String(dataset.id)))]
  const operation = verdict.operation
  let periods: ResolvedFigure['periods'] = null
  if (isPeriodOperation(operation) && found.length > 0) {
    const ordered = operation === 'series' ? [...found].sort((a, b) => comparePeriods(a.dataset.period, b.dataset.period)) : found
    periods = {
      comparedWith: operation === 'series' ? null : (ordered[1]?.dataset.period ?? null),
      values: ordered.map((record) => ({ period: record.dataset.period ?? '', value: String(record.value) })),
    }
  }
  const datasetVersion = datasetIds.length === 1 && typeof datasetVersions?.[datasetIds[0]] === 'number' ? datasetVersions[datasetIds[0]] : null
  return {
    datasetVersion,
    formatted,
    label: typeof figure.label === 'string' ? figure.label : '',
    matches: verdict.ok,
    periods,
    source: {
      dataset: datasets.length === 0 ? null : datasets.length === 1 ? datasets[0] : datasets,
      operation: verdict.operation,
      records: found.map(({ key, label, value: recordValue }) => ({ key, label, value: String(recordValue) })),
    },
    shown: shownText(figure),
    unit,
    value,
    verifiedAt,
  }
}
