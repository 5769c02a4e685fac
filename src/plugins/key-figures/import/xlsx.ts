import ExcelJS from 'exceljs'

import type { ImportLimits } from './limits.ts'
import type { Table } from './table.ts'

import { IMPORT_LIMITS } from './limits.ts'
import { emptyFile } from './csv.ts'
import { ImportFileError, type ImportProblem, problem } from './problems.ts'
import { columnLetter } from './table.ts'

type CellValue = ExcelJS.CellValue

/** The text of a cell as the import reads it; numbers keep their shortest exact decimal form. */
const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('').trim()
    if ('text' in value && typeof value.text === 'string') return value.text.trim()
    if ('error' in value) return String(value.error)
  }
  return String(value).trim()
}

/**
 * Reads the first worksheet of an .xlsx workbook. Formulas and merged cells are refused, each
 * with its cell: a formula's stored result may be stale (it is only recomputed by Excel), and
 * a merged cell hides which row a value belongs to. Numbers are taken as Excel stores them.
 */
export const readXlsx = async (bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<Table> => {
  if (bytes.length === 0) throw new ImportFileError([emptyFile])
  if (bytes.length > limits.maxBytes) {
    throw new ImportFileError([
      problem('file-too-large', null, null, {
        en: `the file is ${bytes.length} bytes; at most ${limits.maxBytes} bytes can be imported at once.`,
        nl: `het bestand is ${bytes.length} bytes groot; er kan hoogstens ${limits.maxBytes} bytes in één keer geïmporteerd worden.`,
      }),
    ])
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch {
    throw new ImportFileError([
      problem('unreadable-file', 1, 'A', {
        en: 'this is not a readable .xlsx workbook (only Excel 2007+ .xlsx files are read; save .xls or .ods as .xlsx).',
        nl: 'dit is geen leesbare .xlsx-werkmap (alleen Excel 2007+ .xlsx wordt gelezen; bewaar .xls of .ods als .xlsx).',
      }),
    ])
  }
  const sheet = workbook.worksheets[0]
  if (!sheet || sheet.actualRowCount === 0) {
    throw new ImportFileError([emptyFile])
  }
  if (sheet.actualRowCount > limits.maxRows + 1) {
    throw new ImportFileError([
      problem('too-many-rows', limits.maxRows + 2, 'A', {
        en: `the sheet has ${sheet.actualRowCount - 1} data rows; at most ${limits.maxRows} rows can be imported at once. Split the file.`,
        nl: `het werkblad heeft ${sheet.actualRowCount - 1} datarijen; er kunnen hoogstens ${limits.maxRows} rijen in één keer geïmporteerd worden. Splits het bestand.`,
      }),
    ])
  }

  const problems: ImportProblem[] = []
  const records: Table['rows'] = []
  sheet.eachRow({ includeEmpty: false }, (sheetRow, rowNumber) => {
    const cells: string[] = []
    const numbers: (number | undefined)[] = []
    sheetRow.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const address = `${columnLetter(columnNumber - 1)}${rowNumber}`
      if (cell.isMerged) {
        // Report a merged range once, at its top-left cell.
        if (cell.master === cell || cell.master?.address === cell.address) {
          problems.push(
            problem('merged-cells', rowNumber, columnLetter(columnNumber - 1), {
              en: `cell ${address} is merged with other cells. Unmerge the cells so every row has its own key, label, value and unit.`,
              nl: `cel ${address} is samengevoegd met andere cellen. Maak de samenvoeging ongedaan zodat elke rij haar eigen sleutel, label, waarde en eenheid heeft.`,
            }),
          )
        }
        return
      }
      const value = cell.value
      if (cell.type === ExcelJS.ValueType.Formula || (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))) {
        const formula = (value as { formula?: string; sharedFormula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? ''
        problems.push(
          problem('formula', rowNumber, columnLetter(columnNumber - 1), {
            en: `cell ${address} holds a formula (=${formula}); only values are imported. Paste the cells as values first.`,
            nl: `cel ${address} bevat een formule (=${formula}); alleen waarden worden geïmporteerd. Plak de cellen eerst als waarden.`,
          }),
        )
        return
      }
      cells[columnNumber - 1] = cellText(value)
      if (typeof value === 'number' && Number.isFinite(value)) numbers[columnNumber - 1] = value
    })
    for (let index = 0; index < cells.length; index++) cells[index] ??= ''
    if (cells.some((text) => text !== '')) records.push({ cells, row: rowNumber, ...(numbers.length ? { numbers } : {}) })
  })
  if (problems.length) throw new ImportFileError(problems)
  if (records.length === 0) throw new ImportFileError([emptyFile])
  const [header, ...rows] = records
  return { columnNames: header.cells.map((_, index) => columnLetter(index)), format: 'xlsx', header: header.cells, rows }
}
