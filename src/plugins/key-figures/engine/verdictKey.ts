import { resolveBinding } from './binding.ts'
import { shownText } from './checkFigures.ts'
import { isFigureUnit, isPeriodOperation, type FigureInput, type RecordInfo } from './types.ts'

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
  // A figure awaiting next year's data gets its verdict from that alone; one over periods also
  // depends on each record's key, series and period (order, comparability).
  if (Array.isArray(figure.awaiting?.records) && figure.awaiting.records.length > 0) return `${unit}awaiting`
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
    if (binding.kind === 'derived' && isPeriodOperation(binding.operation)) {
      key += `${part(record.key)}${part(record.dataset?.series || record.dataset?.slug)}${part(record.dataset?.period)}`
    }
  }
  return key
}
