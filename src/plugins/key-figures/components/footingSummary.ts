/**
 * A footing rule as an editor reads it: "Totaal (1.540) = Lager (800) + Secundair (740)", and
 * whether it holds, summed exactly. Plain data in, text out.
 */
import { Dec } from '../engine/index.ts'
import { printedRecordValue } from '../unitLabels.ts'

export type FootingRecord = { label?: null | string; key?: null | string; unit?: unknown; value?: null | string }

export type FootingSummary = { holds: boolean | null; sum: null | string; text: string }

const name = (record: FootingRecord | undefined) => (record?.label || record?.key || '?').trim()
const withValue = (record: FootingRecord | undefined) => (record?.value ? `${name(record)} (${printedRecordValue(record.value, record.unit)})` : name(record))

export const footingSummary = (total: FootingRecord | undefined, parts: (FootingRecord | undefined)[]): FootingSummary => {
  const text = `${withValue(total)} = ${parts.length ? parts.map(withValue).join(' + ') : '?'}`
  if (!total?.value || parts.length === 0 || parts.some((part) => !part?.value)) return { holds: null, sum: null, text }
  try {
    const sum = parts.reduce((acc, part) => acc.plus(new Dec(part!.value as string)), new Dec(0))
    const holds = sum.equals(new Dec(total.value))
    return { holds, sum: printedRecordValue(sum.toFixed(), total.unit), text }
  } catch {
    return { holds: null, sum: null, text }
  }
}
