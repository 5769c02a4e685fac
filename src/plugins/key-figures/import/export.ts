import ExcelJS from 'exceljs'

import type { FigureUnit } from '../engine/index.ts'

import { writeRecordValue } from '../engine/index.ts'

export type ExportRecord = { key: string; label: string; value: string; unit: FigureUnit }

export const EXPORT_HEADER = ['key', 'label', 'value', 'unit'] as const

// A plain number ("-3", "+39", "1540", "66.67", "66,67") is data, not a formula: no spreadsheet
// runs it, and prefixing it would turn it into text (a sum over the column would then skip it).
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1+1", "@SUM", "-2+3") gets
 * a leading apostrophe, so it is shown as text. Plain numbers ("-3.5") are left as they are.
 */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text)

/**
 * One CSV cell, safe to open in a spreadsheet (used by every CSV export of the plugin): formulas
 * neutralised as above; a cell with a separator, quote or line break, or with leading or trailing
 * white space, is quoted with its quotes doubled (RFC 4180).
 */
export const csvCell = (value: unknown): string => {
  const text = neutraliseFormula(value === null || value === undefined ? '' : String(value))
  return /[",;\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The dataset as CSV: UTF-8 with a byte-order mark (Excel otherwise guesses the encoding),
 * comma separated, values in plain international notation exactly as stored, written so the
 * import reads them back unambiguously ("1.540" as "01.540": `writeRecordValue`). Importing the
 * export again changes nothing.
 */
export const recordsToCsv = (records: readonly ExportRecord[]): Uint8Array => {
  const lines = [
    EXPORT_HEADER.join(','),
    ...records.map((record) => [record.key, record.label, writeRecordValue(record.value), record.unit].map(csvCell).join(',')),
  ]
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`)
}

/**
 * The dataset as an .xlsx workbook. Labels and keys are written as text cells (never formulas,
 * and neutralised as in CSV in case the sheet is saved as CSV later); a value becomes a number
 * cell only when the number holds it exactly (the import reads a number cell as its number),
 * otherwise it stays text, written as in CSV ("12.70" keeps its zero, "1.540" is "01.540").
 */
export const recordsToXlsx = async (records: readonly ExportRecord[], sheetName = 'dataset'): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'dataset')
  sheet.addRow([...EXPORT_HEADER])
  for (const record of records) {
    const asNumber = Number(record.value)
    const value = Number.isFinite(asNumber) && String(asNumber) === record.value ? asNumber : writeRecordValue(record.value)
    sheet.addRow([neutraliseFormula(record.key), neutraliseFormula(record.label), value, record.unit])
  }
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((column, index) => {
    column.width = [36, 48, 16, 10][index] ?? 12
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
