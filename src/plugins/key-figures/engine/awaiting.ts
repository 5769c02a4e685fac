/**
 * A figure copied into the next year's report waits for that period's records (see
 * `AwaitingData`). Reading the stored value, and binding the figure once the records exist: pure,
 * shared by the check, the roll forward and the import.
 */
import type { AwaitedRecord, AwaitingData, RecordId } from './types.ts'

const isId = (value: unknown): value is RecordId => (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))

/** The stored `awaitingData` of a figure as the engine reads it; null when it waits for nothing. */
export function awaitingOf(value: unknown): AwaitingData | null {
  if (typeof value !== 'object' || value === null) return null
  const list: unknown = (value as { records?: unknown }).records
  if (!Array.isArray(list)) return null
  const records: AwaitedRecord[] = []
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) return null
    const { dataset, key, period, series } = entry as Record<string, unknown>
    if (!isId(dataset) || typeof key !== 'string' || typeof period !== 'string' || typeof series !== 'string') return null
    records.push({ dataset, key, period, series })
  }
  return records.length > 0 ? { records } : null
}

/** "datasetId\u0000key": how an awaited record is found among the records that exist. */
export const awaitedKey = (dataset: RecordId, key: string): string => `${String(dataset)}\u0000${key}`

/**
 * The binding of a waiting figure once its records exist: every awaited entry found by dataset and
 * key. `record` for a one-record figure, `operands` in order otherwise; null while any is missing.
 */
export function bindAwaited(
  awaiting: AwaitingData,
  operation: string | null | undefined,
  existing: ReadonlyMap<string, RecordId>,
): { record: RecordId | null; operands: RecordId[] } | null {
  const ids: RecordId[] = []
  for (const entry of awaiting.records) {
    const id = existing.get(awaitedKey(entry.dataset, entry.key))
    if (id === undefined) return null
    ids.push(id)
  }
  const single = !operation || operation === 'record'
  return single ? { operands: [], record: ids[0] ?? null } : { operands: ids, record: null }
}
