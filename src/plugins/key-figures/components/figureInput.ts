/**
 * A figure as the admin form holds it, turned into what the engine checks. Plain data only: the
 * row label, the status box and the sidebar summary all read the form through this one function.
 */
import type { FigureInput, RecordId } from '../engine/index.ts'

import { awaitingOf, normalizeRecordId } from '../engine/index.ts'

export type FigureFormValues = {
  /** Rolled into next year's report and not bound yet (`awaitingData`): what it awaits. */
  awaitingData?: unknown
  label?: unknown
  operands?: unknown
  operation?: unknown
  record?: unknown
  rounding?: unknown
  shown?: unknown
  unit?: unknown
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value))

/** The engine's input for one figure at `path` (e.g. `keyFigures.2`), or null while it is bound to nothing. */
export const figureInputOf = (values: FigureFormValues, path: string): FigureInput | null => {
  const { awaitingData, label, operands, operation, record, rounding, shown, unit } = values
  const awaiting = awaitingOf(awaitingData)
  const usesRecord = !operation || operation === 'record'
  const recordId = usesRecord ? normalizeRecordId(record) : null
  const operandIds: (null | RecordId)[] = !usesRecord && Array.isArray(operands) ? operands.map(normalizeRecordId) : []
  const bound = awaiting !== null || (usesRecord ? recordId !== null : operandIds.some((id) => id !== null))
  if (!bound) return null
  return {
    ...(awaiting ? { awaiting } : {}),
    label: asText(label),
    path: path || 'figure',
    shown: asText(shown),
    unit: asText(unit || 'count') as FigureInput['unit'],
    ...(usesRecord ? { operation: null, record: recordId } : { operands: operandIds as RecordId[], operation: operation as FigureInput['operation'] }),
    rounding: rounding === 'half-up' ? 'half-up' : 'tolerant',
  }
}

const FIGURE_KEYS = ['awaitingData', 'label', 'operands', 'operation', 'record', 'rounding', 'shown', 'unit'] as const

/**
 * Every row of the array field `arrayPath` in a form's flat field state (`keyFigures.0.shown`, ...),
 * in row order, with its engine input (null when unbound).
 */
export const figureRowsOf = (
  fields: Record<string, { value?: unknown } | undefined>,
  arrayPath: string,
): { input: FigureInput | null; path: string; values: FigureFormValues }[] => {
  const rows = new Map<number, FigureFormValues>()
  const prefix = `${arrayPath}.`
  for (const [path, field] of Object.entries(fields)) {
    if (!path.startsWith(prefix)) continue
    const [index, key, ...rest] = path.slice(prefix.length).split('.')
    if (rest.length > 0 || !/^\d+$/.test(index) || !(FIGURE_KEYS as readonly string[]).includes(key)) continue
    const row = rows.get(Number(index)) ?? {}
    row[key as (typeof FIGURE_KEYS)[number]] = field?.value
    rows.set(Number(index), row)
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, values]) => ({ input: figureInputOf(values, `${arrayPath}.${index}`), path: `${arrayPath}.${index}`, values }))
}
