import type { FigureUnit, RecordId } from '../engine/index.ts'
import type { ImportRow } from './rows.ts'

/** A record as stored in the dataset. */
export type ExistingRecord = { id: RecordId; key: string; label: string; value: string; unit: FigureUnit }

export type RecordChange = {
  key: string
  id: RecordId
  row: number
  before: { label: string; value: string; unit: FigureUnit }
  after: { label: string; value: string; unit: FigureUnit }
  /** Which of label, value, unit differ. */
  fields: ('label' | 'unit' | 'value')[]
}

export type ImportDiff = {
  added: ImportRow[]
  changed: RecordChange[]
  removed: ExistingRecord[]
  unchanged: number
}

/**
 * What an import would do to a dataset: the file is the whole dataset after the import, so
 * records it lacks are removed. Values are compared as stored strings: "1540.00" and "1540" are
 * different records of a euro amount, because the cents are printed.
 */
export const diffRecords = (existing: readonly ExistingRecord[], rows: readonly ImportRow[]): ImportDiff => {
  const byKey = new Map(existing.map((record) => [record.key, record]))
  const added: ImportRow[] = []
  const changed: RecordChange[] = []
  let unchanged = 0
  for (const row of rows) {
    const current = byKey.get(row.key)
    if (!current) {
      added.push(row)
      continue
    }
    byKey.delete(row.key)
    const fields = (['label', 'value', 'unit'] as const).filter((field) => String(current[field]) !== row[field])
    if (fields.length === 0) unchanged++
    else {
      changed.push({
        after: { label: row.label, unit: row.unit, value: row.value },
        before: { label: current.label, unit: current.unit, value: String(current.value) },
        fields: [...fields],
        id: current.id,
        key: row.key,
        row: row.row,
      })
    }
  }
  const removed = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key))
  return { added, changed, removed, unchanged }
}
