import type { RecordId } from '../../engine/index.ts'
import type { RecordChange } from '../diff.ts'
import type { ImportRow } from '../rows.ts'

import { pickerTitleOf } from '../../collections/pickerTitle.ts'
import { isDecimalString, isFigureUnit } from '../../engine/index.ts'

type Dataset = { id: RecordId; slug: string }

/**
 * The adapter writes records without the collection's validation, so each value is checked once
 * more by the rule that validation applies: a plain decimal in a known unit. The file reader
 * refuses anything else first, with row and column; this only stops a reader that let one through.
 */
const checked = <T extends { key: string; unit: unknown; value: unknown }>(row: T): T => {
  if (typeof row.value !== 'string' || !isDecimalString(row.value)) {
    throw new Error(`Record ${row.key}: waarde "${String(row.value)}" is geen getal / value "${String(row.value)}" is not a number.`)
  }
  if (!isFigureUnit(row.unit)) throw new Error(`Record ${row.key}: eenheid "${String(row.unit)}" is onbekend / unit "${String(row.unit)}" is unknown.`)
  return row
}

/**
 * A new record as the adapter stores it, with what the records collection's save hooks would
 * have added: the picker title and the timestamps.
 */
export const recordToCreate = (row: ImportRow, dataset: Dataset, now: string): Record<string, unknown> => {
  const { key, label, unit, value } = checked(row)
  return { createdAt: now, dataset: dataset.id, key, label, pickerTitle: pickerTitleOf(dataset.slug, row), unit, updatedAt: now, value }
}

/** The fields a changed row writes to its record (only what an import can change, and the picker title). */
export const recordToUpdate = (change: RecordChange, dataset: Dataset, now: string): { data: Record<string, unknown>; id: RecordId } => {
  const { key, label, unit, value } = checked({ ...change.after, key: change.key })
  return { data: { label, pickerTitle: pickerTitleOf(dataset.slug, { key, label, unit, value }), unit, updatedAt: now, value }, id: change.id }
}
