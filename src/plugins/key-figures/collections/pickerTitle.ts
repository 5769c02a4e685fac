import { formatFigure, isDecimalString, isFigureUnit } from '../engine/index.ts'

/**
 * What the record picker shows and searches for a record: dataset, key, label and the value in
 * its printed style (`vragen · vragen.mail · Vragen per mail = 1.540`). The records collection's
 * save hook and the dataset import (which writes records without hooks) both use it.
 */
export const pickerTitleOf = (datasetSlug: string, record: { key: unknown; label: unknown; unit: unknown; value: unknown }): string => {
  const shown = isFigureUnit(record.unit) && isDecimalString(String(record.value)) ? formatFigure(String(record.value), record.unit) : record.value
  return `${datasetSlug} · ${record.key} · ${record.label} = ${shown}`
}
