/**
 * Re-checks receipts against the current records with the engine (`checkFigures`): the same
 * rule as the publish gate, applied to the text as printed and the records the receipt names.
 * Pure: the caller fetches the records.
 */
import type { FigureReceipt } from './attributes.ts'

import { checkFigures, type FigureInput, type FigureUnit, type RecordInfo } from '../engine/index.ts'

export type ReceiptVerdict = {
  receipt: FigureReceipt
  ok: boolean
  /** The data's value in the printed style; null when it cannot be computed. */
  expected: null | string
  /** Why it fails, in Dutch (the engine's message, or what could not be found). */
  problem: null | string
}

const recordKey = (dataset: string, key: string) => `${dataset}\u0000${key}`

/** Where a receipt's figure comes from, in words: "dataset: key" or "dataset: percentage van a, b". */
export const describeSource = (receipt: Pick<FigureReceipt, 'datasets' | 'operation' | 'records'>): string =>
  `${receipt.datasets.join(', ')}: ${receipt.operation === 'record' ? '' : `${receipt.operation} van `}${receipt.records.join(', ')}`

/** What to call a figure: its label, else its id, else its source (a page may mark neither). */
export const receiptName = (receipt: FigureReceipt): string => receipt.label ?? (receipt.id || describeSource(receipt))

/**
 * The unit a receipt without `data-unit` must have: the engine refuses to publish a figure whose
 * unit differs from its record's (record, sum, difference, average), a percentage is in percent,
 * and a ratio of like units is a plain number (pages per visit) while a ratio of unlike units
 * keeps the numerator's (minutes per activity).
 */
export const inferUnit = (operation: FigureReceipt['operation'], records: readonly Pick<RecordInfo, 'unit'>[]): FigureUnit | null => {
  const [first, second] = records
  if (!first) return null
  if (operation === 'percentage') return 'percent'
  if (operation === 'ratio') return second && second.unit === first.unit ? 'decimal' : first.unit
  return first.unit
}

/** One verdict per receipt, in order. `records` are every record the receipts may name, with their datasets. */
export const verifyReceipts = (receipts: readonly FigureReceipt[], records: readonly RecordInfo[]): ReceiptVerdict[] => {
  const byKey = new Map<string, RecordInfo[]>()
  for (const record of records) {
    const key = recordKey(record.dataset.slug, record.key)
    byKey.set(key, [...(byKey.get(key) ?? []), record])
  }
  const byId = new Map(records.map((record) => [String(record.id), record]))
  return receipts.map((receipt): ReceiptVerdict => {
    const fail = (problem: string): ReceiptVerdict => ({ expected: null, ok: false, problem, receipt })
    const found: RecordInfo[] = []
    // A figure over periods names the same key in several datasets, one per record, in order.
    const positional = receipt.datasets.length === receipt.records.length && receipt.records.length > 1
    for (const [index, key] of receipt.records.entries()) {
      const all = receipt.datasets.flatMap((dataset) => byKey.get(recordKey(dataset, key)) ?? [])
      const candidates = all.length > 1 && positional ? (byKey.get(recordKey(receipt.datasets[index], key)) ?? []) : all
      if (candidates.length === 0) return fail(`record "${key}" bestaat niet (meer) in ${receipt.datasets.join(', ')}`)
      if (candidates.length > 1) return fail(`record "${key}" komt voor in meer dan één dataset (${receipt.datasets.join(', ')})`)
      found.push(candidates[0])
    }
    const unit = receipt.unit ?? inferUnit(receipt.operation, found)
    if (!unit) return fail('eenheid onbekend')
    const ids = found.map((record) => record.id)
    const input: FigureInput = {
      id: receipt.id,
      label: receiptName(receipt),
      path: receipt.id,
      rounding: receipt.rounding,
      shown: receipt.shown,
      unit,
      ...(receipt.operation === 'record' ? { record: ids[0] } : { operands: ids, operation: receipt.operation }),
    }
    const [result] = checkFigures([input], byId).results
    if (result.ok) return { expected: result.formatted ?? result.expected, ok: true, problem: null, receipt }
    return { expected: result.expected, ok: false, problem: result.finding?.message.nl ?? result.status, receipt }
  })
}
